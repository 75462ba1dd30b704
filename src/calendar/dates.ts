/**
 * The dates the library accepts: real calendar dates `YYYY-MM-DD` and months `YYYY-MM` within
 * 1900-01-01 … 2100-12-31, checked digit by digit (this runs for every date of a profile), and
 * their zod schemas for the profile, the parameters and the options.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';

/** The shape of a date `YYYY-MM-DD` (a shape only: isCalendarDate checks the calendar). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** The shape of a month `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-\d{2}$/;
/** The shape of a month or a date, as date operators and `from` params take them. */
export const MONTH_OR_DATE_PATTERN = /^\d{4}-\d{2}(-\d{2})?$/;

/** The dates the library models at all. */
export const DATE_LIMITS = { earliestDate: '1900-01-01', latestDate: '2100-12-31' } as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i` (0–9), or -1. */
const digit = (value: string, i: number) => {
  const code = value.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};
/** A number of `count` digits from `at`, or -1 when one of them is not a digit. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = digit(value, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A real `YYYY-MM-DD` date (any four-digit year): read digit by digit, it runs for every date of a profile. */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

export function isCalendarMonth(value: string): boolean {
  if (value.length !== 7 || value.charCodeAt(4) !== 45 || digits(value, 0, 4) < 0) return false;
  const month = digits(value, 5, 2);
  return month >= 1 && month <= 12;
}

/** Whether a string is a real calendar date within the library's bounds (1900-01-01 … 2100-12-31). */
export const isSupportedDate = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDate(value) && value >= DATE_LIMITS.earliestDate && value <= DATE_LIMITS.latestDate;
const EARLIEST_MONTH = DATE_LIMITS.earliestDate.slice(0, 7);
const LATEST_MONTH = DATE_LIMITS.latestDate.slice(0, 7);
/** Whether a string is a real calendar month within the library's bounds (1900-01 … 2100-12). */
export const isSupportedMonth = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarMonth(value) && value >= EARLIEST_MONTH && value <= LATEST_MONTH;

const outOfRange = {
  message: `Dates must lie in ${DATE_LIMITS.earliestDate} … ${DATE_LIMITS.latestDate}`,
  params: { code: 'unsupported_date' },
};

export const buildIsoDate = () =>
  z
    .string()
    .check(z.maxLength(10))
    .check(z.refine(isCalendarDate, { message: 'Expected a real calendar date YYYY-MM-DD', params: { code: 'invalid_date' }, abort: true }))
    .check(z.refine((v) => v >= DATE_LIMITS.earliestDate && v <= DATE_LIMITS.latestDate, outOfRange));
/** The zod schema of a date of the library (built on first use). */
export const isoDateSchema = lazy(buildIsoDate);
/** The zod schema of a month of the library (built on first use). */
export const isoMonth = lazy(() =>
  z
    .string()
    .check(z.maxLength(7))
    .check(z.refine(isCalendarMonth, { message: 'Expected a real calendar month YYYY-MM', params: { code: 'invalid_month' }, abort: true }))
    .check(z.refine((v) => v >= DATE_LIMITS.earliestDate.slice(0, 7) && v <= DATE_LIMITS.latestDate.slice(0, 7), outOfRange)),
);
