import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../support/untyped';
import { anniversary, fullMonths, lastDayOfMonth, monthIndex, shiftDays, shiftMonths, weekday } from '../../src/calendar/months';
import { loadRuleset } from '../../src';
import { workingDaysAfter } from '../../src/calendar/working-days';
import { parametersOn } from '../../src/parameters/dated';

// the host's time zone never changes a result. Node reads process.env.TZ
// whenever it is set, so each zone is tried in this one process; CI also runs the date
// helpers' tests under TZ=Pacific/Apia and TZ=Asia/Almaty.
const ZONES = ['UTC', 'Pacific/Apia', 'Asia/Almaty', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const { holidays } = parametersOn(loadRuleset().parameters, '2025-06-15');
/** Every date helper at the edges that local time used to move: month ends, leap days, DST changes, the Apia date-line jump (2011-12-30 never happened there). */
function helpers() {
  return {
    ends: ['2024-02', '2025-02', '2025-03', '2025-10', '2025-12'].map((m) => lastDayOfMonth(monthIndex(m))),
    days: [shiftDays('2011-12-29', 1), shiftDays('2025-03-09', 1), shiftDays('2025-11-02', 1), shiftDays('2100-12-31', -1)],
    months: [shiftMonths('2024-01-31', 1), shiftMonths('2025-08-31', 6), shiftMonths('2008-02-29', 216)],
    weekdays: ['2011-12-30', '2025-06-15', '2025-03-30'].map(weekday),
    birthdays: [anniversary('2008-02-29', 18), anniversary('2004-02-29', 20)],
    fullMonths: fullMonths('2025-01-31', '2025-02-28'),
    working: workingDaysAfter(holidays, '2025-06-02', '2025-06-30'),
  };
}

describe('the host time zone', () => {
  it('changes no date helper', () => {
    process.env.TZ = 'UTC';
    const expected = helpers();
    // Written out by hand for UTC: February 2024 has 29 days; 2008-02-29 + 216 months is 2026-02-28.
    expect(expected.ends).toEqual(['2024-02-29', '2025-02-28', '2025-03-31', '2025-10-31', '2025-12-31']);
    expect(expected.months).toEqual(['2024-02-29', '2026-02-28', '2026-02-28']);
    expect(expected.weekdays).toEqual([5, 0, 0]);
    expect(expected.birthdays).toEqual(['2026-03-01', '2024-02-29']);
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(helpers(), zone).toEqual(expected);
    }
  });

  it('changes no decision: a child born on 29 February, a pregnancy counted in working days, a six-month quota', async () => {
    const profiles = [
      { person: { birthDate: '2008-02-29', sex: 'female' }, residency: { status: 'citizen' } },
      {
        person: { birthDate: '1990-01-01', sex: 'female' },
        residency: { status: 'citizen' },
        stateCategories: [{ category: 'pregnant_nonworking', since: '2025-06-02' }],
        pregnancy: { registeredOn: '2025-06-02' },
      },
      {
        person: { birthDate: '1990-01-01', sex: 'male' },
        residency: { status: 'temporary_resident' },
        serviceUsage: [{ service: 'chest_xray', date: '2024-12-31' }],
      },
    ];
    const decide = () => Promise.all(profiles.map((p) => evaluate(p, { asOf: '2025-06-05' }).then((d) => JSON.stringify(d))));
    process.env.TZ = 'UTC';
    const expected = await decide();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(await decide(), zone).toEqual(expected);
    }
  });
});
