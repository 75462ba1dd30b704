import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Decision, type Evaluator, evaluate, loadRuleset, parseProfile } from '../../src';
import { minimumMonthlyKzt } from '../../src/facts/ledger';
import { fullYears, monthIndex } from '../../src/calendar/months';
import type { Parameters } from '../../src/parameters/parameters';
import { arbitraries, invariants, regularPayment } from '../../src/testing';
import { fcOptions } from '../support/fc';

// The rule-author toolkit checked against itself: generated data keeps its constraints, and each
// invariant reports the violation it is about.
const parameters = loadRuleset().parameters as Parameters;
const sample = <T>(arb: fc.Arbitrary<T>, n = 40) => fc.sample(arb, { seed: fcOptions.seed, numRuns: n });

describe('arbitraries.ledger', () => {
  it('without gaps every record is the month’s minimum for its kind, paid by asOf, within the months back', () => {
    for (const ledger of sample(
      arbitraries.ledger({
        kind: 'individual_entrepreneur',
        asOf: '2025-06-15',
        gaps: false,
        monthsBack: 5,
        maxLength: 7,
        settlement: 'city',
      }),
    )) {
      expect(ledger.length).toBeLessThanOrEqual(7);
      for (const p of ledger) {
        expect(p.kind).toBe('individual_entrepreneur');
        expect(monthIndex('2025-06') - monthIndex(p.period)).toBeGreaterThanOrEqual(0);
        expect(monthIndex('2025-06') - monthIndex(p.period)).toBeLessThanOrEqual(5);
        expect(p.paidOn <= '2025-06-15').toBe(true);
        expect(p.paidOn.slice(0, 7)).toBe(p.period);
        // 5 % of 1.4 × 85,000 in 2025.
        expect(p.amountKzt).toBe(5950);
      }
    }
  });

  it('with gaps some records are short: half the minimum, rounded down', () => {
    const amounts = new Set(
      sample(arbitraries.ledger({ kind: 'self_payer', asOf: '2025-06-15', monthsBack: 3 }), 30)
        .flat()
        .map((p) => p.amountKzt),
    );
    expect([...amounts].sort()).toEqual([2125, 4250]);
  });

  it('a percentage kind pays 9,000 a month; the default kind is self_payer with at most 40 records over 36 months', () => {
    expect(
      new Set(
        sample(arbitraries.ledger({ kind: 'employer_deduction', asOf: '2025-06-15', gaps: false }))
          .flat()
          .map((p) => p.amountKzt),
      ),
    ).toEqual(new Set([9000]));
    const ledgers = sample(arbitraries.ledger({ asOf: '2025-06-15', gaps: false }), 60);
    expect(new Set(ledgers.flat().map((p) => p.kind))).toEqual(new Set(['self_payer']));
    expect(Math.max(...ledgers.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(Math.max(...ledgers.flat().map((p) => monthIndex('2025-06') - monthIndex(p.period)))).toBeLessThanOrEqual(36);
  });
});

describe('arbitraries.profile', () => {
  it('a generated profile is valid, within its asOf range, residency and paying kind, and born by asOf', () => {
    const profiles = sample(
      arbitraries.profile({ residency: ['refugee', 'kandas'], payingKind: 'esp_payer', asOf: { min: '2022-01-01', max: '2022-12-31' } }),
      60,
    );
    for (const p of profiles) {
      expect(() => parseProfile(p)).not.toThrow();
      expect(p.asOf >= '2022-01-01' && p.asOf <= '2022-12-31').toBe(true);
      expect(['refugee', 'kandas']).toContain(p.residency.status);
      expect(p.employment).toEqual([{ kind: 'esp_payer' }]);
      expect((p.payments ?? []).every((x) => x.kind === 'esp')).toBe(true);
      expect(p.person.birthDate <= p.asOf).toBe(true);
      if (p.insurance) expect((p.insurance[0]?.validFrom ?? '') <= p.asOf).toBe(true);
      if (p.pregnancy) expect(p.person.sex).toBe('female');
    }
    expect(new Set(profiles.map((p) => p.residency.status))).toEqual(new Set(['refugee', 'kandas']));
  });

  it('a person without a paying kind has no employment and no payments; ledger constraints reach the ledger', () => {
    for (const p of sample(arbitraries.profile({ payingKind: 'none' }))) {
      expect(p.employment).toEqual([]);
      expect(p.payments).toEqual([]);
    }
    for (const p of sample(arbitraries.profile({ payingKind: 'employee', ledger: { maxLength: 2, gaps: false } }))) {
      expect((p.payments ?? []).length).toBeLessThanOrEqual(2);
      expect((p.payments ?? []).every((x) => x.kind === 'employer_deduction' && x.amountKzt === 9000)).toBe(true);
    }
  });

  it('without constraints every residency class and paying kind turns up', () => {
    const profiles = sample(arbitraries.profile(), 300);
    expect(new Set(profiles.map((p) => p.residency.status)).size).toBe(8);
    expect(new Set(profiles.map((p) => p.employment?.[0]?.kind ?? 'none'))).toEqual(
      new Set(['self_payer', 'individual_entrepreneur', 'private_practice', 'employee', 'esp_payer', 'none']),
    );
    expect(profiles.every((p) => p.asOf >= '2020-01-01' && p.asOf <= '2026-12-31')).toBe(true);
  });
});

describe('the optional parts of a generated profile', () => {
  const profiles = sample(arbitraries.profile(), 400);
  const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

  it('people pay under their kind, and ages run from 0 to 90', () => {
    expect(profiles.some((p) => p.employment?.length === 1 && (p.payments ?? []).length > 0)).toBe(true);
    for (const p of profiles) expect(fullYears(p.person.birthDate, p.asOf)).toBeGreaterThanOrEqual(0);
    for (const p of profiles) expect(fullYears(p.person.birthDate, p.asOf)).toBeLessThanOrEqual(90);
  });

  it('a state category begins by asOf and, when it ends, ends between its start and asOf; some are open-ended', () => {
    const records = profiles.flatMap((p) => (p.stateCategories ?? []).map((r) => ({ ...r, asOf: p.asOf })));
    expect(records.length).toBeGreaterThan(20);
    expect(records.some((r) => r.until === undefined)).toBe(true);
    expect(records.some((r) => r.until !== undefined && r.until < r.asOf)).toBe(true);
    for (const r of records) {
      expect(r.since <= r.asOf).toBe(true);
      if (r.until !== undefined) expect(r.since <= r.until && r.until <= r.asOf).toBe(true);
    }
  });

  it('some people have a condition, one each', () => {
    const withCondition = profiles.filter((p) => p.conditions !== undefined);
    expect(withCondition.length).toBeGreaterThan(20);
    for (const p of withCondition) expect(p.conditions).toHaveLength(1);
  });

  it('a pregnancy is only a woman’s between 15 and 50 years of age, registered by asOf; some have one', () => {
    const pregnant = profiles.filter((p) => p.pregnancy !== undefined);
    expect(pregnant.length).toBeGreaterThan(5);
    for (const p of pregnant) {
      expect(p.person.sex).toBe('female');
      const age = fullYears(p.person.birthDate, p.asOf);
      expect(age >= 15 && age <= 50).toBe(true);
      expect((p.pregnancy?.registeredOn ?? '9999') <= p.asOf).toBe(true);
      expect(typeof p.pregnancy?.inLabour).toBe('boolean');
    }
    expect(
      profiles.some(
        (p) =>
          p.pregnancy === undefined &&
          p.person.sex === 'female' &&
          fullYears(p.person.birthDate, p.asOf) >= 20 &&
          fullYears(p.person.birthDate, p.asOf) <= 45,
      ),
    ).toBe(true);
  });

  it('a DMS policy began a year before asOf; some have ended, some still run', () => {
    const policies = profiles.flatMap((p) => (p.insurance ?? []).map((i) => ({ ...i, asOf: p.asOf })));
    expect(policies.length).toBeGreaterThan(20);
    for (const i of policies) {
      expect(i.type).toBe('dms');
      expect(days(i.validFrom, i.asOf)).toBe(365);
      expect(i.validFrom <= i.validTo).toBe(true);
    }
    expect(policies.some((i) => i.validTo < i.asOf)).toBe(true);
    expect(policies.some((i) => i.validTo > i.asOf)).toBe(true);
  });

  it('quota uses are at most four, of three services, within 400 days before asOf', () => {
    const uses = profiles.flatMap((p) => (p.serviceUsage ?? []).map((u) => ({ ...u, asOf: p.asOf })));
    for (const p of profiles) expect((p.serviceUsage ?? []).length).toBeLessThanOrEqual(4);
    expect(new Set(uses.map((u) => u.service))).toEqual(new Set(['therapist', 'chest_xray', 'eeg']));
    for (const u of uses) expect(days(u.date, u.asOf) >= 0 && days(u.date, u.asOf) <= 400).toBe(true);
    expect(uses.some((u) => days(u.date, u.asOf) > 30)).toBe(true);
  });
});

describe('regularPayment', () => {
  it('is the month’s minimum, paid on its first day or on asOf when that is earlier', () => {
    expect(regularPayment('self_payer', '2025-03', '2025-06-15')).toEqual({
      kind: 'self_payer',
      period: '2025-03',
      paidOn: '2025-03-01',
      amountKzt: 4250,
    });
    expect(regularPayment('self_payer', '2025-07', '2025-06-15')?.paidOn).toBe('2025-06-15');
    expect(regularPayment('esp', '2023-03', '2025-06-15', 'other')?.amountKzt).toBe(1725);
    expect(regularPayment('employer_deduction', '2025-03', '2025-06-15')?.amountKzt).toBe(9000);
    expect(regularPayment('esp', '2024-03', '2025-06-15')).toBeNull();
  });
});

describe('invariants', () => {
  const good = {
    asOf: '2025-06-15',
    locale: 'en',
    rulesetVersion: 't',
    packages: { gobmp: 'full', osms: true, dms: false, vms: false },
    insurance: {
      status: 'not_insured',
      bases: [],
      validThrough: null,
      grace: null,
      debt: { months: ['2025-04', '2025-05'], employerMonths: [], amountKzt: 8500 },
      monthlyContributionKzt: 4250,
    },
    services: {},
    quotas: [{ service: 'therapist', limit: 2, per: 'calendar_year', used: 0, remaining: 2, nextAvailableOn: null }],
    screenings: [],
    reasons: [],
    nextSteps: [],
  } as unknown as Decision;
  const changed = (insurance: Partial<Decision['insurance']>, rest: Partial<Decision> = {}) =>
    ({ ...good, ...rest, insurance: { ...good.insurance, ...insurance } }) as Decision;

  it('a decision that keeps the rules has no violation under debtAmount; a wrong amount is named', () => {
    expect(invariants.debtAmount(good, 'self_payer', parameters)).toEqual([]);
    expect(
      invariants.debtAmount(
        changed({ debt: { months: ['2025-04', '2025-05'], employerMonths: [], amountKzt: 8000 } }),
        'self_payer',
        parameters,
      ),
    ).toEqual(['debt 8000 ≠ Σ monthly minimum 8500']);
    expect(
      invariants.debtAmount(
        changed({ debt: { months: ['2025-05'], employerMonths: ['2025-05'], amountKzt: null } }),
        'self_payer',
        parameters,
      ),
    ).toEqual([]);
    // The employer's months carry no amount: 2025-04 is own (4,250), 2025-05 the employer's.
    expect(
      invariants.debtAmount(
        changed({ debt: { months: ['2025-04', '2025-05'], employerMonths: ['2025-05'], amountKzt: 4250 } }),
        'self_payer',
        parameters,
      ),
    ).toEqual([]);
    expect(
      invariants.debtAmount(
        changed({ debt: { months: ['2025-04', '2025-05'], employerMonths: ['2025-05'], amountKzt: 8500 } }),
        'self_payer',
        parameters,
      ),
    ).toEqual(['debt 8500 ≠ Σ monthly minimum 4250']);
    expect(invariants.debtAmount(changed({ debt: null }), 'self_payer', parameters)).toEqual([]);
    // ESP in a city by default, outside cities when asked: 1 MCI or half of it (3,450 in 2023).
    const esp = changed({ debt: { months: ['2023-05'], employerMonths: [], amountKzt: 1725 } });
    expect(invariants.debtAmount(esp, 'esp', parameters)).toEqual(['debt 1725 ≠ Σ monthly minimum 3450']);
    expect(invariants.debtAmount(esp, 'esp', parameters, 'other')).toEqual([]);
    expect(invariants.debtAmount(changed({ debt: { months: ['2024-05'], employerMonths: [], amountKzt: 0 } }), 'esp', parameters)).toEqual(
      [],
    );
    expect(minimumMonthlyKzt(parameters, 'esp', monthIndex('2024-05'), 'city')).toBeUndefined();
  });

  it('decision names each broken invariant', async () => {
    // A real decision as the starting point (an uninsured self-payer), then one thing broken at a time.
    const real = await evaluate(
      { person: { birthDate: '1990-01-01', sex: 'male' }, residency: { status: 'citizen' }, employment: [{ kind: 'self_payer' }] },
      { asOf: '2025-06-15' },
    );
    const broken = (insurance: Partial<Decision['insurance']>, rest: Partial<Decision> = {}) =>
      ({ ...real, ...rest, insurance: { ...real.insurance, ...insurance } }) as Decision;
    expect(real.insurance.status).toBe('not_insured');
    expect(invariants.decision(real, parameters)).toEqual([]);
    expect(invariants.decision(real)).toEqual([]);
    expect(invariants.decision(broken({ status: 'insured' }), parameters)).toEqual(['bases are non-empty iff insured']);
    expect(invariants.decision(broken({ bases: ['x'] }), parameters)).toEqual(['bases are non-empty iff insured']);
    const thirteen = Array.from({ length: 13 }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(invariants.decision(broken({ debt: { months: thirteen, employerMonths: [], amountKzt: 1 } }), parameters)).toEqual([
      'debt over 12 months',
    ]);
    expect(invariants.decision(broken({ debt: { months: thirteen.slice(1), employerMonths: [], amountKzt: 1 } }), parameters)).toEqual([]);
    const quota = (remaining: number) =>
      broken(
        {},
        {
          quotas: [
            { service: 'therapist', limit: 2, per: 'calendar_year', used: 0, remaining, nextAvailableOn: null },
          ] as Decision['quotas'],
        },
      );
    expect(invariants.decision(quota(3), parameters)).toEqual(['quota therapist remaining out of range']);
    expect(invariants.decision(quota(-1), parameters)).toEqual(expect.arrayContaining(['quota therapist remaining out of range']));
    expect(invariants.decision(quota(0), parameters)).toEqual([]);
    expect(invariants.decision(quota(2), parameters)).toEqual([]);
    expect(invariants.decision(broken({ debt: null }), parameters)).toEqual([]);
    expect(invariants.decision({ ...real, asOf: undefined } as unknown as Decision, parameters)).toEqual([
      'does not match decisionSchema',
      'does not survive a JSON round trip',
    ]);
    // Values JSON would change or drop: a Date, a function, NaN, undefined in a list, an object of a class.
    const drifting = [new Date(0), () => 1, Number.NaN, [undefined], new (class Box {})()];
    for (const value of drifting)
      expect(invariants.decision(broken({}, { rulesetVersion: value } as never), parameters)).toContain(
        'does not survive a JSON round trip',
      );
    expect(
      invariants.decision(
        broken({}, { rulesetVersion: Object.assign(Object.create(null), { a: [1, 'b', true, null] }) } as never),
        parameters,
      ),
    ).not.toContain('does not survive a JSON round trip');
  });

  it('deterministic names two different answers and a changed input', async () => {
    let n = 0;
    const flaky = { evaluate: async () => ({ n: n++ }) } as unknown as Evaluator;
    expect(await invariants.deterministic(flaky, {})).toEqual(['two evaluations differ']);
    const mutating = { evaluate: async (input: { touched?: boolean }) => ((input.touched = true), {}) } as unknown as Evaluator;
    expect(await invariants.deterministic(mutating, {})).toEqual(['the input was changed']);
  });

  it('paymentHelps names a payment that removed the status, added debt months or raised the amount', async () => {
    const input = {
      asOf: '2025-06-15',
      person: { birthDate: '1990-01-01', sex: 'male' as const },
      residency: { status: 'citizen' as const },
      payments: [],
    };
    const decisions = (before: Partial<Decision['insurance']>, after: Partial<Decision['insurance']>) => {
      const answers = [changed(before), changed(after)];
      const seen: unknown[] = [];
      return { evaluator: { evaluate: async (p: unknown) => (seen.push(p), answers.shift()) } as unknown as Evaluator, seen };
    };
    const worse = decisions(
      { status: 'insured', bases: ['x'] },
      { status: 'not_insured', debt: { months: ['2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 9000 } },
    );
    expect(await invariants.paymentHelps(worse.evaluator, input, '2025-03')).toEqual([
      'paying 2025-03 removed insured status',
      'paying 2025-03 increased the debt',
      'paying 2025-03 increased the amount owed',
    ]);
    expect(worse.seen[1]).toEqual({
      ...input,
      payments: [{ kind: 'self_payer', period: '2025-03', paidOn: '2025-03-01', amountKzt: 4250 }],
    });
    const same = decisions({}, {});
    expect(await invariants.paymentHelps(same.evaluator, input, '2025-03')).toEqual([]);
    const none = decisions({ debt: null }, { debt: null });
    expect(await invariants.paymentHelps(none.evaluator, input, '2025-03')).toEqual([]);
    // A pregnant self-payer is checked like anyone else; the payment is added to those she has.
    const paid = { kind: 'self_payer' as const, period: '2025-01', paidOn: '2025-02-10', amountKzt: 4250 };
    const pregnant = decisions({ status: 'insured', bases: ['x'] }, { status: 'not_insured' });
    expect(
      await invariants.paymentHelps(
        pregnant.evaluator,
        { ...input, person: { ...input.person, sex: 'female' as const }, pregnancy: { inLabour: true }, payments: [paid] },
        '2025-03',
      ),
    ).toEqual(['paying 2025-03 removed insured status']);
    expect((pregnant.seen[1] as { payments: unknown[] }).payments).toEqual([
      paid,
      { kind: 'self_payer', period: '2025-03', paidOn: '2025-03-01', amountKzt: 4250 },
    ]);
    const bare = decisions({}, {});
    const { payments: _none, ...withoutPayments } = input;
    await invariants.paymentHelps(bare.evaluator, withoutPayments, '2025-03');
    expect((bare.seen[1] as { payments: unknown[] }).payments).toEqual([
      { kind: 'self_payer', period: '2025-03', paidOn: '2025-03-01', amountKzt: 4250 },
    ]);
    // Born on the last day of the month: that month is checked.
    const lastDay = decisions({}, {});
    await invariants.paymentHelps(lastDay.evaluator, { ...input, person: { birthDate: '2025-02-28', sex: 'male' as const } }, '2025-02');
    expect(lastDay.seen).toHaveLength(2);
  });

  it('paymentHelps checks nothing for the current month, a month before birth, an abolished kind or ESP with a pregnancy', async () => {
    const never = {
      evaluate: async () => {
        throw new Error('should not evaluate');
      },
    } as unknown as Evaluator;
    const input = {
      asOf: '2025-06-15',
      person: { birthDate: '2025-03-10', sex: 'female' as const },
      residency: { status: 'citizen' as const },
    };
    expect(await invariants.paymentHelps(never, input, '2025-06')).toEqual([]);
    expect(await invariants.paymentHelps(never, input, '2025-02')).toEqual([]);
    const esp = {
      ...input,
      person: { birthDate: '1990-01-01', sex: 'female' as const },
      payments: [{ kind: 'esp' as const, period: '2023-01', paidOn: '2023-01-05', amountKzt: 3450 }],
    };
    expect(await invariants.paymentHelps(never, esp, '2025-03')).toEqual([]);
    expect(await invariants.paymentHelps(never, { ...esp, asOf: '2023-06-15', pregnancy: { inLabour: true } }, '2023-03')).toEqual([]);
  });
});
