import { expect } from 'vitest';
import { RuleValidationError, validateRuleset } from '../../src';
import type { RuleIssue } from '../../src/errors';

/** The issues validateRuleset reports for `input`; fails the test when it reports none or throws something else. */
export function ruleIssuesOf(input: unknown): RuleIssue[] {
  try {
    validateRuleset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleValidationError);
    return (error as RuleValidationError).issues;
  }
  throw new Error('expected RuleValidationError');
}
