import type * as z from 'zod';
import thresholds from '../../data/thresholds.json';
import { type Issue, ProfileValidationError } from '../errors';
import { type CrossFieldLimits, crossFieldIssues } from './cross-field';
import { type Profile, isSupportedDate, profileSchema } from './schema';

/** The shipped value of the cross-field limits (an evaluator uses its own ruleset's). */
const SHIPPED_LIMITS: CrossFieldLimits = {
  pregnancyMinAgeYears: thresholds.values.find((v) => v.path === 'pregnancy.minAgeYears')?.value as number,
};

/** zod issues as our plain issues; an unknown key becomes one issue at that key's path. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unrecognized_key', message: `Unknown key "${key}"` }));
    }
    const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    return [{ path, code: custom ?? issue.code, message: issue.message }];
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
export function safeParseProfile(input: unknown): { success: true; data: Profile } | { success: false; error: ProfileValidationError } {
  const { data, issues } = checkProfile(input, undefined, SHIPPED_LIMITS);
  if (data !== undefined && issues.length === 0) return { success: true, data };
  return { success: false, error: new ProfileValidationError(issues) };
}

/**
 * Every problem of a raw profile, of shape and across fields, for an evaluation on `asOf`
 * (default: the profile's own asOf); the parsed profile when its shape is valid.
 */
export function checkProfile(input: unknown, asOf: string | undefined, limits: CrossFieldLimits): { data: Profile | undefined; issues: Issue[] } {
  const result = profileSchema.safeParse(input);
  const ownAsOf = typeof input === 'object' && input !== null ? (input as { asOf?: unknown }).asOf : undefined;
  const on = asOf ?? (isSupportedDate(ownAsOf) ? ownAsOf : undefined);
  const issues = [...(result.success ? [] : toIssues(result.error.issues)), ...crossFieldIssues(input, on, limits)];
  return { data: result.success ? result.data : undefined, issues };
}

/**
 * Validates a profile and returns it; throws `ProfileValidationError` with every problem.
 *
 * @example
 * const profile = parseProfile({ person: { birthDate: '2020-02-01', sex: 'female' }, residency: { status: 'citizen' } })
 */
export function parseProfile(input: unknown): Profile {
  const result = safeParseProfile(input);
  if (!result.success) throw result.error;
  return result.data;
}
