import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/voluntary-inpatient-emergency.json — seed 001 step 2
describe('emergency inpatient care under a DMS or VMS policy', () => {
  it('a valid DMS pays the emergency admission of a temporary resident; an expired one does not', async () => {
    const withPolicy = (validTo: string) => adult({ insurance: [{ type: 'dms', validFrom: '2024-07-01', validTo }] }, 'temporary_resident');
    expect(await service(withPolicy('2025-06-30'), '2025-06-15', 'inpatient_emergency')).toMatchObject({ covered: true, payer: 'dms' });
    expect((await service(withPolicy('2025-06-14'), '2025-06-15', 'inpatient_emergency')).covered).toBe(false);
  });
});
