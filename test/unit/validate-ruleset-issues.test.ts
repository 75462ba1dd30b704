import { describe, expect, it } from 'vitest';
import { ruleIssuesOf } from '../support/rule-issues';
import { loadRuleset, validateRuleset } from '../../src';

// Each kind of problem in a rule file, with the issue validateRuleset must report: rule id,
// path inside the rule, code and message, written out by hand.
const base = {
  meta: {
    id: 'test.rule',
    title: 'Test',
    description: 'A test rule',
    sources: [{ document: 'seed:002' }],
    effective: { from: '2020-01-01' },
  },
  conditions: { all: [{ fact: 'age', operator: 'equal', value: 1 }] },
  event: { type: 'notice' },
};
const withRule = (changes: Record<string, unknown>) => ({ ...base, ...changes });
const issuesOf = ruleIssuesOf;
const ruleIssues = (...rules: unknown[]) => {
  const shipped = loadRuleset();
  return issuesOf({ ...shipped, rules: [...shipped.rules, ...rules] });
};
const at = (path: (string | number)[], code: string, message: string) => ({ ruleId: 'test.rule', path, code, message });

describe('conditions that cannot be evaluated', () => {
  it('a condition that is not an object', () => {
    expect(ruleIssues(withRule({ conditions: { all: [3] } }))).toEqual([
      at(['conditions', 'all', 0], 'invalid_condition', 'A condition must be an object'),
    ]);
  });

  it('a shared condition reference', () => {
    expect(ruleIssues(withRule({ conditions: { all: [{ condition: 'x' }] } }))).toEqual([
      at(['conditions', 'all', 0], 'unsupported_condition', 'Shared condition references are not supported'),
    ]);
  });

  it('a block with two of all, any and not', () => {
    expect(ruleIssues(withRule({ conditions: { all: [{ all: [], any: [] }] } }))).toEqual([
      at(['conditions', 'all', 0], 'invalid_condition', 'Use exactly one of all, any, not'),
    ]);
  });

  it('an all or any that is not an array', () => {
    expect(ruleIssues(withRule({ conditions: { any: { fact: 'age' } } }))).toEqual([
      at(['conditions', 'any'], 'invalid_condition', 'any must be an array'),
    ]);
    expect(ruleIssues(withRule({ conditions: { all: 'age' } }))).toEqual([
      at(['conditions', 'all'], 'invalid_condition', 'all must be an array'),
    ]);
  });

  it('a not block is checked inside', () => {
    expect(ruleIssues(withRule({ conditions: { not: { fact: 'age', operator: 'equal' } } }))).toEqual([
      at(['conditions', 'not', 'value'], 'missing_value', 'A condition needs a value'),
    ]);
  });

  it('top-level conditions that are a single condition', () => {
    expect(ruleIssues(withRule({ conditions: { fact: 'age', operator: 'equal', value: 1 } }))).toEqual([
      at(['conditions'], 'invalid_condition', 'Top-level conditions must be all, any or not'),
    ]);
  });

  it('an unknown key, an unknown operator and a missing value', () => {
    expect(ruleIssues(withRule({ conditions: { all: [{ fact: 'age', operator: 'between', colour: 'red' }] } }))).toEqual([
      at(['conditions', 'all', 0, 'colour'], 'unrecognized_key', 'Unknown key "colour"'),
      at(['conditions', 'all', 0, 'operator'], 'unknown_operator', 'Unknown operator "between"'),
      at(['conditions', 'all', 0, 'value'], 'missing_value', 'A condition needs a value'),
    ]);
  });

  it('a fact of a later stage is named with the facts this stage offers', () => {
    const [issue] = ruleIssues(withRule({ conditions: { all: [{ fact: 'arrears', operator: 'equal', value: 1 }] } }));
    expect(issue).toMatchObject({ ruleId: 'test.rule', path: ['conditions', 'all', 0, 'fact'], code: 'unknown_fact' });
    expect(issue?.message).toMatch(/^Unknown fact "arrears" \(this stage offers: profile, asOf, parameters, age, /);
  });

  it('a path that is not a string, and params that are not an object', () => {
    expect(ruleIssues(withRule({ conditions: { all: [{ fact: 'profile', path: 3, params: [1], operator: 'equal', value: 1 }] } }))).toEqual(
      [
        at(['conditions', 'all', 0, 'path'], 'unsafe_path', 'Path "3" must be a plain dot path of own properties'),
        at(['conditions', 'all', 0, 'params'], 'invalid_params', 'params must be an object'),
      ],
    );
  });

  it('a fact compared with another fact is checked as a fact reference', () => {
    expect(ruleIssues(withRule({ conditions: { all: [{ fact: 'age', operator: 'equal', value: { fact: 'salary' } }] } }))).toEqual([
      expect.objectContaining({ path: ['conditions', 'all', 0, 'value', 'fact'], code: 'unknown_fact' }),
    ]);
  });
});

describe('parameters and keys', () => {
  it('an unsafe or unknown parameter path, named with its path', () => {
    expect(ruleIssues(withRule({ conditions: { all: [{ fact: 'age', operator: 'equal', value: { param: 'a.__proto__' } }] } }))).toEqual([
      at(['conditions', 'all', 0, 'value', 'param'], 'unsafe_path', 'Unsafe parameter path "a.__proto__"'),
    ]);
    expect(
      ruleIssues(withRule({ conditions: { all: [{ fact: 'age', operator: 'equal', value: [1, { param: 'debt.months' }] }] } })),
    ).toEqual([at(['conditions', 'all', 0, 'value', 1, 'param'], 'unknown_parameter', 'No parameter "debt.months"')]);
  });

  it('a forbidden key in a value', () => {
    expect(
      ruleIssues(
        withRule({
          conditions: { all: [{ fact: 'age', operator: 'equal', value: JSON.parse('{"constructor": 1, "ok": {"prototype": 2}}') }] },
        }),
      ),
    ).toEqual([
      at(['conditions', 'all', 0, 'value', 'constructor'], 'forbidden_key', 'Key "constructor" is not allowed'),
      at(['conditions', 'all', 0, 'value', 'ok', 'prototype'], 'forbidden_key', 'Key "prototype" is not allowed'),
    ]);
  });

  it('event params: a fact reference and a parameter reference are checked', () => {
    expect(
      ruleIssues(
        withRule({ event: { type: 'notice', params: { amount: { fact: 'salary' }, months: { param: 'debt.months' }, plain: 1 } } }),
      ),
    ).toEqual([
      expect.objectContaining({ ruleId: 'test.rule', path: ['event', 'params', 'amount', 'fact'], code: 'unknown_fact' }),
      at(['event', 'params', 'months', 'param'], 'unknown_parameter', 'No parameter "debt.months"'),
    ]);
  });
});

describe('rules and rulesets that are not the right shape', () => {
  it('an effective period that ends before it begins', () => {
    expect(ruleIssues(withRule({ meta: { ...base.meta, effective: { from: '2025-01-01', to: '2024-12-31' } } }))).toEqual([
      at(['meta', 'effective', 'to'], 'invalid_period', 'effective.to is before effective.from'),
    ]);
  });

  it('a rule of the wrong shape is named by its id, or by its place when it has none', () => {
    expect(ruleIssues(withRule({ event: { type: 'party' } })).map((i) => `${i.ruleId} ${i.path.join('.')}`)).toEqual([
      'test.rule event.type',
    ]);
    const shipped = loadRuleset();
    expect(ruleIssues({ meta: 'none' }).map((i) => i.ruleId)).toEqual(expect.arrayContaining([`rules[${shipped.rules.length}]`]));
  });

  it('a bad parameter is named under parameters, with no rule id', () => {
    const ruleset = loadRuleset();
    (ruleset.parameters.contributions as { graceMonths: unknown }).graceMonths = 'three';
    expect(issuesOf(ruleset)).toEqual([expect.objectContaining({ ruleId: null, path: ['parameters', 'contributions', 'graceMonths'] })]);
  });

  it('a ruleset without rules is named at the top, with no rule id', () => {
    const { rules: _rules, ...rest } = loadRuleset();
    expect(issuesOf(rest)).toEqual([expect.objectContaining({ ruleId: null, path: ['rules'] })]);
  });

  it('versions that follow each other are valid; overlapping ones are named with the day both are in force', () => {
    const version = (from: string, to?: string) => withRule({ meta: { ...base.meta, effective: { from, ...(to ? { to } : {}) } } });
    expect(() => validateRuleset({ ...loadRuleset(), rules: [version('2026-01-01'), version('2020-01-01', '2025-12-31')] })).not.toThrow();
    expect(issuesOf({ ...loadRuleset(), rules: [version('2026-01-01'), version('2020-01-01', '2026-01-01')] })).toEqual([
      {
        ruleId: 'test.rule',
        path: ['meta', 'effective'],
        code: 'overlapping_periods',
        message: 'Two versions of test.rule are both in force on 2026-01-01',
      },
    ]);
    expect(issuesOf({ ...loadRuleset(), rules: [version('2026-01-01'), version('2020-01-01')] })).toHaveLength(1);
  });
});

describe('the metadata of a rule', () => {
  it.each([
    ['an id that is not dotted', { id: 'single' }, ['meta', 'id']],
    ['an id with capitals', { id: 'Osms.Rule' }, ['meta', 'id']],
    ['an empty title', { title: '' }, ['meta', 'title']],
    ['an empty description', { description: '' }, ['meta', 'description']],
    ['a source without a document', { sources: [{ document: '' }] }, ['meta', 'sources', 0, 'document']],
    ['an effective date that is not a date', { effective: { from: '2020-01-32' } }, ['meta', 'effective', 'from']],
  ] as const)('%s is named at its path', (_title, meta, path) => {
    const issues = ruleIssues(withRule({ meta: { ...base.meta, ...meta } }));
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  it('a dotted id of lower-case words, digits, _ and - is valid; a priority is a whole number from 1', () => {
    const shipped = loadRuleset();
    expect(() =>
      validateRuleset({ ...shipped, rules: [withRule({ meta: { ...base.meta, id: 'next-steps.pay_debt-2' }, priority: 3 })] }),
    ).not.toThrow();
    expect(ruleIssues(withRule({ priority: 0 })).map((i) => i.path)).toEqual([['priority']]);
    expect(ruleIssues(withRule({ priority: 1.5 })).map((i) => i.path)).toEqual([['priority']]);
  });

  it('a ruleset needs a version', () => {
    expect(issuesOf({ ...loadRuleset(), version: '' }).map((i) => i.path)).toEqual([['version']]);
  });
});

describe('edges of a rule', () => {
  it('a rule in force for one day is valid; conditions may carry a name and a priority', () => {
    const shipped = loadRuleset();
    const oneDay = withRule({
      meta: { ...base.meta, effective: { from: '2025-01-01', to: '2025-01-01' } },
      conditions: { all: [{ fact: 'age', operator: 'equal', value: 1, name: 'one', priority: 2 }] },
    });
    expect(() => validateRuleset({ ...shipped, rules: [oneDay] })).not.toThrow();
  });

  it('a parameter reference in a fact’s params is checked at its path', () => {
    expect(
      ruleIssues(
        withRule({
          conditions: { all: [{ fact: 'categoryValidThrough', params: { maxMonths: { param: 'no.such' } }, operator: 'equal', value: 1 }] },
        }),
      ),
    ).toEqual([at(['conditions', 'all', 0, 'params', 'maxMonths', 'param'], 'unknown_parameter', 'No parameter "no.such"')]);
  });

  it('a __proto__ key in a value is forbidden', () => {
    expect(
      ruleIssues(withRule({ conditions: { all: [{ fact: 'age', operator: 'equal', value: JSON.parse('{"__proto__": {"x": 1}}') }] } })),
    ).toEqual([at(['conditions', 'all', 0, 'value', '__proto__'], 'forbidden_key', 'Key "__proto__" is not allowed')]);
  });

  it('a rule that is null is named by its place', () => {
    const shipped = loadRuleset();
    expect(new Set(ruleIssues(null).map((i) => i.ruleId))).toEqual(new Set([`rules[${shipped.rules.length}]`]));
  });
});

describe('rule ids', () => {
  it('an id must be dotted lower-case words from its first character to its last', () => {
    for (const id of ['Osms.rule', 'osms.rule!', '1osms.rule']) {
      expect(ruleIssues(withRule({ meta: { ...base.meta, id } }))).toEqual([
        {
          ruleId: id,
          path: ['meta', 'id'],
          code: 'invalid_format',
          message: 'Expected a dotted rule id such as osms.contributions.continuous',
        },
      ]);
    }
  });
});
