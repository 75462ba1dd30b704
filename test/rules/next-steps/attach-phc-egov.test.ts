import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/attach-phc-egov.json — seed 001 steps 5, 8, 9
describe('attach on egov.kz', () => {
  it('a person with an EDS who is not attached is pointed to egov.kz', async () => {
    const step = await stepOf(adult({ attachment: { attached: false, hasEds: true } }), '2025-06-15', 'attach_phc_egov');
    expect(step?.links).toEqual(['https://egov.kz']);
    expect(step?.message).toMatch(/1 working day/);
  });

  it('without an EDS there is no egov step', async () => {
    expect(await stepOf(adult({ attachment: { attached: false } }), '2025-06-15', 'attach_phc_egov')).toBeUndefined();
  });
});
