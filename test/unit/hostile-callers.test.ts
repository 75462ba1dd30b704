import { describe, expect, it } from 'vitest';
import { ProfileValidationError, decisionSchema, safeParseProfile } from '../../src';
import { createEvaluator, evaluate } from '../support/untyped';

// For JavaScript callers that pass getters, proxies and sparse arrays: every option and every
// top-level key of the profile is read once, and an absurd array length is refused from the
// length alone. The work is counted (reads of a getter, reads of an array's slots).
const profile = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };

/** An object whose getters count their reads and answer `first` once, `later` after. */
function countingGetters(keys: Record<string, [unknown, unknown]>, base: Record<string, unknown> = {}) {
  const reads: Record<string, number> = {};
  const object = { ...base };
  for (const [key, [first, later]] of Object.entries(keys)) {
    reads[key] = 0;
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => ((reads[key] = (reads[key] ?? 0) + 1) === 1 ? first : later),
    });
  }
  return { object, reads };
}

/** An array of `length` empty slots whose looks at a slot (a read, or asking whether it is there) are counted. */
function countedArray(length: number) {
  const counter = { reads: 0 };
  const slot = (key: string | symbol) => typeof key === 'string' && /^\d+$/.test(key);
  const array = new Proxy(new Array(length), {
    get(target, key, receiver) {
      if (slot(key)) counter.reads += 1;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (slot(key)) counter.reads += 1;
      return Reflect.has(target, key);
    },
  });
  return { array, counter };
}

describe('each option is read once', () => {
  it('an asOf getter that changes after its first read cannot make a Decision that fails decisionSchema', async () => {
    const { object: options, reads } = countingGetters({
      asOf: ['2025-06-15', 'xx'],
      locale: ['en', 'de'],
      trace: [false, true],
    });
    const decision = await evaluate(profile, options);
    expect(decisionSchema.safeParse(decision).success).toBe(true);
    expect([decision.asOf, decision.locale, 'trace' in decision]).toEqual(['2025-06-15', 'en', false]);
    expect(reads).toEqual({ asOf: 1, locale: 1, trace: 1 });
  });

  it('an invalid asOf read once is reported, whatever it says later', async () => {
    const { object: options, reads } = countingGetters({ asOf: ['xx', '2025-06-15'] });
    await expect(evaluate(profile, options)).rejects.toBeInstanceOf(ProfileValidationError);
    expect(reads.asOf).toBe(1);
  });

  it('the options of createEvaluator are read once too', () => {
    const { object: options, reads } = countingGetters({ locale: ['en', 'de'], ruleset: [undefined, 'broken'] });
    createEvaluator(options);
    expect(reads).toEqual({ locale: 1, ruleset: 1 });
  });
});

describe('each top-level key of the profile is read once', () => {
  it('a profile whose asOf and residency change after their first read is decided on what was read first', async () => {
    const { object, reads } = countingGetters(
      { asOf: ['2025-06-15', '1800-01-01'], residency: [{ status: 'citizen' }, { status: 'tourist' }] },
      { person: profile.person },
    );
    const decision = await evaluate(object, {});
    expect(decision.asOf).toBe('2025-06-15');
    expect(decisionSchema.safeParse(decision).success).toBe(true);
    expect(reads).toEqual({ asOf: 1, residency: 1 });
  });
});

describe('an absurd array length is refused before the array is walked', () => {
  it('payments of 10 million slots: too_big at payments without a look at a slot (it used to look at each)', async () => {
    const { array, counter } = countedArray(10_000_000);
    const error = await evaluate({ ...profile, payments: array }, { asOf: '2025-06-15', locale: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileValidationError);
    expect((error as ProfileValidationError).issues).toEqual([{ path: ['payments'], code: 'too_big', message: 'At most 10000 items' }]);
    expect(counter.reads).toBe(0);
  });

  it('a sparse array of 2³² − 1 slots is refused at once (it took 168 s), with every other problem listed', async () => {
    const error = await evaluate(
      { ...profile, person: { birthDate: '1990-02-30', sex: 'male' }, employment: new Array(2 ** 32 - 1) },
      { asOf: '2025-06-15' },
    ).catch((e: unknown) => e);
    expect((error as ProfileValidationError).issues.map((i) => `${i.path.join('.')} ${i.code}`).sort()).toEqual([
      'employment too_big',
      'person.birthDate invalid_date',
    ]);
  });

  it('deep in the profile too: insurance[].covers and fundStatement.debtMonths', () => {
    const { array: covers, counter } = countedArray(2 ** 32 - 1);
    const { array: debtMonths, counter: months } = countedArray(2 ** 32 - 1);
    const result = safeParseProfile(
      {
        ...profile,
        insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31', covers }],
        fundStatement: { checkedOn: '2025-06-01', debtMonths },
      },
      { locale: 'en' },
    );
    const issues = result.success ? [] : result.error.issues;
    expect(issues.map((i) => `${i.path.join('.')} ${i.code}`).sort()).toEqual([
      'fundStatement.debtMonths too_big',
      'insurance.0.covers too_big',
    ]);
    expect(counter.reads + months.reads).toBe(0);
  });

  it('an array at the limit is walked as before: 10,000 payments are checked one by one', async () => {
    const payments = Array.from({ length: 10_000 }, () => ({
      kind: 'self_payer',
      period: '2024-13',
      paidOn: '2024-12-01',
      amountKzt: 4250,
    }));
    const result = safeParseProfile({ ...profile, payments }, { locale: 'en' });
    expect(result.success ? 0 : result.error.issues.filter((i) => i.code === 'invalid_month').length).toBe(10_000);
  });
});
