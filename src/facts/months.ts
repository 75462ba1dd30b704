/**
 * Calendar months as integers (year × 12 + month − 1) and ISO date helpers.
 * Dates are handled as `YYYY-MM-DD` strings and converted with date-fns in UTC-free
 * local arithmetic: only the calendar date matters, never the time or the clock.
 */
import { addDays, addMonths, endOfMonth, format, parseISO } from 'date-fns';

export type MonthIndex = number;

export function monthIndex(value: string): MonthIndex {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  return year * 12 + (month - 1);
}

export function monthString(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // Years are four digits: the profile schema accepts no date before 1900.
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function firstDayOfMonth(index: MonthIndex): string {
  return `${monthString(index)}-01`;
}

export function lastDayOfMonth(index: MonthIndex): string {
  return format(endOfMonth(parseISO(firstDayOfMonth(index))), 'yyyy-MM-dd');
}

export function shiftDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

export function shiftMonths(date: string, months: number): string {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}


/** Full years between `birthDate` and `on` (the birthday itself counts). */
export function fullYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** Full months from `from` to `on`, as date-fns `differenceInMonths` counts them. */
export function fullMonths(from: string, on: string): number {
  let months = monthIndex(on) - monthIndex(from);
  if (shiftMonths(from, months) > on) months -= 1;
  return months;
}

/** The last value whose `from` ≤ `date` and (`to` absent or ≥ `date`). */
export function valueOn<T>(values: readonly { from: string; to?: string | undefined; value: T }[], date: string): T | undefined {
  let found: T | undefined;
  for (const entry of values) {
    if (entry.from <= date && (entry.to === undefined || entry.to >= date)) found = entry.value;
  }
  return found;
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
