/** Employment: the kinds active on asOf and the periods in which an employment of given kinds was active. */
import { t } from '../language/types';
import { employmentKinds } from '../language/codes';
import { type DateInterval, mergeIntervals } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, none } from './fact';

/** The employment kinds active on asOf. */
export function activeEmploymentKinds(a: Almanac): string[] {
  const kinds = (a.profile.employment ?? [])
    .filter((e) => (e.since ?? '') <= a.asOf && (e.until === undefined || a.asOf <= e.until))
    .map((e) => e.kind);
  return [...new Set(kinds)].sort();
}

/** The periods in which an employment of `kinds` was active, merged (an employment without since counts from the birth date). */
export function employmentPeriods(a: Almanac, kinds: readonly string[]): DateInterval[] {
  return a.once(`employmentPeriods:${JSON.stringify(kinds)}`, () => {
    const birth = a.profile.person.birthDate;
    return mergeIntervals(
      (a.profile.employment ?? []).filter((e) => kinds.includes(e.kind)).map((e) => ({ from: e.since ?? birth, to: e.until ?? null })),
    );
  });
}

export const employmentFacts = {
  activeEmploymentKinds: { stage: 'eligibility', type: t.list(t.code(employmentKinds)), params: none, value: activeEmploymentKinds },
} satisfies FactTable;
