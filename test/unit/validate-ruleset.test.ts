import { describe, expect, it } from 'vitest';
import { RuleValidationError, loadRuleset, validateRuleset } from '../../src';
import { createEvaluator } from '../support/untyped';
import type { RuleFile } from '../../src';

const rule = (overrides: Partial<RuleFile> & { conditions?: unknown } = {}): RuleFile =>
  ({
    meta: {
      id: 'test.rule',
      title: 'Test',
      description: 'A test rule',
      sources: [{ document: 'seed:002' }],
      effective: { from: '2020-01-01' },
    },
    conditions: { all: [{ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'citizen' }] },
    event: { type: 'notice' },
    ...overrides,
  }) as RuleFile;

const issuesOf = (extra: unknown[]) => {
  const ruleset = loadRuleset();
  try {
    validateRuleset({ ...ruleset, rules: [...ruleset.rules, ...extra] });
  } catch (error) {
    expect(error).toBeInstanceOf(RuleValidationError);
    return (error as RuleValidationError).issues;
  }
  throw new Error('expected RuleValidationError');
};

describe('validateRuleset', () => {
  it('the shipped ruleset is valid', () => {
    expect(validateRuleset(loadRuleset()).rules.length).toBe(loadRuleset().rules.length);
  });

  it('a JSONPath filter expression in a path is rejected with the rule id and the path inside the rule', () => {
    const issues = issuesOf([
      rule({ conditions: { all: [{ fact: 'profile', path: '$..[?(@.constructor)]', operator: 'equal', value: 1 }] } }),
    ]);
    expect(issues).toEqual([expect.objectContaining({ ruleId: 'test.rule', path: ['conditions', 'all', 0, 'path'], code: 'unsafe_path' })]);
  });

  it('a prototype key in a path, a fact reference or a value is rejected', () => {
    const issues = issuesOf([
      rule({
        conditions: {
          any: [
            { fact: 'profile', path: 'person.__proto__', operator: 'equal', value: 1 },
            { fact: 'age', operator: 'equal', value: { fact: 'profile', path: 'constructor.name' } },
          ],
        },
      }),
    ]);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['conditions.any.0.path', 'conditions.any.1.value.path']);
  });

  it('unknown facts and operators, and facts of a later stage, are rejected', () => {
    const issues = issuesOf([
      rule({
        conditions: {
          all: [
            { fact: 'salary', operator: 'equal', value: 1 },
            { fact: 'age', operator: 'regex', value: '.*' },
            { fact: 'arrears', operator: 'equal', value: 1 },
          ],
        },
      }),
    ]);
    expect(issues.map((i) => i.code)).toEqual(['unknown_fact', 'unknown_operator', 'unknown_fact']);
  });

  it('a rule without sources or without an effective period is rejected', () => {
    const noSources = rule();
    noSources.meta = { ...noSources.meta, sources: [] };
    const noPeriod = rule();
    delete (noPeriod.meta as { effective?: unknown }).effective;
    const issues = issuesOf([noSources, noPeriod]);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['meta.sources', 'meta.effective']);
  });

  it('two versions of one id in force on the same day are rejected; consecutive versions are not', () => {
    const v1 = rule();
    v1.meta = { ...v1.meta, effective: { from: '2020-01-01', to: '2025-12-31' } };
    const v2 = rule();
    v2.meta = { ...v2.meta, effective: { from: '2026-01-01' } };
    expect(() => validateRuleset({ ...loadRuleset(), rules: [...loadRuleset().rules, v1, v2] })).not.toThrow();
    const v3 = rule();
    v3.meta = { ...v3.meta, effective: { from: '2025-06-01' } };
    expect(issuesOf([v1, v3]).map((i) => i.code)).toEqual(['overlapping_periods']);
  });

  it('a parameter reference that resolves to nothing is rejected', () => {
    const issues = issuesOf([
      rule({ conditions: { all: [{ fact: 'age', operator: 'lessThan', value: { param: 'stateCategories.adultAge' } }] } }),
    ]);
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown_parameter', path: ['conditions', 'all', 0, 'value', 'param'] })]);
  });

  it('consecutiveMonths must be a plain number', () => {
    const ruleset = loadRuleset();
    (ruleset.parameters.contributions as Record<string, unknown>).consecutiveMonths = { value: 12 };
    expect(() => validateRuleset(ruleset)).toThrow(RuleValidationError);
  });

  it('an evaluator is never built from an unsafe ruleset, so the unsafe path can never run', () => {
    const ruleset = loadRuleset();
    ruleset.rules.push(rule({ conditions: { all: [{ fact: 'profile', path: '$..[?(@.x)]', operator: 'equal', value: 1 }] } }));
    expect(() => createEvaluator({ ruleset })).toThrow(RuleValidationError);
  });
});

describe('a modified ruleset changes decisions', () => {
  const sixPayments = {
    person: { birthDate: '1990-04-12', sex: 'male' },
    residency: { status: 'citizen' },
    payments: Array.from({ length: 6 }, (_, i) => ({
      kind: 'self_payer',
      period: `2025-0${i + 1}`,
      paidOn: `2025-0${i + 1}-20`,
      amountKzt: 4250,
    })),
  };

  it('with consecutiveMonths set to 6, six payments give the status; with the shipped 12 they do not', async () => {
    const ruleset = loadRuleset();
    (ruleset.parameters.contributions as Record<string, unknown>).consecutiveMonths = 6;
    expect((await createEvaluator({ ruleset }).evaluate(sixPayments, { asOf: '2025-07-15' })).insurance.status).toBe('insured');
    expect((await createEvaluator().evaluate(sixPayments, { asOf: '2025-07-15' })).insurance.status).toBe('not_insured');
  });

  it('changing the ruleset after creating the evaluator does not change that evaluator', async () => {
    const ruleset = loadRuleset();
    const evaluator = createEvaluator({ ruleset });
    (ruleset.parameters.contributions as Record<string, unknown>).consecutiveMonths = 6;
    expect((await evaluator.evaluate(sixPayments, { asOf: '2025-07-15' })).insurance.status).toBe('not_insured');
  });
});

describe('removing and adding rules', () => {
  it('without gobmp.full.refugee a refugee has no free package and no palliative care', async () => {
    const ruleset = loadRuleset();
    ruleset.rules = ruleset.rules.filter((r) => r.meta.id !== 'gobmp.full.refugee');
    const d = await createEvaluator({ ruleset }).evaluate(
      { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'refugee' } },
      { asOf: '2025-06-15' },
    );
    expect(d.packages.gobmp).toBe('none');
    expect(d.services.palliative.covered).toBe(false);
  });

  it('an added rule covering vaccination of temporary residents changes their decision, with the new rule as reason', async () => {
    const ruleset = loadRuleset();
    ruleset.rules.push({
      meta: {
        id: 'services.gobmp.vaccination-temporary',
        title: 'Test',
        description: 'A rule author experiment',
        sources: [{ document: 'law:Law on OSMS' }],
        effective: { from: '2025-01-01' },
      },
      conditions: { all: [{ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'temporary_resident' }] },
      event: { type: 'service', params: { services: ['vaccination'], payer: 'gobmp' } },
    } as RuleFile);
    const migrant = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'temporary_resident' } };
    expect((await createEvaluator().evaluate(migrant, { asOf: '2025-06-15' })).services.vaccination.covered).toBe(false);
    expect((await createEvaluator({ ruleset }).evaluate(migrant, { asOf: '2025-06-15' })).services.vaccination).toMatchObject({
      covered: true,
      payer: 'gobmp',
      reasons: ['services.gobmp.vaccination-temporary'],
    });
  });
});
