import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/monthly-contribution-individual-entrepreneur.json — seed 002 «ЖЕКЕ КӘСІПКЕРЛЕР … 2 975 теңге
// (1,4 ең тәменгі жалақының 5% …)»: 5 % of 1.4 minimum wages — 2,975 in 2021, 4,200 in 2022, 4,900 in
// 2023, 5,950 from 2024 (seed 003: 5,950 in 2025).
const entrepreneur = adult({ employment: [{ kind: 'individual_entrepreneur' }] });

describe('the monthly contribution of an individual entrepreneur', () => {
  it('is 2,975 in 2021, 4,200 in 2022, 4,900 in 2023 and 5,950 in 2025', async () => {
    expect((await decide(entrepreneur, '2021-06-15')).insurance.monthlyContributionKzt).toBe(2975);
    expect((await decide(entrepreneur, '2022-06-15')).insurance.monthlyContributionKzt).toBe(4200);
    expect((await decide(entrepreneur, '2023-06-15')).insurance.monthlyContributionKzt).toBe(4900);
    expect((await decide(entrepreneur, '2025-06-15')).insurance.monthlyContributionKzt).toBe(5950);
  });

  it('an entrepreneur who is also employed pays as an entrepreneur; the reason cites the entrepreneurs’ line', async () => {
    const d = await decide(adult({ employment: [{ kind: 'employee' }, { kind: 'individual_entrepreneur' }] }), '2025-06-15');
    expect(d.insurance.monthlyContributionKzt).toBe(5950);
    const reason = d.reasons.find((r) => r.code === 'osms.monthly-contribution');
    expect(reason?.ruleId).toBe('osms.monthly-contribution.individual_entrepreneur');
    expect(reason?.source.ref).toContain('2 975 теңге (1,4 ең тәменгі жалақының 5%');
  });
});
