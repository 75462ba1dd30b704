import { describe, expect, it } from 'vitest';
import { loadRuleset, parametersOn, parseProfile, valueAt } from '../../src';
import { createEvaluator } from '../support/untyped';
import { Almanac } from '../../src/facts/almanac';
import { arrears } from '../../src/facts/arrears';
import { ownPayingKind } from '../../src/facts/paying-kind';
import { emptyOutcome } from '../../src/facts/stage-outcome';
import { periodBoundaries } from '../../src/engine/periods';
import type { DatedParameters } from '../../src/parameters/parameters';
import { adult, monthly } from '../support/profiles';

// Parameters as dated data (src/parameters/dated.ts): a value is in force from its `from` until the
// next one's; a plain value stands for every date; the engines and the facts read the value of the
// right date on both sides of a change.
const source = { document: 'law:test' };
const tiers = {
  values: [
    { from: '2020-01-01', value: 3, source },
    { from: '2026-01-01', value: 6, source },
  ],
};

describe('valueAt', () => {
  it('gives the last value whose from is on or before the date', () => {
    expect(valueAt(tiers, '2020-01-01')).toBe(3);
    expect(valueAt(tiers, '2025-12-31')).toBe(3);
    expect(valueAt(tiers, '2026-01-01')).toBe(6);
    expect(valueAt(tiers, '2099-06-15')).toBe(6);
  });

  it('gives nothing before the first value', () => {
    expect(valueAt(tiers, '2019-12-31')).toBeUndefined();
  });

  it('reads a plain value as that value on every date', () => {
    expect(valueAt(12, '1999-01-01')).toBe(12);
    expect(valueAt(['employee', 'gpc'], '2030-01-01')).toEqual(['employee', 'gpc']);
  });
});

describe('parametersOn', () => {
  it('replaces every dated leaf by its value on the date and keeps plain values and lists as they are', () => {
    const tree = {
      contributions: { graceMonths: tiers, consecutiveMonths: 12 },
      links: { egov: 'https://egov.kz' },
      maxMonths: { values: [{ from: '2020-01-01', value: { kandas_unemployed: 12 }, source }] },
    };
    expect(parametersOn(tree, '2025-06-15')).toEqual({
      contributions: { graceMonths: 3, consecutiveMonths: 12 },
      links: { egov: 'https://egov.kz' },
      maxMonths: { kandas_unemployed: 12 },
    });
    expect(parametersOn(tree, '2026-06-15').contributions.graceMonths).toBe(6);
  });

  it('never changes the tree it reads', () => {
    const tree = { contributions: { graceMonths: tiers } };
    const before = JSON.stringify(tree);
    parametersOn(tree, '2026-06-15');
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('reads the shipped parameters: 12 consecutive months, 3 months of grace and, from 2026, a tier of 6 months after a run of 60', () => {
    const { parameters } = loadRuleset();
    expect(parametersOn(parameters, '2025-06-15').contributions.consecutiveMonths).toBe(12);
    expect(parametersOn(parameters, '2025-06-15').contributions.extendedGraceTiers).toEqual([]);
    expect(parametersOn(parameters, '2026-01-01').contributions.extendedGraceTiers).toEqual([{ minRunMonths: 60, graceMonths: 6 }]);
  });
});

describe('a parameter that changes on a date', () => {
  // An employee paid for by his employer from 2024-08 to 2025-01: a run of 6 months before February 2025.
  const employee = adult({
    employment: [{ kind: 'employee', since: '2024-01-01' }],
    payments: monthly('employer_deduction', '2024-08', 6, 9000),
  });
  const withConsecutive = (values: DatedParameters['contributions']['consecutiveMonths']) => {
    const ruleset = loadRuleset();
    ruleset.parameters.contributions.consecutiveMonths = values;
    return ruleset;
  };
  const sixFromMidFebruary = {
    values: [
      { from: '2020-01-01', value: 12, source },
      { from: '2025-02-15', value: 6, source },
    ],
  };

  it('splits the periods in which the rules are compiled on its change date', () => {
    const { rules, parameters } = withConsecutive(sixFromMidFebruary);
    expect(periodBoundaries(rules, parameters)).toContain('2025-02-15');
    expect(periodBoundaries(rules)).not.toContain('2025-02-15');
  });

  it.each(['compiled', 'json-rules-engine'] as const)(
    'is read at its value of each date by the %s engine: 12 months the day before, 6 months on the day',
    async (engine) => {
      const evaluator = createEvaluator({ ruleset: withConsecutive(sixFromMidFebruary), engine });
      const before = await evaluator.evaluate(employee, { asOf: '2025-02-14' });
      const on = await evaluator.evaluate(employee, { asOf: '2025-02-15' });
      const after = await evaluator.evaluate(employee, { asOf: '2025-02-20' });
      expect(before.insurance.status).toBe('not_insured');
      expect(on.insurance.status).toBe('insured');
      expect(on.insurance.bases).toContain('osms.contributions.continuous');
      expect(after.insurance.status).toBe('insured');
      // Asked again for the earlier date, the earlier value still holds.
      expect((await evaluator.evaluate(employee, { asOf: '2025-02-14' })).insurance.status).toBe('not_insured');
    },
  );

  it('as a plain value, stands for every date: 6 consecutive months suffice in 2025 as in 2021', async () => {
    const evaluator = createEvaluator({ ruleset: withConsecutive(6) });
    expect((await evaluator.evaluate(employee, { asOf: '2025-02-14' })).insurance.status).toBe('insured');
    const earlier = adult({
      employment: [{ kind: 'employee', since: '2020-01-01' }],
      payments: monthly('employer_deduction', '2020-08', 6, 9000),
    });
    expect((await evaluator.evaluate(earlier, { asOf: '2021-02-14' })).insurance.status).toBe('insured');
    expect((await createEvaluator().evaluate(earlier, { asOf: '2021-02-14' })).insurance.status).toBe('not_insured');
  });
});

describe('the dated law changes the facts read for the month judged', () => {
  const parameters = loadRuleset().parameters;
  const ctx = (profile: Record<string, unknown>, asOf: string, p: DatedParameters = parameters) => {
    const almanac = new Almanac(parseProfile(profile), asOf, p, emptyOutcome());
    return { ownPayingKind: () => ownPayingKind(almanac), arrears: () => arrears(almanac) };
  };
  const espPayer = {
    person: { birthDate: '1985-04-12', sex: 'female' },
    residency: { status: 'citizen' },
    employment: [{ kind: 'esp_payer' }],
  };

  it('an ESP payer pays as esp through December 2023 and as self-payer from January 2024 (contributions.payingKinds)', () => {
    expect(ctx(espPayer, '2023-12-31').ownPayingKind()).toBe('esp');
    expect(ctx(espPayer, '2024-01-01').ownPayingKind()).toBe('self_payer');
  });

  it('a rule author who ends ESP in June 2023 changes the paying kind from that month on', () => {
    const copy = loadRuleset().parameters;
    const [withEsp, withoutEsp] = (copy.contributions.payingKinds as { values: { from: string }[] }).values as [
      { from: string },
      { from: string },
    ];
    copy.contributions.payingKinds = {
      values: [
        { ...withEsp, from: '2020-01-01' },
        { ...withoutEsp, from: '2023-06-01' },
      ],
    } as never;
    expect(ctx(espPayer, '2023-05-31', copy).ownPayingKind()).toBe('esp');
    expect(ctx(espPayer, '2023-06-01', copy).ownPayingKind()).toBe('self_payer');
  });

  it('months before the first value of debt.ownMonthsOwed are no own debt, later ones are: on 2020-03-15 only January and February 2020', () => {
    const selfPayer = { ...espPayer, employment: [{ kind: 'self_payer' }] };
    expect(ctx(selfPayer, '2020-03-15').arrears().ownMonths).toEqual(['2020-01', '2020-02']);
    const copy = loadRuleset().parameters;
    copy.debt.ownMonthsOwed = { values: [{ from: '2019-11-01', value: true, source }] };
    expect(ctx(selfPayer, '2020-03-15', copy).arrears().ownMonths).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });
});

describe('a malformed dated value', () => {
  it('a dated parameter with a null among its values is refused by validateRuleset with an issue at that value, not a TypeError', () => {
    const ruleset = loadRuleset() as unknown as { parameters: { mciKzt: { values: unknown[] } } };
    ruleset.parameters.mciKzt.values[2] = null;
    let thrown: unknown;
    try {
      createEvaluator({ ruleset: ruleset as never });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).name).toBe('RuleValidationError');
    expect((thrown as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'))).toContain('parameters.mciKzt.values.2');
  });
});
