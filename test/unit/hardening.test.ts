import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfileValidationError, decisionSchema, evaluate, loadRuleset } from '../../src';
import { FactContext } from '../../src/facts/context';
import { type Profile, profileSchema } from '../../src/profile/schema';
import { parametersSchema } from '../../src/ruleset/parameters';
import { fcOptions } from '../support/fc';
import { adult } from '../support/profiles';

const settle = (input: unknown) =>
  evaluate(input, { asOf: '2025-06-15' }).then(
    (decision) => ({ kind: 'decision' as const, ok: decisionSchema.safeParse(decision).success }),
    (error: unknown) => ({ kind: error instanceof ProfileValidationError ? ('invalid' as const) : ('crash' as const), ok: error instanceof ProfileValidationError }),
  );

describe('bad input never crashes', () => {
  it('any JSON value, deep and wide, gives a valid Decision or a ProfileValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        expect((await settle(value)).ok).toBe(true);
      }),
      fcOptions,
    );
  });

  it('a valid profile with any one field replaced by any JSON value does too', async () => {
    const base = adult({ payments: [{ kind: 'self_payer', period: '2025-01', paidOn: '2025-01-10', amountKzt: 4250 }], conditions: [{ code: 'A15.0' }] });
    const paths = [['person'], ['person', 'birthDate'], ['residency'], ['payments'], ['payments', 0], ['payments', 0, 'amountKzt'], ['conditions', 0, 'code'], ['insurance'], ['visit']];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), async (path, value) => {
        const input = structuredClone(base) as Record<string | number, unknown>;
        let node = input;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path[path.length - 1] as string] = value;
        expect((await settle(input)).ok).toBe(true);
      }),
      fcOptions,
    );
  });
});

describe('limits on input size', () => {
  const pay = { kind: 'self_payer', period: '2025-01', paidOn: '2025-01-10', amountKzt: 4250 };

  it('10,000 payments are accepted; 10,001 are rejected at payments with a clear message', async () => {
    expect(profileSchema.safeParse(adult({ payments: Array.from({ length: 10_000 }, () => pay) })).success).toBe(true);
    const error = (await evaluate(adult({ payments: Array.from({ length: 10_001 }, () => pay) }), { asOf: '2025-06-15' }).catch((e: unknown) => e)) as ProfileValidationError;
    expect(error.issues).toEqual([expect.objectContaining({ path: ['payments'], code: 'too_big' })]);
  });

  it('an over-long string is rejected where it is', async () => {
    const error = (await evaluate(adult({ conditions: [{ code: 'A'.repeat(10_000) }] }), { asOf: '2025-06-15' }).catch((e: unknown) => e)) as ProfileValidationError;
    expect(error.issues.map((i) => i.path.join('.'))).toContain('conditions.0.code');
  });
});

describe('work grows linearly with the size of the profile', () => {
  /** Counts every element read of the profile's arrays while the facts run. */
  function readsFor(size: number): number {
    let reads = 0;
    const counting = <T>(items: T[]): T[] =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver);
        },
      });
    const months = (i: number) => `${2024 + Math.floor((i % 24) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const profile = profileSchema.parse(
      adult({
        payments: Array.from({ length: size }, (_, i) => ({ kind: i % 2 ? 'self_payer' : 'employer_deduction', period: months(i), paidOn: '2025-06-01', amountKzt: 4250 })),
        serviceUsage: Array.from({ length: size }, (_, i) => ({ service: 'therapist', date: `2025-0${(i % 5) + 1}-10` })),
      }),
    ) as Profile;
    const parameters = parametersSchema.parse(loadRuleset().parameters);
    const outcome = {
      packages: { gobmp: 'dangerous_diseases' as const, osms: true, dms: false, vms: false },
      excludedPaymentKinds: [],
      insurance: { status: 'not_insured' as const, bases: [], stateInsured: false },
      eligibleScreenings: [],
      services: {},
      grace: null,
    };
    const ctx = new FactContext({ ...profile, payments: counting(profile.payments ?? []), serviceUsage: counting(profile.serviceUsage ?? []) }, '2025-06-15', parameters, outcome);
    const ownKinds = { ownKinds: ['individual_entrepreneur', 'private_practice'], otherwise: 'self_payer' };
    ctx.coveredRun({ endOffset: 1 });
    ctx.coveredRun({ endOffset: 0, kinds: ['self_payer'], singleMonthOnly: true });
    ctx.coveredThrough({ kinds: ['esp'] });
    ctx.contributionValidThrough();
    ctx.grace();
    ctx.arrears(ownKinds);
    ctx.quotaUsage();
    ctx.quotaRemaining({ path: 'visit.specialist' });
    ctx.refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] });
    ctx.paymentKindsPresent();
    ctx.hasRecordFrom({ kinds: ['esp'], from: '2024-01' });
    return reads;
  }

  it('10,000 payments and 10,000 service uses cost about ten times 1,000 of each', () => {
    const small = readsFor(1_000);
    const large = readsFor(10_000);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeGreaterThan(9);
    expect(large / small).toBeLessThan(11);
  });

  it('a profile with 10,000 payments and 10,000 service uses is decided', async () => {
    const big = adult({
      payments: Array.from({ length: 10_000 }, (_, i) => ({ kind: 'self_payer', period: `2025-0${(i % 5) + 1}`, paidOn: '2025-06-01', amountKzt: 4250 })),
      serviceUsage: Array.from({ length: 10_000 }, () => ({ service: 'eeg', date: '2025-03-01' })),
    }, 'temporary_resident');
    const d = await evaluate(big, { asOf: '2025-06-15' });
    expect(d.quotas.find((q) => q.service === 'eeg')).toMatchObject({ used: 10_000, remaining: 0, nextAvailableOn: '2026-01-01' });
  });
});
