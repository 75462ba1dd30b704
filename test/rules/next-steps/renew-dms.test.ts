import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/renew-dms.json — seed 001 step 10; 30 days (data/parameters/nextSteps.json)
const withPolicy = (validTo: string) =>
  adult({ insurance: [{ type: 'dms', validFrom: '2024-07-16', validTo }], attachment: { attached: true } }, 'temporary_resident');

describe('renew the DMS/VMS policy', () => {
  it('a policy ending 30 days after asOf is to be renewed by its last day', async () => {
    expect(await stepOf(withPolicy('2025-07-15'), '2025-06-15', 'renew_dms')).toMatchObject({ deadline: '2025-07-15' });
  });

  it('a policy ending 31 days after asOf is not yet', async () => {
    expect(await stepOf(withPolicy('2025-07-16'), '2025-06-15', 'renew_dms')).toBeUndefined();
  });
});
