import { describe, expect, it } from 'vitest';
import { woman } from '../../support/profiles';
import { insuredIn2026, service } from '../../support/services';

// rules/services/osms-dental-planned.json — seed 002: children under 18 and pregnant women, on the district doctor's referral
const child = (birthDate: string, extra = {}) => ({ person: { birthDate, sex: 'female' }, residency: { status: 'citizen' }, ...extra });

describe('planned dental care', () => {
  it("a 17-year-old gets planned dental care under OSMS, with the district doctor's referral required", async () => {
    expect(await service(child('2008-06-15'), '2026-06-14', 'dental_planned')).toEqual({
      covered: true,
      payer: 'osms',
      reasons: ['services.osms.dental-planned'],
      requires: ['district_doctor_referral'],
    });
  });

  it('at 18 planned dental care ends unless pregnant', async () => {
    expect((await service(child('2008-06-15'), '2026-06-15', 'dental_planned')).covered).toBe(false);
  });

  it('an insured pregnant woman with a referral is covered with nothing left to do', async () => {
    const pregnant = insuredIn2026({ ...woman(), pregnancy: { registeredOn: '2026-01-20' }, visit: { referral: true } });
    expect(await service(pregnant, '2026-03-01', 'dental_planned')).toMatchObject({ covered: true, requires: [] });
  });

  it('an insured adult who is not pregnant is told why not', async () => {
    expect((await service(insuredIn2026(), '2026-03-01', 'dental_planned')).reasons).toEqual(['not_child_or_pregnant']);
  });
});
