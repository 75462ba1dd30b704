import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/monthly-contribution-private-practice.json — seed 002 names «жеке практикамен айналысатын
// жеке тұлғалар» with the entrepreneurs: 5 % of 1.4 minimum wages (2,975 in 2021, 5,950 in 2025).
describe('the monthly contribution of a person in private practice', () => {
  it('is 2,975 in 2021 and 5,950 in 2025, citing the line that names private practice', async () => {
    const lawyer = adult({ employment: [{ kind: 'private_practice' }] });
    expect((await decide(lawyer, '2021-06-15')).insurance.monthlyContributionKzt).toBe(2975);
    const d = await decide(lawyer, '2025-06-15');
    expect(d.insurance.monthlyContributionKzt).toBe(5950);
    expect(d.reasons.find((r) => r.code === 'osms.monthly-contribution')?.ruleId).toBe('osms.monthly-contribution.private_practice');
    expect(d.reasons.find((r) => r.code === 'osms.monthly-contribution')?.source.ref).toContain(
      'жеке практикамен айналысатын жеке тұлғалар',
    );
  });

  it('a person insured by the state has no monthly amount shown', async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'private_practice' }], stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }] }),
      '2025-06-15',
    );
    expect(d.insurance.monthlyContributionKzt).toBeNull();
  });
});
