/**
 * Calendar months as integers (year × 12 + month − 1) and ISO date helpers.
 * Dates are `YYYY-MM-DD` strings; date-fns works on them as `UTCDateMini`s (@date-fns/utc: its
 * getters and setters are the UTC ones), so the host's time zone never changes a result and the
 * clock is never read. The minimal class, not `UTCDate`: that one builds three
 * `Intl.DateTimeFormat`s when it is imported, for string formatting we never use.
 */
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { addMonths } from 'date-fns/addMonths';
import { getDay } from 'date-fns/getDay';

export type MonthIndex = number;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A calendar date as a date-fns date in UTC. */
export function utcDate(iso: string): Date {
  return new UTCDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The calendar date of a date-fns date, read in UTC. */
export function isoOf(date: Date): string {
  return new UTCDate(date).toISOString().slice(0, 10);
}

export function monthIndex(value: string): MonthIndex {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  return year * 12 + (month - 1);
}

export function monthString(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // Years are four digits: the profile schema accepts dates from 1900 to 2100 only.
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function firstDayOfMonth(index: MonthIndex): string {
  return `${monthString(index)}-01`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The last day of a month: integer arithmetic (these run in every loop over months). */
export function lastDayOfMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${monthString(index)}-${days}`;
}

/** The date `days` later (or earlier): integer arithmetic on the day number, in UTC. */
export function shiftDays(date: string, days: number): string {
  const shifted = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days));
  return `${shifted.getUTCFullYear()}-${pad2(shifted.getUTCMonth() + 1)}-${pad2(shifted.getUTCDate())}`;
}

/**
 * date-fns `addMonths`: the same day `months` later, or the month's last day when it has no such
 * day. Integer arithmetic (it runs for quotas, category limits and condition time limits of every
 * decision); test/unit/months.test.ts holds it against date-fns itself on every day of 2019–2025.
 */
export function shiftMonths(date: string, months: number): string {
  const target = monthIndex(date) + months;
  const day = Number(date.slice(8, 10));
  const last = Number(lastDayOfMonth(target).slice(8, 10));
  return `${monthString(target)}-${pad2(day < last ? day : last)}`;
}

/** date-fns `addMonths` itself, on a UTC date: the reference `shiftMonths` is tested against. */
export function addMonthsReference(date: string, months: number): string {
  return isoOf(addMonths(utcDate(date), months));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return getDay(utcDate(date));
}

/** Days since 1970-01-01: integer arithmetic on calendar dates. */
export function dayNumber(date: string): number {
  return Math.round(utcDate(date).getTime() / 86_400_000);
}

/**
 * The day a person born on `birthDate` turns `years` old: the same month and day, and for
 * a birthday on 29 February, 1 March in a common year.
 */
export function anniversary(birthDate: string, years: number): string {
  const year = Number(birthDate.slice(0, 4)) + years;
  const monthDay = birthDate.slice(5);
  if (monthDay === '02-29' && !isLeapYear(year)) return `${year}-03-01`;
  return `${year}-${monthDay}`;
}

/** Full years between `birthDate` and `on` (the birthday itself counts; 29 February turns on 1 March in common years). */
export function fullYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on >= anniversary(birthDate, years) ? years : years - 1;
}

/** Full months from `from` to `on`, as date-fns `differenceInMonths` counts them. */
export function fullMonths(from: string, on: string): number {
  let months = monthIndex(on) - monthIndex(from);
  if (shiftMonths(from, months) > on) months -= 1;
  return months;
}

/** The latest of some end dates; `null` when there is none or one is open-ended (`null`). */
export function latestEnd(ends: readonly (string | null)[]): string | null {
  let latest: string | null = null;
  for (const end of ends) {
    if (end === null) return null;
    if (latest === null || end > latest) latest = end;
  }
  return latest;
}

/** Closed date intervals `[from, to]` (`to` null: open-ended) merged into disjoint ones, sorted. */
export interface DateInterval {
  from: string;
  to: string | null;
}

/** Merges intervals that overlap or touch (the next starts the day after one ends): n log n. */
export function mergeIntervals(intervals: readonly DateInterval[]): DateInterval[] {
  const sorted = intervals.filter((i) => i.to === null || i.from <= i.to).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: DateInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && (last.to === null || shiftDays(last.to, 1) >= interval.from)) {
      if (last.to !== null && (interval.to === null || interval.to > last.to)) last.to = interval.to;
    } else merged.push({ ...interval });
  }
  return merged;
}

/** The last of the merged intervals that starts on or before `date` (binary search); undefined when none does. */
function lastStartingBy(merged: readonly DateInterval[], date: string): DateInterval | undefined {
  let lo = 0;
  let hi = merged.length - 1;
  let found: DateInterval | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = merged[mid] as DateInterval;
    if (interval.from <= date) {
      found = interval;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether merged intervals hold every day of `[from, to]`. */
export function intervalsHold(merged: readonly DateInterval[], from: string, to: string): boolean {
  const interval = lastStartingBy(merged, from);
  return interval !== undefined && (interval.to === null || interval.to >= to);
}

/** Whether merged intervals hold any day of `[from, to]`: the last one starting by `to` reaches `from` (they are disjoint and sorted). */
export function intervalsTouch(merged: readonly DateInterval[], from: string, to: string): boolean {
  const interval = lastStartingBy(merged, to);
  return interval !== undefined && (interval.to === null || interval.to >= from);
}

/**
 * The months a date interval touches, as month indices `[first, last]` (`last` infinite when it is
 * open-ended): it touches month M when it starts by M's last day and ends on or after M's first,
 * that is when first ≤ M ≤ last. A month test without building the month's dates.
 *
 * @example
 * monthsTouched({ from: '2024-03-15', to: '2024-05-01' }) // [monthIndex('2024-03'), monthIndex('2024-05')]
 */
export function monthsTouched(interval: DateInterval): [MonthIndex, MonthIndex] {
  return [monthIndex(interval.from), interval.to === null ? Number.POSITIVE_INFINITY : monthIndex(interval.to)];
}
