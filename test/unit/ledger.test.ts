import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src';
import { Ledger, coveredThrough, graceAnchor, holdsThrough, minimumMonthlyKzt } from '../../src/facts/ledger';
import { lastDayOfMonth, monthIndex } from '../../src/calendar/months';
import type { Payment } from '../../src/profile/schema';

// Amounts from data/: minimum wage 85,000 in 2025 (self-payer 5 % = 4,250; entrepreneur 5 % of
// 1.4 × = 5,950), 1 MCI 3,692 in 2024. Grace: 3 months after a run of 12 (data/parameters/contributions.json).
const { parameters } = loadRuleset();
const ASOF = '2025-06-15';
const C = monthIndex(ASOF);
const pay = (kind: string, period: string, amountKzt: number, months?: number): Payment =>
  ({ kind, period, paidOn: '2025-06-01', amountKzt, ...(months ? { months } : {}) }) as Payment;
const ledger = (payments: Payment[], excluded: string[] = []) => new Ledger(payments, ASOF, parameters, 'city', excluded);
const months = (set: Set<number>) => [...set].sort((a, b) => a - b).map((m) => m - C);

describe('minimum monthly amounts', () => {
  it('a percentage kind has no fixed minimum, a kind outside OSMS has none at all', () => {
    expect(minimumMonthlyKzt(parameters, 'employer_deduction', C, 'city')).toBeNull();
    expect(minimumMonthlyKzt(parameters, 'pension_contribution', C, 'city')).toBeUndefined();
  });

  it('a month before the base amount is known has no minimum', () => {
    const later = { ...parameters, minimumWageKzt: { values: [{ from: '2021-01-01', value: 42500, source: { document: 'law:test' } }] } };
    expect(minimumMonthlyKzt(later, 'self_payer', monthIndex('2020-06'), 'city')).toBeUndefined();
    expect(minimumMonthlyKzt(later, 'self_payer', monthIndex('2021-06'), 'city')).toBe(2125);
  });
});

describe('which records are regular', () => {
  it('a fixed-amount record is regular at the sum of its months’ minimums, not a tenge less', () => {
    expect(ledger([]).isRegular(pay('individual_entrepreneur', '2025-03', 11900, 2))).toBe(true);
    expect(ledger([]).isRegular(pay('individual_entrepreneur', '2025-03', 11899, 2))).toBe(false);
    expect(ledger([]).isRegular(pay('self_payer', '2025-03', 4250))).toBe(true);
    expect(ledger([]).isRegular(pay('self_payer', '2025-03', 100))).toBe(false);
  });

  it('a percentage record is regular with any amount above zero', () => {
    expect(ledger([]).isRegular(pay('employer_deduction', '2025-03', 1))).toBe(true);
    expect(ledger([]).isRegular(pay('employer_deduction', '2025-03', 0))).toBe(false);
  });

  it('an ESP record for a month after the ESP was abolished is never regular', () => {
    expect(ledger([]).isRegular(pay('esp', '2024-01', 3692))).toBe(false);
    expect(ledger([]).isRegular(pay('esp', '2023-12', 3450))).toBe(true);
  });
});

describe('covered months', () => {
  const records = [
    pay('self_payer', '2025-01', 4250),
    pay('self_payer', '2025-02', 8500, 2),
    pay('individual_entrepreneur', '2025-05', 5950),
    pay('self_payer', '2025-04', 10), // too little: covers nothing
  ];

  it('each regular record covers its months; a filter by kind or to single-month records gives its own answer', () => {
    const l = ledger(records);
    expect(months(l.covered())).toEqual([-5, -4, -3, -1]);
    expect(months(l.covered({ kinds: ['individual_entrepreneur'] }))).toEqual([-1]);
    expect(months(l.covered({ kinds: [] }))).toEqual([]);
    expect(months(l.covered({ singleMonthOnly: true }))).toEqual([-5, -1]);
    expect(months(l.covered({ kinds: ['self_payer'], singleMonthOnly: true }))).toEqual([-5]);
    // Asked again after the others, each filter still gives its own answer.
    expect(months(l.covered())).toEqual([-5, -4, -3, -1]);
    expect(months(l.covered({ kinds: ['self_payer'] }))).toEqual([-5, -4, -3]);
  });

  it('records of excluded kinds, paid after asOf or outside OSMS cover nothing', () => {
    const l = new Ledger(
      [
        pay('self_payer', '2025-01', 4250),
        { ...pay('self_payer', '2025-02', 4250), paidOn: '2025-06-16' },
        pay('pension_contribution', '2025-03', 10000),
      ],
      ASOF,
      parameters,
      'city',
      ['individual_entrepreneur'],
    );
    expect(months(l.covered())).toEqual([-5]);
    expect(months(ledger([pay('self_payer', '2025-01', 4250)], ['self_payer']).covered())).toEqual([]);
  });
});

describe('runs and grace', () => {
  const run = (from: number, to: number) => new Set(Array.from({ length: to - from + 1 }, (_, i) => C + from + i));

  it('the run starting at a month lasts through its last consecutive month; a month outside it has none', () => {
    const set = run(-2, 1);
    expect(coveredThrough(set, C)).toBe(lastDayOfMonth(C + 1));
    expect(coveredThrough(set, C - 2)).toBe(lastDayOfMonth(C + 1));
    expect(coveredThrough(set, C + 3)).toBeNull();
  });

  it('a run of 12 through May holds through every month M with M − May ≤ 3: June, July and August', () => {
    expect(holdsThrough(run(-12, -1), C - 1, C, parameters)).toBe(lastDayOfMonth(C + 2));
    // Anchored in the middle of the run, the whole run counts.
    expect(holdsThrough(run(-12, -1), C - 6, C, parameters)).toBe(lastDayOfMonth(C + 2));
  });

  it('a short run paid ahead holds only through the month after it: no grace', () => {
    expect(holdsThrough(run(-3, 2), C - 1, C, parameters)).toBe(lastDayOfMonth(C + 3));
    expect(holdsThrough(run(-3, 4), C - 1, C, parameters)).toBe(lastDayOfMonth(C + 5));
    expect(holdsThrough(run(-3, -1), C - 1, C, parameters)).toBe(lastDayOfMonth(C));
  });

  it('grace needs a run of 12 ending two or three months before this one', () => {
    expect(graceAnchor(run(-14, -3), C, parameters)).toEqual({ lastPaidMonth: C - 3, endsOn: lastDayOfMonth(C) });
    expect(graceAnchor(run(-13, -2), C, parameters)).toEqual({ lastPaidMonth: C - 2, endsOn: lastDayOfMonth(C + 1) });
    // Paid through last month: not grace, the status is held by the run itself.
    expect(graceAnchor(run(-12, -1), C, parameters)).toBeNull();
    expect(graceAnchor(run(-15, -4), C, parameters)).toBeNull();
    expect(graceAnchor(run(-12, -3), C, parameters)).toBeNull();
  });
});
