import { describe, expect, it } from 'vitest';
import { loadRuleset, validateRuleset } from '../../src';
import { ruleIssuesOf } from '../support/rule-issues';

// validateRuleset checks the types of a condition: the fact's value (at its path), the operator's
// operands and the value (literal, { param } or { fact }). A condition that can never be true is
// refused with the rule id, the path of the condition and, where one helps, a hint.

const probe = (condition: unknown, type = 'notice', params: Record<string, unknown> = {}) => {
  const ruleset = loadRuleset();
  ruleset.rules.push({
    meta: { id: 'test.probe', title: 't', description: 'd', sources: [{ document: 'law:Law on OSMS' }], effective: { from: '2020-01-01' } },
    conditions: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 0 }, condition] },
    event: { type, params },
  } as never);
  return ruleset;
};
const issuesOf = (condition: unknown, type?: string, params?: Record<string, unknown>) => ruleIssuesOf(probe(condition, type, params));
const accepted = (condition: unknown, type?: string, params?: Record<string, unknown>) =>
  validateRuleset(probe(condition, type, params)).rules.length;

describe('conditions that can never be true are refused', () => {
  it('an IIN (a string) compared as a number', () => {
    expect(issuesOf({ fact: 'profile', path: 'person.iin', operator: 'greaterThan', value: 0 })).toEqual([
      expect.objectContaining({
        ruleId: 'test.probe',
        path: ['conditions', 'all', 1],
        code: 'never_true',
        message: expect.stringContaining('compares numbers'),
      }),
    ]);
  });

  it('two dates compared as numbers, with the hint to compare dates with onOrAfter / onOrBefore', () => {
    expect(issuesOf({ fact: 'asOf', operator: 'greaterThanInclusive', value: { fact: 'profile', path: 'person.birthDate' } })).toEqual([
      expect.objectContaining({
        path: ['conditions', 'all', 1],
        code: 'never_true',
        message: expect.stringContaining('dates compare with onOrAfter / onOrBefore'),
      }),
    ]);
  });

  it('a path into a string', () => {
    expect(issuesOf({ fact: 'profile', path: 'person.birthDate.length', operator: 'greaterThan', value: 3 })).toEqual([
      expect.objectContaining({
        path: ['conditions', 'all', 1, 'path'],
        code: 'unknown_path',
        message: expect.stringContaining('person.birthDate.length'),
      }),
    ]);
  });

  it('a code that is not one of the values a field can hold (a typo)', () => {
    expect(issuesOf({ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'citzen' })).toEqual([
      expect.objectContaining({ code: 'never_true', message: expect.stringContaining('no value is both') }),
    ]);
  });

  it('a field a fact does not have', () => {
    expect(issuesOf({ fact: 'packages', path: 'osmss', operator: 'equal', value: true }, 'insurance-basis')).toEqual([
      expect.objectContaining({ path: ['conditions', 'all', 1, 'path'], code: 'unknown_path' }),
    ]);
  });

  it('a list looked for with in, and a list compared with equal', () => {
    expect(issuesOf({ fact: 'activeCategories', operator: 'in', value: ['child'] })[0]).toMatchObject({
      code: 'never_true',
      message: expect.stringContaining('no item can match'),
    });
    expect(issuesOf({ fact: 'activeCategories', operator: 'equal', value: 'child' })[0]).toMatchObject({
      code: 'never_true',
      message: expect.stringContaining('use contains'),
    });
  });

  it('a number compared as a date, with the hint to compare numbers with lessThan / greaterThan', () => {
    expect(issuesOf({ fact: 'age', operator: 'onOrAfter', value: { fact: 'familyToAttach' } })[0]).toMatchObject({
      code: 'never_true',
      message: expect.stringContaining('numbers compare with lessThan / greaterThan'),
    });
  });

  it('a parameter of another type than the fact', () => {
    // esp.abolishedFrom is the month 2024-01: a whole number (the age) is never equal to it.
    expect(issuesOf({ fact: 'age', operator: 'equal', value: { param: 'esp.abolishedFrom' } })[0]).toMatchObject({
      code: 'never_true',
      message: expect.stringContaining('no value is both'),
    });
  });
});

describe('conditions that can be true are accepted', () => {
  it('the shipped rules, every one of them', () => {
    expect(validateRuleset(loadRuleset()).rules.length).toBe(loadRuleset().rules.length);
  });

  it('a code of the field, a list with contains, a date with onOrAfter, a nullable date, a list from a parameter', () => {
    const before = loadRuleset().rules.length;
    expect(accepted({ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'citizen' })).toBe(before + 1);
    expect(accepted({ fact: 'activeCategories', operator: 'contains', value: 'child' })).toBe(before + 1);
    expect(accepted({ fact: 'asOf', operator: 'onOrAfter', value: { fact: 'profile', path: 'person.birthDate' } })).toBe(before + 1);
    expect(accepted({ fact: 'expiringPolicy', operator: 'notEqual', value: null })).toBe(before + 1);
    expect(accepted({ fact: 'conditionCodes', operator: 'containsAny', value: { param: 'conditionGroups.dangerous_to_others' } })).toBe(
      before + 1,
    );
    expect(accepted({ fact: 'grace', path: 'endsOn', operator: 'onOrAfter', value: { fact: 'asOf' } }, 'insurance-basis')).toBe(before + 1);
  });
});
