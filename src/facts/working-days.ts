import { getDay, parseISO } from 'date-fns';
import { shiftDays } from './months';

export interface HolidayCalendar {
  fixed: { month: number; day: number; weekendTransfer: boolean; from?: string | undefined }[];
  dated: { date: string; weekendTransfer: boolean }[];
}

const isWeekend = (date: string) => {
  const day = getDay(parseISO(date));
  return day === 0 || day === 6;
};

/**
 * Days off of one year: the holidays, plus — for each holiday with `weekendTransfer`
 * that falls on a Saturday or Sunday — the next day that is neither a weekend, a
 * holiday nor an already transferred day off (Labour Code of Kazakhstan).
 */
export function daysOff(calendar: HolidayCalendar, year: number): Set<string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  // Order does not matter: each transfer takes the next day that is not yet off.
  const holidays = [
    ...calendar.fixed
      .map((h) => ({ date: `${year}-${pad(h.month)}-${pad(h.day)}`, weekendTransfer: h.weekendTransfer, from: h.from }))
      .filter((h) => h.from === undefined || h.date >= h.from),
    ...calendar.dated.filter((h) => h.date.startsWith(`${year}-`)),
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

/** Working days d with `from` < d ≤ `to` (0 when `to` ≤ `from`). */
export function workingDaysAfter(calendar: HolidayCalendar, from: string, to: string): number {
  const years = new Map<number, Set<string>>();
  const offIn = (date: string) => {
    const year = Number(date.slice(0, 4));
    let set = years.get(year);
    if (!set) years.set(year, (set = daysOff(calendar, year)));
    return set.has(date);
  };
  let count = 0;
  for (let day = shiftDays(from, 1); day <= to; day = shiftDays(day, 1)) {
    if (!isWeekend(day) && !offIn(day)) count += 1;
  }
  return count;
}
