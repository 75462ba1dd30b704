import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { insuredIn2026, service, withConditions } from '../../support/services';

// rules/services/derived-drugs-inpatient.json — seed 002 ТМККК 11.1, МӘМС 8.1
describe('hospital formulary drugs follow the hospital care payer', () => {
  it('GOBMP for an uninsured citizen, OSMS for an insured one', async () => {
    expect(await service(adult(), '2026-03-01', 'drugs_inpatient')).toMatchObject({ covered: true, payer: 'gobmp' });
    expect(await service(insuredIn2026(), '2026-03-01', 'drugs_inpatient')).toMatchObject({ covered: true, payer: 'osms' });
  });

  it('a temporary resident with no hospital cover gets none; with tuberculosis, GOBMP', async () => {
    expect(await service(adult({}, 'temporary_resident'), '2026-03-01', 'drugs_inpatient')).toMatchObject({
      covered: false,
      reasons: ['no_hospital_care_covered'],
    });
    expect(
      (await service(withConditions([{ code: 'A15.1' }], adult({}, 'temporary_resident')), '2026-03-01', 'drugs_inpatient')).payer,
    ).toBe('gobmp');
  });

  it('DMS pays the drugs of a DMS-paid admission', async () => {
    const profile = adult({ insurance: [{ type: 'dms', validFrom: '2026-01-01', validTo: '2026-12-31' }] }, 'temporary_resident');
    expect((await service(profile, '2026-03-01', 'drugs_inpatient')).payer).toBe('dms');
  });
});
