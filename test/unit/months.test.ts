import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumMonthlyKzt } from '../../src/facts/ledger';
import {
  addMonthsReference,
  intervalsHold,
  intervalsTouch,
  latestEnd,
  mergeIntervals,
  monthIndex,
  firstDayOfMonth,
  lastDayOfMonth,
  monthString,
  monthsTouched,
  shiftMonths,
} from '../../src/calendar/months';
import { loadRuleset } from '../../src';

describe('months', () => {
  it('months are numbered year × 12 + month − 1 and written back as YYYY-MM', () => {
    expect(monthIndex('2024-01-15')).toBe(2024 * 12);
    expect(monthString(2024 * 12 + 8)).toBe('2024-09');
    expect(monthString(monthIndex('1900-12'))).toBe('1900-12');
  });
});

describe('the latest end', () => {
  it('is the latest date, whatever the order', () => {
    expect(latestEnd(['2025-09-30', '2025-12-31', '2025-10-31'])).toBe('2025-12-31');
    expect(latestEnd(['2025-12-31', '2025-09-30'])).toBe('2025-12-31');
  });

  it('is none when there is no end or one is open-ended, wherever it stands', () => {
    expect(latestEnd([])).toBeNull();
    expect(latestEnd(['2025-12-31', null])).toBeNull();
    expect(latestEnd([null, '2025-12-31'])).toBeNull();
  });
});

describe('the fixed ESP amount ends with 2023', () => {
  const { parameters } = loadRuleset();
  it('an ESP month of December 2023 costs 1 MCI (3,450) in a city and half of it elsewhere', () => {
    expect(minimumMonthlyKzt(parameters, 'esp', monthIndex('2023-12'), 'city')).toBe(3450);
    expect(minimumMonthlyKzt(parameters, 'esp', monthIndex('2023-12'), 'other')).toBe(1725);
  });

  it('an ESP month of January 2024 has no amount: the ESP was abolished on 2024-01-01', () => {
    expect(minimumMonthlyKzt(parameters, 'esp', monthIndex('2024-01'), 'city')).toBeUndefined();
  });
});

describe('merged date intervals', () => {
  const merged = mergeIntervals([
    { from: '2025-03-01', to: '2025-03-10' },
    { from: '2025-01-01', to: '2025-01-31' },
    { from: '2025-02-01', to: '2025-02-14' },
    { from: '2025-05-01', to: null },
    { from: '2025-03-05', to: '2025-03-20' },
    { from: '2025-04-10', to: '2025-04-01' },
  ]);

  it('merges overlapping and touching periods, drops one that ends before it starts, keeps an open end', () => {
    expect(merged).toEqual([
      { from: '2025-01-01', to: '2025-02-14' },
      { from: '2025-03-01', to: '2025-03-20' },
      { from: '2025-05-01', to: null },
    ]);
  });

  it('holds a range only when one period covers every day of it', () => {
    expect(intervalsHold(merged, '2025-01-10', '2025-02-14')).toBe(true);
    expect(intervalsHold(merged, '2025-02-10', '2025-02-15')).toBe(false);
    expect(intervalsHold(merged, '2024-12-31', '2025-01-05')).toBe(false);
    expect(intervalsHold(merged, '2030-01-01', '2040-01-01')).toBe(true);
  });

  it('touches a range when any day of it is in a period', () => {
    expect(intervalsTouch(merged, '2025-02-14', '2025-02-28')).toBe(true);
    expect(intervalsTouch(merged, '2025-02-15', '2025-02-28')).toBe(false);
    expect(intervalsTouch(merged, '2024-12-01', '2024-12-31')).toBe(false);
    expect(intervalsTouch(merged, '2025-04-01', '2025-05-01')).toBe(true);
    expect(intervalsTouch([], '2025-01-01', '2025-12-31')).toBe(false);
  });
});

describe('shiftMonths and date-fns addMonths', () => {
  it('agree on every day of 2019–2025 shifted by −25 … 25, 60 and 120 months (the arithmetic against date-fns itself)', () => {
    let compared = 0;
    for (let day = Date.UTC(2019, 0, 1); day <= Date.UTC(2025, 11, 31); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const months of [...Array.from({ length: 51 }, (_, i) => i - 25), 60, 120]) {
        expect(shiftMonths(date, months)).toBe(addMonthsReference(date, months));
        compared += 1;
      }
    }
    // 2019–2025: 7 years of 365 days and two leap days.
    expect(compared).toBe(2557 * 53);
  });
});

describe('the months an interval touches', () => {
  const day = fc
    .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const interval = fc.record({ from: day, to: fc.option(day, { nil: null }) });

  it('a month is in them exactly when the interval holds a day of that month, on random intervals and months', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 4 }), fc.integer({ min: 2014 * 12, max: 2031 * 12 }), (intervals, month) => {
        const merged = mergeIntervals(intervals);
        const byDates = intervalsTouch(merged, firstDayOfMonth(month), lastDayOfMonth(month));
        const byMonths = merged.map(monthsTouched).some(([first, last]) => first <= month && month <= last);
        expect(byMonths).toBe(byDates);
      }),
      { numRuns: 2000 },
    );
  });

  it('an interval within one month touches that month alone; an open one every month from its first', () => {
    expect(monthsTouched({ from: '2024-03-31', to: '2024-03-31' })).toEqual([monthIndex('2024-03'), monthIndex('2024-03')]);
    expect(monthsTouched({ from: '2024-02-29', to: null })).toEqual([monthIndex('2024-02'), Number.POSITIVE_INFINITY]);
  });
});
