import { describe, expect, it } from 'vitest';
import { ruleIssuesOf } from '../support/rule-issues';
import { RuleValidationError, createEvaluator, decisionSchema, loadRuleset, validateRuleset } from '../../src';
import type { RuleIssue } from '../../src/errors';

// what validateRuleset refuses so that an accepted ruleset never crashes an
// evaluation. Each attack was seen to crash or hang the engine before; each is now an issue
// naming the rule id and the path inside the rule.
const rule = (changes: Record<string, unknown> = {}) => ({
  meta: {
    id: 'test.attack',
    title: 'Attack',
    description: 'A rule a test changes',
    sources: [{ document: 'seed:002' }],
    effective: { from: '2020-01-01' },
  },
  conditions: { all: [{ fact: 'age', operator: 'greaterThan', value: 0 }] },
  event: { type: 'notice' },
  ...changes,
});
const withRules = (...rules: unknown[]) => {
  const shipped = loadRuleset();
  return { ...shipped, rules: [...shipped.rules, ...rules] };
};
const issuesOf = ruleIssuesOf;
const where = (issues: RuleIssue[]) => issues.map((i) => [i.ruleId, i.path.join('.'), i.code]);
const leaf = (condition: Record<string, unknown>) => rule({ conditions: { all: [condition] } });

describe('values an operator cannot compare with', () => {
  it('"in" with a number instead of a list', () => {
    expect(where(issuesOf(withRules(leaf({ fact: 'age', operator: 'in', value: 3 }))))).toEqual([
      ['test.attack', 'conditions.all.0.value', 'invalid_value'],
    ]);
  });

  it('"lessThan" with a string, "onOrAfter" with a number, "containsAny" with an object', () => {
    const issues = issuesOf(
      withRules(
        rule({
          conditions: {
            all: [
              { fact: 'age', operator: 'lessThan', value: '18' },
              { fact: 'asOf', operator: 'onOrAfter', value: 2020 },
              { fact: 'activeCategories', operator: 'containsAny', value: { a: 1 } },
            ],
          },
        }),
      ),
    );
    expect(where(issues).map(([, path]) => path)).toEqual(['conditions.all.0.value', 'conditions.all.1.value', 'conditions.all.2.value']);
  });

  it('a parameter reference is judged by the value it stands for: a list parameter cannot be compared with lessThan', () => {
    expect(where(issuesOf(withRules(leaf({ fact: 'age', operator: 'lessThan', value: { param: 'debt.ownRateKinds' } }))))).toEqual([
      ['test.attack', 'conditions.all.0.value', 'invalid_value'],
    ]);
  });
});

describe('condition priority and names', () => {
  it.each([['__proto__'], [0], [1.5], [1001], ['2']])('a condition priority of %j is refused', (priority) => {
    expect(where(issuesOf(withRules(leaf({ fact: 'age', operator: 'greaterThan', value: 0, priority }))))).toEqual([
      ['test.attack', 'conditions.all.0.priority', 'invalid_priority'],
    ]);
  });

  it('a block priority and a name that is no reason code are refused too', () => {
    const issues = issuesOf(
      withRules(
        rule({ conditions: { all: [{ fact: 'age', operator: 'greaterThan', value: 0 }], priority: 'high', name: 'Not Insured!' } }),
      ),
    );
    expect(where(issues)).toEqual([
      ['test.attack', 'conditions.priority', 'invalid_priority'],
      ['test.attack', 'conditions.name', 'invalid_name'],
    ]);
  });

  it('an unknown key beside all, any or not is refused', () => {
    expect(where(issuesOf(withRules(rule({ conditions: { all: [], colour: 'red' } }))))).toEqual([
      ['test.attack', 'conditions.colour', 'unrecognized_key'],
    ]);
  });
});

describe('fact params', () => {
  it('params of the wrong type, or that the fact does not take, are named at their path', () => {
    const issues = issuesOf(
      withRules(
        rule({
          conditions: {
            all: [
              { fact: 'coveredRun', params: { endOffset: 'last' }, operator: 'greaterThan', value: 0 },
              { fact: 'observedConditions', params: { except: 'diabetes_mellitus' }, operator: 'contains', value: 'x' },
              { fact: 'age', params: { years: 2 }, operator: 'greaterThan', value: 0 },
              { fact: 'coveredRun', params: { endOffset: 1e9 }, operator: 'greaterThan', value: 0 },
            ],
          },
          event: { type: 'insurance-basis' },
        }),
      ),
    );
    expect(where(issues)).toEqual([
      ['test.attack', 'conditions.all.0.params.endOffset', 'invalid_type'],
      ['test.attack', 'conditions.all.1.params.except', 'invalid_type'],
      ['test.attack', 'conditions.all.2.params.years', 'unrecognized_key'],
      ['test.attack', 'conditions.all.3.params.endOffset', 'too_big'],
    ]);
  });

  it('a fact reference in an event param is checked the same way', () => {
    const issues = issuesOf(
      withRules(rule({ event: { type: 'notice', params: { since: { fact: 'categoryValidThrough', params: { category: 7 } } } } })),
    );
    expect(where(issues)).toEqual([['test.attack', 'event.params.since.params.category', 'invalid_type']]);
  });
});

describe('event params', () => {
  const service = (params: Record<string, unknown>) =>
    rule({ event: { type: 'service', params: { services: ['phc'], payer: 'gobmp', ...params } } });

  it('a payer "martians", an unknown service and a ground other than regardless are refused', () => {
    const issues = issuesOf(withRules(service({ payer: 'martians', services: ['phc', 'spa'], ground: 'luck' })));
    expect(where(issues).map(([, path, code]) => `${path} ${code}`)).toEqual([
      'event.params.services.1 invalid_value',
      'event.params.payer invalid_value',
      'event.params.ground invalid_value',
    ]);
  });

  it('a next step needs its code; its order, amount, deadline and links have their types', () => {
    const issues = issuesOf(
      withRules(rule({ event: { type: 'next-step', params: { order: 'first', amountKzt: -5, deadline: 'soon', links: 'https://x' } } })),
    );
    expect(where(issues).map(([, path]) => path)).toEqual([
      'event.params.step',
      'event.params.order',
      'event.params.amountKzt',
      'event.params.deadline',
      'event.params.links',
    ]);
  });

  it('the structural params are written out, never read from a fact', () => {
    expect(where(issuesOf(withRules(service({ services: { fact: 'activeCategories' } }))))).toEqual([
      ['test.attack', 'event.params.services', 'invalid_params'],
    ]);
  });

  it('quotas come from the quotaUsage fact, never written out', () => {
    const issues = issuesOf(withRules(rule({ event: { type: 'quotas', params: { quotas: [{ service: 'therapist' }] } } })));
    expect(where(issues)).toEqual([['test.attack', 'event.params.quotas', 'invalid_type']]);
  });

  it('a reason or message key named like an Object method is accepted, and gives no inherited message', async () => {
    const ruleset = withRules(rule({ event: { type: 'notice', params: { reason: 'toString', messageKey: 'hasOwnProperty' } } }));
    const d = await createEvaluator({ ruleset: ruleset as never }).evaluate(
      { person: { birthDate: '1990-01-01', sex: 'male' }, residency: { status: 'citizen' } },
      { asOf: '2025-06-15' },
    );
    expect(d.reasons.find((r) => r.ruleId === 'test.attack')).toMatchObject({ code: 'toString', message: 'hasOwnProperty' });
    expect(decisionSchema.safeParse(d).success).toBe(true);
  });
});

describe('parameters with upper bounds', () => {
  it.each([
    ['contributions.graceMonths', 1e9],
    ['contributions.consecutiveMonths', 121],
    ['debt.capMonths', 121],
    ['pregnancy.maxDays', 401],
    ['stateCategories.childUnderAge', 101],
  ])('%s = %d is refused: no parameter can make an evaluation loop for long', (path, value) => {
    const ruleset = loadRuleset();
    const keys = path.split('.');
    (ruleset.parameters as Record<string, Record<string, unknown>>)[keys[0] as string]![keys[1] as string] = value;
    expect(where(issuesOf(ruleset))).toEqual([[null, `parameters.${path}`, 'too_big']]);
  });

  it('a quota service must be one of the quota table, and at most 100 quotas', () => {
    const ruleset = loadRuleset();
    ruleset.parameters.quotas = [{ service: 'spa', limit: 1, per: 'calendar_year' }] as never;
    expect(where(issuesOf(ruleset))).toEqual([[null, 'parameters.quotas.0.service', 'invalid_value']]);
  });
});

describe('values that are not plain JSON', () => {
  it('a __proto__ or constructor key inside a condition node is reported, not dropped', () => {
    const condition = JSON.parse('{"fact":"age","operator":"greaterThan","value":0,"__proto__":{"polluted":true}}');
    const block = JSON.parse('{"all":[],"constructor":{"name":"x"}}');
    const issues = issuesOf(withRules(rule({ conditions: { all: [condition, block] } })));
    expect(where(issues)).toEqual([
      ['test.attack', 'conditions.all.0.__proto__', 'forbidden_key'],
      ['test.attack', 'conditions.all.1.constructor', 'forbidden_key'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a function, a cycle, a Date, NaN and undefined in a list are refused with their paths', () => {
    const cyclic: Record<string, unknown> = { fact: 'age', operator: 'greaterThan', value: 0 };
    cyclic.params = cyclic;
    const issues = issuesOf(
      withRules(
        rule({
          conditions: {
            all: [
              cyclic,
              { fact: 'age', operator: 'greaterThan', value: () => 1 },
              { fact: 'asOf', operator: 'equal', value: new Date(0) },
            ],
          },
        }),
        rule({
          meta: { ...rule().meta, id: 'test.other' },
          conditions: { all: [{ fact: 'age', operator: 'in', value: [Number.NaN, undefined] }] },
        }),
      ),
    );
    expect(where(issues)).toEqual([
      ['test.attack', 'conditions.all.0.params', 'cycle'],
      ['test.attack', 'conditions.all.1.value', 'invalid_value'],
      ['test.attack', 'conditions.all.2.value', 'invalid_value'],
      ['test.other', 'conditions.all.0.value.0', 'invalid_value'],
      ['test.other', 'conditions.all.0.value.1', 'invalid_value'],
    ]);
  });

  it('createEvaluator reports a function in the ruleset as a RuleValidationError, not a DataCloneError', () => {
    const ruleset = withRules(rule({ event: { type: 'notice', params: { f: () => 0 } } }));
    expect(() => createEvaluator({ ruleset: ruleset as never })).toThrow(RuleValidationError);
  });

  it('conditions nested deeper than 32 levels, or values deeper than 100, are refused instead of overflowing the stack', () => {
    const nest = (levels: number) => {
      let node: unknown = { fact: 'age', operator: 'greaterThan', value: 0 };
      for (let i = 0; i < levels; i++) node = { all: [node] };
      return node as Record<string, unknown>;
    };
    // nest(33): blocks at depths 0 … 32, the condition at depth 33.
    const deep = issuesOf(withRules(rule({ conditions: nest(33) })));
    expect(where(deep)).toEqual([['test.attack', ['conditions', ...Array(33).fill('all.0')].join('.'), 'too_deep']]);
    const deeper = issuesOf(withRules(rule({ conditions: nest(5000) })));
    expect(deeper).toHaveLength(1);
    expect(deeper[0]).toMatchObject({ ruleId: 'test.attack', code: 'too_deep' });
    expect(validateRuleset(withRules(rule({ conditions: nest(31) }))).rules.at(-1)?.meta.id).toBe('test.attack');
  });
});

describe('many rules', () => {
  it('10,000 versions of one id are each reported as overlapping, in one pass', () => {
    const ruleset = { ...loadRuleset(), rules: Array.from({ length: 10_000 }, () => rule()) };
    const issues = issuesOf(ruleset);
    expect(issues).toHaveLength(9_999);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['overlapping_periods']));
  });

  it('more than 10,000 rules are refused at rules', () => {
    const ruleset = { ...loadRuleset(), rules: Array.from({ length: 10_001 }, () => rule()) };
    expect(where(issuesOf(ruleset))).toEqual([[null, 'rules', 'too_big']]);
  });
});

describe('sources from the bibliography', () => {
  it('a source document without a bibliography entry is refused; one added to parameters.bibliography is accepted and titled', async () => {
    const cited = rule({ meta: { ...rule().meta, sources: [{ document: 'law:Order 42' }] } });
    expect(where(issuesOf(withRules(cited)))).toEqual([['test.attack', 'meta.sources.0.document', 'unknown_source']]);
    const ruleset = withRules(cited);
    ruleset.parameters.bibliography['law:Order 42'] = { ru: 'Приказ 42', kk: '42 бұйрық', en: 'Order 42', ky: '42-буйрук' };
    const d = await createEvaluator({ ruleset: ruleset as never }).evaluate(
      { person: { birthDate: '1990-01-01', sex: 'male' }, residency: { status: 'citizen' } },
      { asOf: '2025-06-15', locale: 'en' },
    );
    expect(d.reasons.find((r) => r.ruleId === 'test.attack')?.source).toEqual({ document: 'law:Order 42', title: 'Order 42' });
  });
});
