import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/renew-residence-permit.json —
describe('renew the residence permit', () => {
  const resident = (until: string) => ({
    ...adult({}, 'permanent_resident'),
    residency: { status: 'permanent_resident', residencePermitUntil: until },
  });

  it('an expired permit gives the step with its end date, in Russian and in Kyrgyz', async () => {
    expect((await stepOf(resident('2025-01-31'), '2025-06-15', 'renew_residence_permit', 'ru'))?.message).toContain('31.01.2025');
    expect((await stepOf(resident('2025-01-31'), '2025-06-15', 'renew_residence_permit', 'ky'))?.message).toContain('Жашоого уруксат');
  });

  it('a valid permit gives no step', async () => {
    expect(await stepOf(resident('2025-06-15'), '2025-06-15', 'renew_residence_permit')).toBeUndefined();
  });
});
