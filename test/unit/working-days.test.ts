import { describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.json';
import { daysOff, workingDaysAfter } from '../../src/facts/working-days';

const calendar = { fixed: holidays.fixed, dated: holidays.dated };
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
    const reversed = { fixed: [...holidays.fixed].reverse(), dated: [...holidays.dated].reverse() };
    for (let year = 2019; year <= 2030; year++) expect([...daysOff(reversed, year)].sort()).toEqual([...daysOff(calendar, year)].sort());
  });
});
