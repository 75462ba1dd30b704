import { describe, expect, it } from 'vitest';
import { ProfileValidationError, type RuleFile, RuleValidationError, loadRuleset, validateRuleset, valueAt } from '../../src';
import { createEvaluator, evaluate } from '../support/untyped';
import { EVENT_STAGE } from '../../src/language/events';

const valid = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };
const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProfileValidationError);
  return (error as ProfileValidationError).issues;
};

describe('options', () => {
  it('a bad date and an unknown locale are each reported with their path, code and message, in the default Russian', async () => {
    expect(await issuesOf(evaluate(valid, { asOf: '2025-02-30', locale: 'de' as never }))).toEqual([
      { path: ['asOf'], code: 'invalid_date', message: 'Ожидается существующая дата в формате ГГГГ-ММ-ДД' },
      { path: ['locale'], code: 'invalid_value', message: 'Ожидается одно из значений: ru, kk, en, ky' },
    ]);
  });

  it('validation messages speak the locale asked for, with the same codes in every locale', async () => {
    const bad = { person: { birthDate: '1990-02-30', sex: 'male' }, residency: { status: 'citizen' }, pets: 1 };
    const byLocale = Object.fromEntries(
      await Promise.all(
        (['ru', 'kk', 'en', 'ky'] as const).map(async (locale) => [locale, await issuesOf(evaluate(bad, { asOf: '2025-06-15', locale }))]),
      ),
    );
    expect(byLocale.en).toEqual([
      { path: ['person', 'birthDate'], code: 'invalid_date', message: 'Expected a real calendar date YYYY-MM-DD' },
      { path: ['pets'], code: 'unrecognized_key', message: 'Unknown key "pets"' },
    ]);
    expect(byLocale.kk.map((i: { message: string }) => i.message)).toEqual([
      'ЖЖЖЖ-АА-КК пішіміндегі нақты күн күтіледі',
      'Белгісіз кілт «pets»',
    ]);
    expect(byLocale.ky.map((i: { message: string }) => i.message)).toEqual([
      'ЖЖЖЖ-АА-КК форматындагы чыныгы күн күтүлөт',
      'Белгисиз ачкыч «pets»',
    ]);
    expect(byLocale.ru.map((i: { message: string }) => i.message)).toEqual([
      'Ожидается существующая дата в формате ГГГГ-ММ-ДД',
      'Неизвестный ключ «pets»',
    ]);
  });

  it('options that are not an object are reported as such', async () => {
    const expected = [
      { path: ['options'], code: 'invalid_type', message: 'Параметры должны быть объектом' },
      expect.objectContaining({ path: ['asOf'], code: 'missing_as_of' }),
    ];
    expect(await issuesOf(evaluate(valid, 'tomorrow' as never))).toEqual(expected);
    expect(await issuesOf(evaluate(valid, null as never))).toEqual(expected);
  });
});

describe('asOf', () => {
  it('a missing asOf is reported with its message, together with the profile’s own problems', async () => {
    expect(await issuesOf(evaluate(valid, { locale: 'en' }))).toEqual([
      { path: ['asOf'], code: 'missing_as_of', message: 'Give asOf in the options or the profile: the library never reads the clock' },
    ]);
    const issues = await issuesOf(evaluate({ ...valid, residency: { status: 'tourist' } }));
    expect(issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(['residency.status invalid_value', 'asOf missing_as_of']);
  });

  it('an asOf in the profile is used, and a bad one is reported by the profile schema only', async () => {
    expect((await evaluate({ ...valid, asOf: '2025-06-15' })).asOf).toBe('2025-06-15');
    const issues = await issuesOf(evaluate({ ...valid, asOf: '15.06.2025' }));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['asOf']);
    expect(issues[0]?.code).not.toBe('missing_as_of');
  });

  it('an input that is not an object is reported at the root, with the missing asOf', async () => {
    for (const input of [null, undefined, 42, 'profile']) {
      expect((await issuesOf(evaluate(input))).map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
        ' invalid_type',
        'asOf missing_as_of',
      ]);
    }
  });

  it('a bad asOf in the options is reported once, as a bad date, not also as too early', async () => {
    expect((await issuesOf(evaluate(valid, { asOf: '2019-13-01' }))).map((i) => i.code)).toEqual(['invalid_date']);
  });

  it('a date before 2020-01-01 is not modelled, said with the first date that is', async () => {
    expect(await issuesOf(evaluate(valid, { asOf: '2019-12-31', locale: 'en' }))).toEqual([
      { path: ['asOf'], code: 'unsupported_date', message: 'asOf must lie in 2020-01-01 … 2100-12-31' },
    ]);
  });

  it('an asOf after 2100-12-31 is out of the supported range, in the options or the profile', async () => {
    expect((await issuesOf(evaluate(valid, { asOf: '2101-01-01' }))).map((i) => [i.path, i.code])).toEqual([
      [['asOf'], 'unsupported_date'],
    ]);
    expect((await issuesOf(evaluate({ ...valid, asOf: '2101-01-01' }))).map((i) => [i.path, i.code])).toEqual([
      [['asOf'], 'unsupported_date'],
    ]);
    expect((await evaluate(valid, { asOf: '2100-12-31' })).asOf).toBe('2100-12-31');
  });

  it('a person born after asOf is rejected at the birth date; one born on asOf is decided', async () => {
    const baby = (birthDate: string) => ({ ...valid, person: { birthDate, sex: 'female' } });
    expect(await issuesOf(evaluate(baby('2025-06-16'), { asOf: '2025-06-15', locale: 'en' }))).toEqual([
      { path: ['person', 'birthDate'], code: 'after_as_of', message: 'The person is born after asOf' },
    ]);
    expect((await evaluate(baby('2025-06-15'), { asOf: '2025-06-15' })).insurance.bases).toEqual(['osms.state-category.child']);
  });
});

describe('grace and rule failures', () => {
  // A rule author's basis that gives a grace to everyone: only an OSMS participant becomes insured by it.
  const ruleset = loadRuleset();
  ruleset.rules.push({
    meta: {
      id: 'osms.test-grace',
      title: 'Test',
      description: 'A rule author experiment',
      sources: [{ document: 'law:Law on OSMS' }],
      effective: { from: '2020-01-01' },
    },
    conditions: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 0 }] },
    event: { type: 'insurance-basis', params: { basis: 'osms.test-grace', grace: { lastPaidMonth: '2025-04', endsOn: '2025-07-31' } } },
  } as RuleFile);
  const evaluator = createEvaluator({ ruleset });

  it('a grace is reported only with an insured status', async () => {
    const citizen = await evaluator.evaluate(valid, { asOf: '2025-06-15' });
    expect(citizen.insurance).toMatchObject({ status: 'insured', grace: { lastPaidMonth: '2025-04', endsOn: '2025-07-31' } });
    const asylum = await evaluator.evaluate({ ...valid, residency: { status: 'asylum_seeker' } }, { asOf: '2025-06-15' });
    expect(asylum.insurance).toMatchObject({ status: 'not_applicable', grace: null });
  });

  it('a fact param of the wrong type is refused when the evaluator is created, naming the rule and the path', () => {
    const broken = loadRuleset();
    broken.rules.push({
      meta: {
        id: 'osms.test-broken',
        title: 'Test',
        description: 'A fact param that cannot be a number of months',
        sources: [{ document: 'law:Law on OSMS' }],
        effective: { from: '2020-01-01' },
      },
      conditions: {
        all: [
          {
            fact: 'categoryValidThrough',
            params: { category: 'registered_unemployed', maxMonths: 'soon' },
            operator: 'equal',
            value: '2025-01-01',
          },
        ],
      },
      event: { type: 'insurance-basis', params: { basis: 'osms.test-broken' } },
    } as RuleFile);
    let error: unknown;
    try {
      createEvaluator({ ruleset: broken });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleValidationError);
    expect((error as RuleValidationError).issues.map((i) => [i.ruleId, i.path.join('.')])).toContainEqual([
      'osms.test-broken',
      'conditions.all.0.params.maxMonths',
    ]);
  });

  it('an error raised by the input source, not by a profile, stops evaluateMany instead of being yielded', async () => {
    async function* source() {
      yield {};
      throw new Error('the file could not be read');
    }
    const results: unknown[] = [];
    const run = async () => {
      for await (const r of createEvaluator().evaluateMany(source(), { asOf: '2025-06-15' })) results.push(r);
    };
    await expect(run()).rejects.toThrow('the file could not be read');
    expect(results).toHaveLength(1);
    expect(results[0]).toBeInstanceOf(ProfileValidationError);
  });
});

describe('order of reasons', () => {
  it('reasons follow the stages, and within a stage the order of the rule files', async () => {
    const { rules } = loadRuleset();
    const stages = ['eligibility', 'insurance', 'consequences', 'coverage', 'derived', 'guidance'];
    const position = (id: string) => {
      const index = rules.findIndex((r) => r.meta.id === id);
      return stages.indexOf(EVENT_STAGE[rules[index]?.event.type as keyof typeof EVENT_STAGE]) * 10_000 + index;
    };
    const d = await evaluate(
      {
        ...valid,
        person: { birthDate: '1960-03-01', sex: 'female' },
        employment: [{ kind: 'self_payer' }],
        conditions: [{ code: 'A15.0', underObservation: true }, { code: 'hiv' }],
        pregnancy: { inLabour: true },
        riskGroups: ['medical_worker'],
        insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-07-01' }],
      },
      { asOf: '2025-06-15' },
    );
    const positions = d.reasons.map((r) => position(r.ruleId));
    expect(positions.length).toBeGreaterThan(10);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('evaluator options', () => {
  it('an unknown locale is refused when the evaluator is created, naming the option and the locales', () => {
    expect(() => createEvaluator({ locale: 'xx' as never })).toThrow(
      new TypeError('createEvaluator: options.locale must be one of ru, kk, en, ky (got "xx")'),
    );
  });

  it.each([null, 'ru', 42, []])('options that are not an object (%j) are refused with a TypeError, not on every later call', (options) => {
    expect(() => createEvaluator(options as never)).toThrow(
      new TypeError('createEvaluator: options must be an object such as { locale: "ru" } (or left out)'),
    );
  });

  it('no options, or an empty object, give the shipped rules in Russian', async () => {
    const profile = { person: { birthDate: '1990-01-01', sex: 'male' }, residency: { status: 'citizen' } };
    expect((await createEvaluator().evaluate(profile, { asOf: '2025-06-15' })).locale).toBe('ru');
    expect((await createEvaluator({}).evaluate(profile, { asOf: '2025-06-15' })).locale).toBe('ru');
  });
});

describe('the shipped ruleset of createEvaluator()', () => {
  it('is the validated shipped rules: nothing a caller does to loadRuleset() reaches it', async () => {
    const { shippedRuleset } = await import('../../src/ruleset/load');
    const shipped = shippedRuleset();
    expect(validateRuleset(structuredClone(shipped)).rules).toHaveLength(shipped.rules.length);
    const copy = loadRuleset();
    copy.parameters.contributions.consecutiveMonths = 1;
    (copy.rules[0] as { conditions: unknown }).conditions = { all: [] };
    expect(valueAt(shippedRuleset().parameters.contributions.consecutiveMonths, '2025-06-15')).toBe(12);
    expect(shippedRuleset().rules[0]?.conditions).not.toEqual({ all: [] });
  });
});
