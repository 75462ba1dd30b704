import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfileValidationError, decisionSchema, loadRuleset } from '../../src';
import { evaluate } from '../support/untyped';
import { decideSync } from '../../src/decision/decide';
import { CompiledEngine } from '../../src/engine/compiled-engine';
import { type Profile, profileSchema } from '../../src/profile/schema';
import { parametersSchema } from '../../src/parameters/parameters';
import { fcOptions } from '../support/fc';
import { adult } from '../support/profiles';

const settle = (input: unknown) =>
  evaluate(input, { asOf: '2025-06-15' }).then(
    (decision) => ({ kind: 'decision' as const, ok: decisionSchema.safeParse(decision).success }),
    (error: unknown) => ({
      kind: error instanceof ProfileValidationError ? ('invalid' as const) : ('crash' as const),
      ok: error instanceof ProfileValidationError,
    }),
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
    const base = adult({
      payments: [{ kind: 'self_payer', period: '2025-01', paidOn: '2025-01-10', amountKzt: 4250 }],
      conditions: [{ code: 'A15.0' }],
    });
    const paths = [
      ['person'],
      ['person', 'birthDate'],
      ['residency'],
      ['payments'],
      ['payments', 0],
      ['payments', 0, 'amountKzt'],
      ['conditions', 0, 'code'],
      ['insurance'],
      ['visit'],
    ];
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

describe('arrays that are not what they seem', () => {
  it('an array with an own constructor property is judged, not thrown on', async () => {
    // Found by the fast path's differential test: Array.prototype.map asks `constructor` for the kind of array to build.
    const payments: unknown[] = [{ kind: 'self_payer', period: '2025-01', paidOn: '2025-01-10', amountKzt: 4250 }];
    Object.defineProperty(payments, 'constructor', { value: { toString: 1 }, enumerable: true });
    expect(await settle(adult({ payments }))).toEqual({ kind: 'decision', ok: true });
    // With another field invalid, zod and the checks across fields read the raw input.
    expect(await settle(adult({ payments, settlement: 'village' }))).toEqual({ kind: 'invalid', ok: true });
  });
});

describe('limits on input size', () => {
  const pay = { kind: 'self_payer', period: '2025-01', paidOn: '2025-01-10', amountKzt: 4250 };

  it('10,000 payments are accepted; 10,001 are rejected at payments with a clear message', async () => {
    expect(profileSchema.safeParse(adult({ payments: Array.from({ length: 10_000 }, () => pay) })).success).toBe(true);
    const error = (await evaluate(adult({ payments: Array.from({ length: 10_001 }, () => pay) }), { asOf: '2025-06-15' }).catch(
      (e: unknown) => e,
    )) as ProfileValidationError;
    expect(error.issues).toEqual([expect.objectContaining({ path: ['payments'], code: 'too_big' })]);
  });

  it('an over-long string is rejected where it is', async () => {
    const error = (await evaluate(adult({ conditions: [{ code: 'A'.repeat(10_000) }] }), { asOf: '2025-06-15' }).catch(
      (e: unknown) => e,
    )) as ProfileValidationError;
    expect(error.issues.map((i) => i.path.join('.'))).toContain('conditions.0.code');
  });
});

describe('work grows linearly with the size of the profile', () => {
  const parameters = parametersSchema().parse(loadRuleset().parameters);
  const engine = new CompiledEngine(loadRuleset());

  /**
   * The work of one whole decision (every stage, every fact the shipped rules use): each read
   * of an element of the profile's arrays, plus each `Set.add` (the ledger's months are a Set).
   * A profile of `n` payments of `months` months each, `n` category records, `n` employments,
   * `n` conditions and `n` service uses.
   */
  async function workFor(n: number, months: number): Promise<{ reads: number; adds: number }> {
    let reads = 0;
    const counting = <T>(items: T[]): T[] =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver);
        },
      });
    // Months from 2020-01 on (where self-payer amounts exist), spread over five years.
    const month = (i: number) => `${2020 + Math.floor((i % 60) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const profile = profileSchema.parse({
      person: { birthDate: '1985-04-12', sex: 'female' },
      residency: { status: 'citizen' },
      employment: Array.from({ length: n }, (_, i) => ({
        kind: i % 2 ? 'employee' : 'self_payer',
        since: `${2000 + (i % 20)}-01-01`,
        until: `${2000 + (i % 20)}-06-30`,
      })),
      payments: Array.from({ length: n }, (_, i) => ({
        kind: 'self_payer',
        period: month(i),
        months,
        paidOn: '2025-06-01',
        amountKzt: 5000 * months,
      })),
      stateCategories: Array.from({ length: n }, (_, i) => ({
        category: 'registered_unemployed',
        since: `${2000 + (i % 20)}-02-01`,
        until: `${2000 + (i % 20)}-02-20`,
      })),
      conditions: Array.from({ length: n }, (_, i) => ({ code: i % 2 ? 'A15.0' : `I${String(10 + (i % 80))}`, underObservation: true })),
      serviceUsage: Array.from({ length: n }, (_, i) => ({ service: 'therapist', date: `2025-0${(i % 5) + 1}-10` })),
      fundStatement: { checkedOn: '2025-06-10', status: 'not_insured', debtMonths: Array.from({ length: n }, (_, i) => month(i)) },
    }) as Profile;
    const proxied = {
      ...profile,
      employment: counting(profile.employment ?? []),
      payments: counting(profile.payments ?? []),
      stateCategories: counting(profile.stateCategories ?? []),
      conditions: counting(profile.conditions ?? []),
      serviceUsage: counting(profile.serviceUsage ?? []),
    } as Profile;
    let adds = 0;
    const add = Set.prototype.add;
    Set.prototype.add = function counted(this: Set<unknown>, value: unknown) {
      adds += 1;
      return add.call(this, value);
    };
    try {
      decideSync(engine, { parameters, rulesetVersion: 'test' }, proxied, '2025-06-15', 'ru');
    } finally {
      Set.prototype.add = add;
    }
    return { reads, adds };
  }

  it('10,000 payments of 120 months with 10,000 category records cost a bounded amount of work per element', async () => {
    const { reads, adds } = await workFor(10_000, 120);
    // Reads: the facts the rules use read each element of the five arrays a few times (not once
    // per month or per other element); months: each ledger filter adds each paid month once.
    expect(reads).toBeLessThan(20 * 5 * 10_000);
    expect(adds).toBeGreaterThan(10_000 * 120);
    expect(adds).toBeLessThan(10 * 10_000 * 120);
  });

  it('four times the elements cost four times the work, not sixteen', async () => {
    const small = await workFor(2_500, 120);
    const large = await workFor(10_000, 120);
    expect(large.reads / small.reads).toBeGreaterThan(3.6);
    expect(large.reads / small.reads).toBeLessThan(4.4);
    expect(large.adds / small.adds).toBeLessThan(4.4);
  });

  it('ten times the months of each payment cost at most ten times the month work, and no more reads', async () => {
    const short = await workFor(2_000, 12);
    const long = await workFor(2_000, 120);
    expect(long.adds / short.adds).toBeLessThan(10.5);
    expect(long.reads).toBe(short.reads);
  });

  it('a profile with 10,000 payments and 10,000 service uses is decided', async () => {
    const big = adult(
      {
        payments: Array.from({ length: 10_000 }, (_, i) => ({
          kind: 'self_payer',
          period: `2025-0${(i % 5) + 1}`,
          paidOn: '2025-06-01',
          amountKzt: 4250,
        })),
        serviceUsage: Array.from({ length: 10_000 }, () => ({ service: 'eeg', date: '2025-03-01' })),
      },
      'temporary_resident',
    );
    const d = await evaluate(big, { asOf: '2025-06-15' });
    expect(d.quotas.find((q) => q.service === 'eeg')).toMatchObject({ used: 10_000, remaining: 0, nextAvailableOn: '2026-01-01' });
  });
});
