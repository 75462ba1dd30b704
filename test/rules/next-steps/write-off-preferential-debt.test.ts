import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/write-off-preferential-debt.json — seed 002 «Женілдік санаттарына енгізілген ...»
describe('write off debt of state-insured months', () => {
  it('unpaid months while registered unemployed are to be written off', async () => {
    const profile = adult({ stateCategories: [{ category: 'registered_unemployed', since: '2024-01-01', until: '2025-02-10' }] });
    const step = await stepOf(profile, '2025-06-15', 'write_off_preferential_debt');
    expect(step?.message).toMatch(/06\.2024, .*02\.2025/);
    expect(step?.links).toEqual(['https://fms.kz']);
  });

  it('months of childhood are not such debt', async () => {
    expect(await stepOf({ person: { birthDate: '2007-01-10', sex: 'male' }, residency: { status: 'citizen' } }, '2025-06-15', 'write_off_preferential_debt')).toBeUndefined();
  });
});
