import { dayNumber, shiftDays, weekday } from './months';

export interface HolidayCalendar {
  fixed: { month: number; day: number; weekendTransfer: boolean; from?: string | undefined; to?: string | undefined }[];
  dated: { date: string; weekendTransfer: boolean }[];
}

const isWeekend = (date: string) => {
  const day = weekday(date);
  return day === 0 || day === 6;
};

/**
 * Days off of one year: the holidays, plus — for each holiday with `weekendTransfer`
 * that falls on a Saturday or Sunday — the next day that is neither a weekend, a
 * holiday nor an already transferred day off (Labour Code of Kazakhstan).
 */
export function daysOff(calendar: HolidayCalendar, year: number, datedOfYear?: readonly HolidayCalendar['dated'][number][]): Set<string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  // Order does not matter: each transfer takes the next day that is not yet off.
  const holidays = [
    ...calendar.fixed
      .map((h) => ({ date: `${year}-${pad(h.month)}-${pad(h.day)}`, weekendTransfer: h.weekendTransfer, from: h.from, to: h.to }))
      .filter((h) => (h.from === undefined || h.date >= h.from) && (h.to === undefined || h.date <= h.to)),
    ...(datedOfYear ?? calendar.dated.filter((h) => h.date.startsWith(`${year}-`))),
  ];
  const off = new Set(holidays.map((h) => h.date));
  for (const holiday of holidays) {
    if (!holiday.weekendTransfer || !isWeekend(holiday.date)) continue;
    let next = shiftDays(holiday.date, 1);
    while (isWeekend(next) || off.has(next)) next = shiftDays(next, 1);
    off.add(next);
  }
  return off;
}

/** Monday–Friday days from 1970-01-01 (a Thursday) up to and including day number `n`; n ≥ 0. */
function weekdaysThrough(n: number): number {
  const weeks = Math.floor((n + 1) / 7);
  // Days 0 … 6 of a week that starts on Thursday: Thu, Fri, Sat, Sun, Mon, Tue, Wed.
  const partial = [1, 2, 2, 2, 3, 4, 5];
  const rest = (n + 1) % 7;
  return weeks * 5 + (rest === 0 ? 0 : (partial[rest - 1] as number));
}

/**
 * Working days d with `from` < d ≤ `to` (0 when `to` ≤ `from`): the weekdays counted
 * arithmetically, less the days off of each year in range that fall on a weekday.
 * Work grows with the number of years, not of days.
 */
export function workingDaysAfter(calendar: HolidayCalendar, from: string, to: string): number {
  if (to <= from) return 0;
  // Shift by a whole number of weeks so that day numbers before 1970 stay non-negative.
  const offset = 7 * 10_000;
  let count = weekdaysThrough(dayNumber(to) + offset) - weekdaysThrough(dayNumber(from) + offset);
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  // The dated holidays grouped by year in one pass, so each year reads only its own.
  const dated = new Map<number, HolidayCalendar['dated'][number][]>();
  for (const h of calendar.dated) {
    const year = Number(h.date.slice(0, 4));
    if (year < first || year > last) continue;
    const list = dated.get(year);
    if (list) list.push(h);
    else dated.set(year, [h]);
  }
  for (let year = first; year <= last; year++) {
    for (const day of daysOff(calendar, year, dated.get(year) ?? [])) if (day > from && day <= to && !isWeekend(day)) count -= 1;
  }
  return count;
}
