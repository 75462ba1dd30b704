/**
 * One problem with an input, as data (zod style).
 *
 * @example
 * const issue: Issue = { path: ['payments', 0, 'period'], code: 'invalid_month', message: 'Expected a real calendar month YYYY-MM' }
 */
export interface Issue {
  /** Where the problem is: keys and array indexes from the root of the input. */
  path: (string | number)[];
  /** A stable code (`invalid_date`, `before_birth`, `unrecognized_key`, …). */
  code: string;
  /** The problem in words, in the evaluation's locale. */
  message: string;
}

/**
 * One problem with a ruleset: the rule it belongs to (`null` for the ruleset itself) and the path inside it.
 *
 * @example
 * const issue: RuleIssue = { ruleId: 'osms.debt', path: ['conditions', 'all', 0, 'path'], code: 'unsafe_path', message: '…' }
 */
export interface RuleIssue extends Issue {
  /** The rule's `meta.id`, or `rules[n]` when it has none. */
  ruleId: string | null;
}

// Brands shared by every copy of the library (its ESM and CommonJS files, two versions in one
// app): `instanceof` checks the brand, not the class object, so an error from one copy is
// recognised by another.
const PROFILE_INVALID = Symbol.for('kz-health-coverage/ProfileValidationError');
const RULESET_INVALID = Symbol.for('kz-health-coverage/RuleValidationError');
const branded = (value: unknown, brand: symbol) =>
  typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;

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
  /** `error instanceof ProfileValidationError` holds across the ESM and CommonJS copies of the library. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, PROFILE_INVALID);
  }
  readonly [PROFILE_INVALID] = true;
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
  /** `error instanceof RuleValidationError` holds across the ESM and CommonJS copies of the library. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, RULESET_INVALID);
  }
  readonly [RULESET_INVALID] = true;
  readonly code = 'RULESET_INVALID';
  readonly issues: RuleIssue[];
  constructor(issues: RuleIssue[]) {
    super(`Invalid ruleset: ${issues.map((i) => `${i.ruleId ?? '(ruleset)'} ${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'RuleValidationError';
    this.issues = issues;
  }
}
