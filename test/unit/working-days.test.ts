import { describe, expect, it } from 'vitest';
import holidays from '../../data/parameters/holidays.json';
import { daysOff, workingDaysAfter } from '../../src/calendar/working-days';

const calendar = { fixed: holidays.fixed.values[0]?.value ?? [], dated: holidays.dated.values[0]?.value ?? [] };
const offIn = (year: number, prefix: string) => [...daysOff(calendar, year)].filter((d) => d.startsWith(prefix)).sort();

describe('working days', () => {
  it('Nauryz 2026 (21 March a Saturday, 22 a Sunday) gives days off 21–25 March', () => {
    expect(offIn(2026, '2026-03-2')).toEqual(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25']);
  });

  it('8 March 2026 on a Sunday moves the day off to Monday 9 March', () => {
    expect(offIn(2026, '2026-03-0')).toEqual(['2026-03-08', '2026-03-09']);
  });

  it('7 January and Kurban Ait are not moved when they fall on a weekend', () => {
    // 2023-01-07 is a Saturday; 2024-06-16 (Kurban Ait) is a Sunday.
    expect(daysOff(calendar, 2023).has('2023-01-09')).toBe(false);
    expect(daysOff(calendar, 2024).has('2024-06-17')).toBe(false);
  });

  it('Republic Day 25 October is a holiday from 2022 only', () => {
    expect(daysOff(calendar, 2021).has('2021-10-25')).toBe(false);
    expect(daysOff(calendar, 2022).has('2022-10-25')).toBe(true);
  });

  it('after Thursday 2025-06-05 up to Wednesday 2025-06-11 there are 3 working days: Friday 6 June is Kurban Ait', () => {
    expect(workingDaysAfter(calendar, '2025-06-05', '2025-06-11')).toBe(3);
    expect(workingDaysAfter(calendar, '2025-06-11', '2025-06-05')).toBe(0);
  });
});

describe('the order of the calendar', () => {
  it('days off do not depend on the order the holidays are listed in (2019–2030)', () => {
    const reversed = { fixed: [...calendar.fixed].reverse(), dated: [...calendar.dated].reverse() };
    for (let year = 2019; year <= 2030; year++) expect([...daysOff(reversed, year)].sort()).toEqual([...daysOff(calendar, year)].sort());
  });
});

describe('the 2020–2022 calendar', () => {
  it('1 December and 17 December are days off in 2020 and 2021, and no longer from 2022', () => {
    expect(daysOff(calendar, 2020).has('2020-12-01')).toBe(true);
    expect(daysOff(calendar, 2021).has('2021-12-17')).toBe(true);
    expect(daysOff(calendar, 2022).has('2022-12-01')).toBe(false);
    expect(daysOff(calendar, 2022).has('2022-12-17')).toBe(false);
  });

  it('Kurban Ait was 2020-07-31, 2021-07-20 and 2022-07-09, and a Saturday Kurban Ait (2022) moves nothing', () => {
    expect(daysOff(calendar, 2020).has('2020-07-31')).toBe(true);
    expect(daysOff(calendar, 2021).has('2021-07-20')).toBe(true);
    expect(daysOff(calendar, 2022).has('2022-07-09')).toBe(true);
    expect(daysOff(calendar, 2022).has('2022-07-11')).toBe(false);
  });

  it('17 December 2021, a Friday, is off: after Wednesday 15 December only Monday 20 and Tuesday 21 are working days to the 21st', () => {
    // 16 (Thursday) and 17 (Friday) are Independence Day, 18–19 the weekend.
    expect(workingDaysAfter(calendar, '2021-12-15', '2021-12-21')).toBe(2);
  });

  it('1 December 2020, a Tuesday, is off: after Monday 30 November the next working day is Wednesday 2 December', () => {
    expect(workingDaysAfter(calendar, '2020-11-30', '2020-12-02')).toBe(1);
  });
});

describe('working days are counted, not walked', () => {
  /** Day by day, as the library used to count: the reference for the arithmetic count. */
  function walked(from: string, to: string): number {
    let count = 0;
    const off = new Map<number, Set<string>>();
    for (let t = Date.parse(`${from}T00:00:00Z`) + 86_400_000; t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const weekday = new Date(t).getUTCDay();
      const year = Number(day.slice(0, 4));
      if (!off.has(year)) off.set(year, daysOff(calendar, year));
      if (weekday !== 0 && weekday !== 6 && !off.get(year)?.has(day)) count += 1;
    }
    return count;
  }

  it('the count equals a day-by-day walk for ranges across weeks, years and holidays', () => {
    const pairs = [
      ['2019-12-31', '2020-01-10'],
      ['2020-02-27', '2020-03-31'],
      ['2021-11-29', '2022-01-04'],
      ['2023-06-26', '2023-07-10'],
      ['2024-12-28', '2026-05-31'],
      ['1969-12-25', '1970-01-08'],
      ['2025-06-06', '2025-06-06'],
      ['2025-06-06', '2025-06-07'],
    ] as const;
    for (const [from, to] of pairs) expect(workingDaysAfter(calendar, from, to), `${from} → ${to}`).toBe(walked(from, to));
  });

  it('a range of two centuries is counted year by year: 1901–2100 gives the walked count', () => {
    expect(workingDaysAfter(calendar, '1900-12-31', '2100-12-31')).toBe(walked('1900-12-31', '2100-12-31'));
  });
});
