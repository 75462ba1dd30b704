/**
 * State categories: which are in force on asOf, until when, and the periods in which the state
 * covered the person. Law they serve: RULES.md 3 (the state pays for its categories — seed 002
 * «Жарна – мемлекет»; revision 3: months the state covered count for the 12 payments and the
 * grace) and 3.1 (a category counts only for the residency classes and, for some, only with the
 * proof of parameters.stateCategories.countsOnlyWhen — a domestic student only with NOBD).
 */
import * as z from 'zod/mini';
import type { StateCategory } from '../profile/schema';
import { t } from '../language/types';
import { motherAwards, stateCategoryCodes } from '../language/codes';
import { safePathResolver } from '../language/path';
import {
  type DateInterval,
  type MonthIndex,
  anniversary,
  fullMonths,
  intervalsTouch,
  latestEnd,
  mergeIntervals,
  monthIndex,
  shiftDays,
  shiftMonths,
} from '../calendar/months';
import type { Almanac } from './almanac';
import { employmentPeriods } from './employment';
import { type FactTable, code, none, params, text } from './fact';
import { age } from './person';
import { pregnancyLastDay } from './pregnancy';

/** The periods of state cover (see inForce). */
export interface InForce {
  records: DateInterval[];
  all: DateInterval[];
  state: DateInterval[];
  covers: DateInterval[];
}

/** The birthday that ends childhood (29 February: 1 March in a common year). */
const childUntil = (a: Almanac): string => anniversary(a.profile.person.birthDate, a.parameters.stateCategories.childUnderAge);

/** The last day a category record is in force: its `until`, or earlier when the category ends by itself (parameters.stateCategories.maxMonths). */
function recordEnd(a: Almanac, r: { category: string; since: string; until?: string | undefined }): string | null {
  const { maxMonths } = a.parameters.stateCategories;
  const max = Object.hasOwn(maxMonths, r.category) ? maxMonths[r.category] : undefined;
  const cap = max === undefined ? undefined : shiftDays(shiftMonths(r.since, max), -1);
  if (r.until === undefined) return cap ?? null;
  return cap !== undefined && cap < r.until ? cap : r.until;
}

/**
 * Whether a category counts for this person at all: not for a residency class of
 * parameters.stateCategories.notForResidency, and, for a category of
 * stateCategories.countsOnlyWhen, only when the profile holds one of its alternatives
 * (every path with its value). A category that does not count is never in force.
 */
function categoryCounts(a: Almanac, category: string): boolean {
  const { notForResidency, countsOnlyWhen } = a.parameters.stateCategories;
  if ((notForResidency as readonly string[]).includes(a.profile.residency.status)) return false;
  const alternatives = Object.hasOwn(countsOnlyWhen, category) ? countsOnlyWhen[category] : undefined;
  return (
    alternatives === undefined ||
    alternatives.some((required) => Object.entries(required).every(([path, value]) => safePathResolver(a.profile, path) === value))
  );
}

/**
 * The periods in which a state category was in force, merged: `records` from the profile's
 * category records within their own limits, plus childhood (until the day before the 18th
 * birthday); `all` also holds disability and a full-time study, which the profile states
 * without dates and so count for every month up to asOf. Only categories that count
 * (categoryCounts). `state` and `covers` add the periods of an employment of
 * parameters.contributions.stateCoveredEmploymentKinds to `records` and `all`: the state
 * covers those months too (not for a class of stateCategories.notForResidency).
 */
export function inForce(a: Almanac): InForce {
  return a.once('inForce', () => {
    const birth = a.profile.person.birthDate;
    const childhood = categoryCounts(a, 'child') ? [{ from: birth, to: shiftDays(childUntil(a), -1) }] : [];
    const recorded = (a.profile.stateCategories ?? []).filter((r) => r.category !== 'child' && categoryCounts(a, r.category));
    const records = [...recorded.map((r) => ({ from: r.since, to: recordEnd(a, r) })), ...childhood];
    const education = a.profile.education?.fullTime === true && categoryCounts(a, 'full_time_student');
    const disability = a.profile.disability !== undefined && categoryCounts(a, 'disabled');
    const undated = education || disability ? [{ from: birth, to: a.asOf }] : [];
    // A class without state categories has no state cover at all, a state-covered service included.
    const coveredClass = !(a.parameters.stateCategories.notForResidency as readonly string[]).includes(a.profile.residency.status);
    const employment = coveredClass ? employmentPeriods(a, a.parameters.contributions.stateCoveredEmploymentKinds) : [];
    return {
      records: mergeIntervals(records),
      all: mergeIntervals([...records, ...undated]),
      state: mergeIntervals([...records, ...employment]),
      covers: mergeIntervals([...records, ...undated, ...employment]),
    };
  });
}

/** The months up to C that the state covers on at least one day on or before asOf (inForce().state). */
export function stateMonths(a: Almanac): Set<MonthIndex> {
  return a.once('stateMonths', () => {
    const months = new Set<MonthIndex>();
    for (const { from, to } of inForce(a).state) {
      if (from > a.asOf) continue;
      const last = monthIndex(to === null || to > a.asOf ? a.asOf : to);
      for (let m = monthIndex(from); m <= last; m++) months.add(m);
    }
    return months;
  });
}

/** Whether the state covers asOf itself: a category in force (records, childhood, disability, study) or a state-covered employment. */
export const stateCoversAsOf = (a: Almanac): boolean => intervalsTouch(inForce(a).covers, a.asOf, a.asOf);

/** Category records active on `asOf`, plus the categories the profile shows by itself (child, full-time student, disability). */
export function activeCategories(a: Almanac): StateCategory[] {
  const active = new Set<StateCategory>();
  // Childhood comes from the birth date alone: a `child` record says nothing more.
  for (const r of a.profile.stateCategories ?? [])
    if (r.category !== 'child' && r.since <= a.asOf && (r.until === undefined || a.asOf <= r.until)) active.add(r.category);
  if (age(a) < a.parameters.stateCategories.childUnderAge) active.add('child');
  if (a.profile.education?.fullTime) active.add('full_time_student');
  if (a.profile.disability) active.add('disabled');
  return [...active].sort();
}

/** The records of `category` active on asOf. */
export function activeRecords(a: Almanac, category: string) {
  return (a.profile.stateCategories ?? []).filter(
    (r) => r.category === category && r.since <= a.asOf && (r.until === undefined || a.asOf <= r.until),
  );
}

/**
 * The last day the category lasts (a child: the day before the birthday that ends childhood;
 * a category of parameters.stateCategories.maxMonths: at most that long); `null` when open-ended.
 * With `endsWithPregnancy`, no later than the last day of the registered pregnancy.
 */
export function categoryValidThrough(a: Almanac, p: { category?: unknown; endsWithPregnancy?: unknown }): string | null {
  if (p.category === 'child') return shiftDays(childUntil(a), -1);
  // An open-ended record keeps the category open.
  const end = latestEnd(activeRecords(a, text(p.category) ?? '').map((r) => recordEnd(a, r)));
  const pregnancyEnd = p.endsWithPregnancy === true ? pregnancyLastDay(a) : null;
  if (pregnancyEnd === null) return end;
  return end === null || pregnancyEnd < end ? pregnancyEnd : end;
}

/** Full months since the latest active record of the category began; `null` when none is active. */
export function categoryMonthsElapsed(a: Almanac, p: { category?: unknown }): number | null {
  const since = activeRecords(a, text(p.category) ?? '')
    .map((r) => r.since)
    .sort()
    .at(-1);
  return since === undefined ? null : fullMonths(since, a.asOf);
}

/** Awards of the active records of `category`; a record without one gives `unstated`. */
export function categoryAwards(a: Almanac, p: { category?: unknown }): string[] {
  const awards = activeRecords(a, text(p.category) ?? '').map((r) => r.award ?? 'unstated');
  return [...new Set(awards)].sort();
}

export const categoryFacts = {
  activeCategories: { stage: 'eligibility', type: t.list(t.code(stateCategoryCodes)), params: none, value: activeCategories },
  categoryValidThrough: {
    stage: 'eligibility',
    type: t.nullable(t.date()),
    params: params(() => ({ category: z.optional(code()), endsWithPregnancy: z.optional(z.boolean()) })),
    value: categoryValidThrough,
  },
  categoryMonthsElapsed: {
    stage: 'eligibility',
    type: t.nullable(t.integer()),
    params: params(() => ({ category: z.optional(code()) })),
    value: categoryMonthsElapsed,
  },
  categoryAwards: {
    stage: 'eligibility',
    type: t.list(t.code([...motherAwards, 'unstated'])),
    params: params(() => ({ category: z.optional(code()) })),
    value: categoryAwards,
  },
} satisfies FactTable;
