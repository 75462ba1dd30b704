import { shiftDays } from '../calendar/months';
import type { RuleFile } from '../ruleset/schema';

/**
 * The dates on which the set of rules in force changes: every `effective.from` and the day
 * after every `effective.to`, sorted. Between two of them the same rules are in force, so one
 * compiled set serves every date of the period.
 */
export function periodBoundaries(rules: readonly RuleFile[]): string[] {
  const dates = rules.flatMap((r) => [r.meta.effective.from, ...(r.meta.effective.to === undefined ? [] : [shiftDays(r.meta.effective.to, 1)])]);
  return [...new Set(dates)].sort();
}

/** The number of the period `asOf` lies in (0 before the first boundary). */
export function periodOf(boundaries: readonly string[], asOf: string): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((boundaries[mid] as string) <= asOf) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a rule is in force on `asOf`. */
export const inForce = (rule: RuleFile, asOf: string): boolean => rule.meta.effective.from <= asOf && (rule.meta.effective.to === undefined || asOf <= rule.meta.effective.to);
