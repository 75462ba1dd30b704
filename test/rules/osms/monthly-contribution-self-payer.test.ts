import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/monthly-contribution-self-payer.json — seed 002 «ӨЗ БЕТИНШЕ ТӨЛЕУШІЛЕР 2125 теңге (1 ең
// тәменгі жалақыдан 5% …)»: 5 % of the minimum wage of the month — 42,500 in 2020–2021, 60,000 in 2022,
// 70,000 in 2023 (seed 004: 3,500), 85,000 from 2024 (seed 003: 4,250 in 2025).
const monthlyOf = async (profile: Record<string, unknown>, asOf: string) => (await decide(profile, asOf)).insurance.monthlyContributionKzt;
const selfPayer = adult({ employment: [{ kind: 'self_payer' }] });

describe('the monthly contribution of a self-payer', () => {
  it('is 2,125 in January 2020, 3,000 in 2022, 3,500 in 2023 and 4,250 in 2024–2026', async () => {
    expect(await monthlyOf(selfPayer, '2020-01-01')).toBe(2125);
    expect(await monthlyOf(selfPayer, '2021-12-31')).toBe(2125);
    expect(await monthlyOf(selfPayer, '2022-01-01')).toBe(3000);
    expect(await monthlyOf(selfPayer, '2023-12-31')).toBe(3500);
    expect(await monthlyOf(selfPayer, '2024-01-01')).toBe(4250);
    expect(await monthlyOf(selfPayer, '2026-06-15')).toBe(4250);
  });

  it('a person with no employment pays as a self-payer; an employment that ended before asOf no longer decides', async () => {
    expect(await monthlyOf(adult(), '2025-06-15')).toBe(4250);
    expect(await monthlyOf(adult({ employment: [{ kind: 'individual_entrepreneur', until: '2025-01-31' }] }), '2025-06-15')).toBe(4250);
  });

  it('the reason cites the self-payer line of seed 002, the amount’s own source', async () => {
    const reason = (await decide(selfPayer, '2025-06-15')).reasons.find((r) => r.code === 'osms.monthly-contribution');
    expect(reason?.ruleId).toBe('osms.monthly-contribution.self_payer');
    expect(reason?.source).toMatchObject({
      document: 'seed:002',
      ref: 'ӨЗ БЕТИНШЕ ТӨЛЕУШІЛЕР 2125 теңге (1 ең тәменгі жалақыдан 5% ең тәменгі жалақы = 42 500 теңге)',
    });
  });

  it('an employee, a child and a refugee have no monthly amount of their own', async () => {
    expect(await monthlyOf(adult({ employment: [{ kind: 'employee' }] }), '2025-06-15')).toBeNull();
    expect(
      await monthlyOf({ person: { birthDate: '2015-01-01', sex: 'male' }, residency: { status: 'citizen' } }, '2025-06-15'),
    ).toBeNull();
    expect(await monthlyOf(adult({}, 'refugee'), '2025-06-15')).toBeNull();
    expect(await monthlyOf(adult({ employment: [{ kind: 'self_payer' }] }, 'temporary_resident'), '2025-06-15')).toBeNull();
  });
});
