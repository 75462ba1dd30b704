/** One problem with an input, as data (zod style). */
export interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** One problem with a ruleset: the rule it belongs to (`null` for the ruleset itself) and the path inside it. */
export interface RuleIssue extends Issue {
  ruleId: string | null;
}

/**
 * Thrown (or returned) when a profile or the evaluation options are invalid.
 * `issues` lists every problem at once, each with its path.
 *
 * @example
 * try { await evaluate({}) } catch (error) {
 *   if (error instanceof ProfileValidationError) console.log(error.issues.map((i) => i.path.join('.')))
 * }
 */
export class ProfileValidationError extends Error {
  readonly code = 'PROFILE_INVALID';
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(`Invalid profile: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'ProfileValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown by `validateRuleset` (and `createEvaluator`) when a ruleset is unsafe or malformed.
 *
 * @example
 * try { validateRuleset({ version: 'x', parameters: {}, rules: [{}] }) } catch (error) {
 *   if (error instanceof RuleValidationError) console.log(error.issues[0]?.ruleId)
 * }
 */
export class RuleValidationError extends Error {
  readonly code = 'RULESET_INVALID';
  readonly issues: RuleIssue[];
  constructor(issues: RuleIssue[]) {
    super(`Invalid ruleset: ${issues.map((i) => `${i.ruleId ?? '(ruleset)'} ${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'RuleValidationError';
    this.issues = issues;
  }
}
