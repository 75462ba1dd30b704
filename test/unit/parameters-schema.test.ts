import { describe, expect, it } from 'vitest';
import { RuleValidationError, loadRuleset, validateRuleset } from '../../src';

// Each limit of the parameters schema (src/parameters/parameters.ts): one bad value at a time must
// be reported at its own path under `parameters`, and be the only problem.
type Json = Record<string, unknown>;
function set(target: Json, path: (string | number)[], value: unknown) {
  let node: Json = target;
  for (const key of path.slice(0, -1)) node = node[key as string] as Json;
  node[path[path.length - 1] as string] = value;
}
const CASES: [string, (string | number)[], unknown][] = [
  ['the first modelled date must be a date', ['evaluation', 'earliestAsOf'], '2020-13-01'],
  ['12 consecutive months cannot be 0', ['contributions', 'consecutiveMonths'], 0],
  ['grace months are whole', ['contributions', 'graceMonths'], 1.5],
  ['grace months are not negative', ['contributions', 'graceMonths'], -1],
  [
    'an extended grace tier needs a run of at least one month',
    ['contributions', 'extendedGraceTiers', 'values', 1, 'value', 0, 'minRunMonths'],
    0,
  ],
  ['an extended grace tier starts on a date', ['contributions', 'extendedGraceTiers', 'values', 1, 'from'], 'soon'],
  ['the dated values of a parameter are oldest first', ['contributions', 'extendedGraceTiers', 'values', 1, 'from'], '2019-01-01'],
  [
    'a paying kind precedence names a payment kind for every employment',
    ['contributions', 'payingKinds', 'values', 0, 'value', 'byEmployment', 0, 'kind'],
    7,
  ],
  ['whether own months are owed is yes or no', ['debt', 'ownMonthsOwed'], 'from 2020'],
  [
    'a dated parameter has a value from the first date evaluated on',
    ['stateCategories', 'countsOnlyWhen', 'values', 0, 'from'],
    '2021-01-01',
  ],
  ['the ESP months are a count', ['esp', 'previousMonths'], -3],
  ['the debt cap is at most 120 months', ['debt', 'capMonths'], 121],
  ['the pregnancy working days are a count', ['pregnancy', 'statusAfterWorkingDays'], 'three'],
  ['the child age is a count', ['stateCategories', 'childUnderAge'], -18],
  ['a minimum wage series has at least one value', ['minimumWageKzt', 'values'], []],
  ['a minimum wage is positive', ['minimumWageKzt', 'values', 0, 'value'], 0],
  ['a dated value has a source with a document', ['mciKzt', 'values', 0, 'source', 'document'], ''],
  ['a dated value starts on a date', ['mciKzt', 'values', 0, 'from'], '2020-02-30'],
  ['a fixed amount is based on the minimum wage or the MCI', ['amounts', 'fixed', 'self_payer', 'values', 0, 'value', 'base'], 'salary'],
  ['a fixed amount share is positive', ['amounts', 'fixed', 'self_payer', 'values', 0, 'value', 'share'], 0],
  ['a share outside cities is positive', ['amounts', 'fixed', 'esp', 'values', 0, 'value', 'shareOutsideCities'], 0],
  ['a base multiple is positive', ['amounts', 'fixed', 'individual_entrepreneur', 'values', 0, 'value', 'baseMultiple'], -1.4],
  ['a rate is positive', ['amounts', 'percentage', 'employer_deduction', 'values', 0, 'value', 'rate'], 0],
  ['a cap in minimum wages is positive', ['amounts', 'percentage', 'employer_deduction', 'values', 0, 'value', 'capMinimumWages'], 0],
  ['an ICD-10 mapping has at least one range', ['icd10', 'values', 0, 'value', 0, 'ranges'], []],
  ['screening sexes are female or male', ['screening', 'breast_cancer', 'values', 0, 'value', 'sexes'], ['other']],
  ['a screening age is a count', ['screening', 'breast_cancer', 'values', 0, 'value', 'minAge'], -40],
  ['dental ages are counts', ['dental', 'plannedUnderAge'], 'eighteen'],
  ['the payer precedence names all five grounds', ['coverage', 'payerPrecedence'], ['gobmp', 'osms', 'dms', 'vms']],
  ['the payer precedence names only known grounds', ['coverage', 'payerPrecedence', 'values', 0, 'value', 0], 'state'],
  ['a quota limit is positive', ['quotas', 'values', 0, 'value', 0, 'limit'], 0],
  ['a quota is per calendar year or six months', ['quotas', 'values', 0, 'value', 0, 'per'], 'weekly'],
  ['a holiday month is 1–12', ['holidays', 'fixed', 'values', 0, 'value', 0, 'month'], 13],
  ['a holiday day is 1–31', ['holidays', 'fixed', 'values', 0, 'value', 0, 'day'], 0],
  ['a dated holiday has a date', ['holidays', 'dated', 'values', 0, 'value', 0, 'date'], '28.06.2023'],
  ['the renewal window is a count', ['nextSteps', 'renewPolicyWithinDays'], -30],
];

describe('parameter limits', () => {
  it.each(CASES)('%s', (_title, path, value) => {
    const ruleset = loadRuleset();
    set(ruleset.parameters as unknown as Json, path, value);
    let issues: { path: (string | number)[]; ruleId: string | null }[] = [];
    try {
      validateRuleset(ruleset);
    } catch (error) {
      expect(error).toBeInstanceOf(RuleValidationError);
      issues = (error as RuleValidationError).issues;
    }
    expect(issues.map((i) => [i.ruleId, ...i.path.slice(0, path.length + 1)].join('.'))).toEqual([['', 'parameters', ...path].join('.')]);
  });

  it('the shipped parameters are within every limit', () => {
    expect(() => validateRuleset(loadRuleset())).not.toThrow();
  });
});
