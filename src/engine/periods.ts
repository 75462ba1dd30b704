import { shiftDays } from '../calendar/months';
import { isParamRef } from '../language/param-ref';
import { changeDatesOf } from '../parameters/dated';
import type { RuleFile } from '../ruleset/schema';

/** The paths of every `{ "param": … }` reference of the rules. */
export function referencedParameters(rules: readonly RuleFile[]): Set<string> {
  const paths = new Set<string>();
  const walk = (node: unknown): void => {
    if (isParamRef(node)) paths.add(node.param);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  for (const rule of rules) {
    walk(rule.conditions);
    walk(rule.event);
  }
  return paths;
}

/**
 * The dates on which the compiled rules change: every `effective.from`, the day after every
 * `effective.to`, and every date on which a parameter a rule refers to takes a new value
 * (`parameters`, when given), sorted. Between two of them the same rules are in force with the
 * same parameters, so one compiled set serves every date of the period.
 */
export function periodBoundaries(rules: readonly RuleFile[], parameters?: unknown): string[] {
  const dates = rules.flatMap((r) => [
    r.meta.effective.from,
    ...(r.meta.effective.to === undefined ? [] : [shiftDays(r.meta.effective.to, 1)]),
  ]);
  if (parameters !== undefined) dates.push(...changeDatesOf(parameters, referencedParameters(rules)));
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
export const inForce = (rule: RuleFile, asOf: string): boolean =>
  rule.meta.effective.from <= asOf && (rule.meta.effective.to === undefined || asOf <= rule.meta.effective.to);
