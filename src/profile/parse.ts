import type * as z from 'zod';
import data from '../generated/data.json';
import { type Issue, ProfileValidationError } from '../errors';
import { type CrossFieldLimits, crossFieldIssues } from './cross-field';
import type { Locale } from '../messages/format';
import { validationMessage } from '../messages/validation';
import { quickParse } from './quick-parse';
import { LIMITS, type Profile, profileSchema } from './schema';
import { isSupportedDate } from '../calendar/dates';

/** The shipped value of the cross-field limits (an evaluator uses its own ruleset's). */
const SHIPPED_LIMITS: CrossFieldLimits = {
  pregnancyMinAgeYears: data.parameters.pregnancy.minAgeYears.values.at(-1)?.value as number,
};

/** The message of a zod issue in a locale (src/messages/validation.json). */
function localMessage(issue: z.core.$ZodIssue, code: string, locale: Locale): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? validationMessage(locale, 'required')
        : validationMessage(locale, 'invalid_type', { expected: issue.expected });
    case 'too_big':
      return validationMessage(locale, `too_big.${issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number'}`, {
        maximum: Number(issue.maximum),
      });
    case 'too_small':
      return validationMessage(locale, `too_small.${issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number'}`, {
        minimum: Number(issue.minimum),
      });
    case 'invalid_value':
      return validationMessage(locale, 'invalid_value', { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return validationMessage(locale, 'invalid_format');
    case 'custom':
      return validationMessage(locale, code, { earliest: LIMITS.earliestDate, latest: LIMITS.latestDate });
    default:
      return validationMessage(locale, 'invalid');
  }
}

/**
 * zod issues as our plain issues; an unknown key becomes one issue at that key's path. With a
 * locale, each message is that locale's (profiles); without, zod's own English (rulesets).
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], locale?: Locale): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: 'unrecognized_key',
        message: validationMessage(locale ?? 'en', 'unrecognized_key', { key }),
      }));
    }
    const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    const code = custom ?? issue.code;
    // zod/mini carries no locale: its own message is "Invalid input" unless a schema wrote one.
    const written = issue.message !== '' && !issue.message.startsWith('Invalid input');
    return [{ path, code, message: locale === undefined && written ? issue.message : localMessage(issue, code, locale ?? 'en') }];
  });
}

/** Whether a raw input holds an `asOf` of its own (valid or not: the schema judges it). */
export function givesAsOf(input: unknown): boolean {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, 'asOf') && (input as { asOf?: unknown }).asOf !== undefined;
}

/**
 * Validates a profile and returns it, or the `ProfileValidationError` listing every problem.
 *
 * @example
 * const result = safeParseProfile({ person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } })
 * if (result.success) console.log(result.data.residency.status) // 'citizen'
 */
export function safeParseProfile(
  input: unknown,
  options: { locale?: Locale } = {},
): { success: true; data: Profile } | { success: false; error: ProfileValidationError } {
  const { data, issues } = checkProfile(copyTopLevel(input), undefined, SHIPPED_LIMITS, options.locale ?? 'ru');
  if (data !== undefined && issues.length === 0) return { success: true, data };
  return { success: false, error: new ProfileValidationError(issues) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A plain object's top-level keys, each read once: the checks and the evaluation then read the
 * copy, so a getter cannot pass the checks and then change. Anything else is returned as it is.
 */
export function copyTopLevel(input: unknown): unknown {
  return isRecord(input) ? { ...input } : input;
}

/**
 * The input with every array longer than the limit, down to the profile's deepest arrays
 * (`insurance[].covers`, `fundStatement.debtMonths`), replaced by `[]` and reported as `too_big`
 * from its length alone: a sparse array of 2³² − 1 slots is never walked.
 */
function boundArrays(value: unknown, path: (string | number)[], levels: number, issues: Issue[], locale: Locale): unknown {
  if (Array.isArray(value)) {
    if (value.length > LIMITS.arrayItems) {
      issues.push({ path, code: 'too_big', message: validationMessage(locale, 'too_big.array', { maximum: LIMITS.arrayItems }) });
      return [];
    }
    if (levels === 0) return value;
    // By index, never through the array's own methods (an own `constructor` breaks map).
    const items: unknown[] = [];
    let changed = false;
    for (let i = 0; i < value.length; i++) {
      const item = boundArrays(value[i], [...path, i], levels - 1, issues, locale);
      items.push(item);
      if (item !== value[i]) changed = true;
    }
    return changed ? items : value;
  }
  if (!isRecord(value) || levels === 0) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const bounded = boundArrays(item, [...path, key], levels - 1, issues, locale);
    if (bounded !== item) (copy ??= { ...value })[key] = bounded;
  }
  return copy ?? value;
}

/**
 * Every problem of a raw profile, of shape and across fields, for an evaluation on `asOf`
 * (default: the profile's own asOf); the parsed profile when its shape is valid.
 */
export function checkProfile(
  raw: unknown,
  asOf: string | undefined,
  limits: CrossFieldLimits,
  locale: Locale,
  /** false: zod judges every input (the differential test of the fast path compares both). */
  fastPath = true,
): { data: Profile | undefined; issues: Issue[] } {
  // The fast path: a profile certainly valid in shape is copied once and checked across fields on the copy.
  const quick = fastPath ? quickParse(raw) : undefined;
  if (quick !== undefined) return { data: quick, issues: crossFieldIssues(quick, asOf ?? quick.asOf, limits, locale) };
  const sizeIssues: Issue[] = [];
  const input = boundArrays(raw, [], 3, sizeIssues, locale);
  // reportInput: an issue then says whether the value was missing ("required") or of another type.
  const result = profileSchema.safeParse(input, { reportInput: true });
  const ownAsOf = typeof input === 'object' && input !== null ? (input as { asOf?: unknown }).asOf : undefined;
  const on = asOf ?? (isSupportedDate(ownAsOf) ? ownAsOf : undefined);
  const shapeIssues = result.success ? [] : toIssues(result.error.issues, locale);
  const issues = [...sizeIssues, ...shapeIssues, ...crossFieldIssues(input, on, limits, locale)];
  return { data: result.success && sizeIssues.length === 0 ? result.data : undefined, issues };
}

/**
 * Validates a profile and returns it; throws `ProfileValidationError` with every problem.
 *
 * @example
 * const profile = parseProfile({ person: { birthDate: '2020-02-01', sex: 'female' }, residency: { status: 'citizen' } })
 */
export function parseProfile(input: unknown, options: { locale?: Locale } = {}): Profile {
  const result = safeParseProfile(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
