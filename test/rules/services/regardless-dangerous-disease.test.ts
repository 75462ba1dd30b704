import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { insuredIn2026, service, withConditions } from '../../support/services';

// rules/services/regardless-dangerous-disease.json — seed 002 (bold line under «ЕАЭО»), seed 001 Order No. 121/2020
describe('care for a disease dangerous to others, regardless of status', () => {
  const tbMigrant = withConditions([{ code: 'A15.0' }], adult({}, 'temporary_resident'));

  it.each(['ambulance', 'day_hospital', 'inpatient_emergency', 'inpatient_planned'])(
    'a temporary resident with pulmonary tuberculosis (A15.0) gets %s under GOBMP',
    async (code) => {
      expect(await service(tbMigrant, '2025-06-15', code)).toMatchObject({
        covered: true,
        payer: 'gobmp',
        reasons: ['services.regardless.dangerous-disease'],
      });
    },
  );

  it('an asylum seeker with measles (our code) is admitted for isolation under GOBMP', async () => {
    expect(
      await service(withConditions([{ code: 'measles' }], adult({}, 'asylum_seeker')), '2025-06-15', 'inpatient_planned'),
    ).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('for an insured citizen with malaria (B51) GOBMP, not OSMS, pays the planned admission', async () => {
    expect(await service(insuredIn2026({ conditions: [{ code: 'B51' }] }), '2026-03-01', 'inpatient_planned')).toMatchObject({
      payer: 'gobmp',
    });
  });

  it('an ICD-10 code outside the 23 (A14) or a condition starting after asOf gives nothing', async () => {
    expect(
      (await service(withConditions([{ code: 'A14' }], adult({}, 'temporary_resident')), '2025-06-15', 'inpatient_planned')).covered,
    ).toBe(false);
    const later = withConditions([{ code: 'cholera', since: '2025-07-01' }], adult({}, 'temporary_resident'));
    expect(await service(later, '2025-06-15', 'inpatient_planned')).toMatchObject({
      covered: false,
      reasons: expect.arrayContaining(['no_dangerous_disease']),
    });
  });

  it('paratyphoid is A01.1–A01.4 and typhoid A01.0: both count', async () => {
    for (const code of ['A01.0', 'A01.4']) {
      expect((await service(withConditions([{ code }], adult({}, 'temporary_resident')), '2025-06-15', 'ambulance')).covered).toBe(true);
    }
  });
});

describe('the forms of tuberculosis that are dangerous to others', () => {
  const migrant = (code: string) => withConditions([{ code }], adult({}, 'temporary_resident'));

  it.each(['tuberculosis', 'A15.0', 'A15.9', 'A17.0', 'A19.2'])(
    '%s (pulmonary with excretion, meningitis, miliary) gives free hospital care to a temporary resident',
    async (code) => {
      expect(await service(migrant(code), '2025-06-15', 'inpatient_planned')).toMatchObject({ covered: true, payer: 'gobmp' });
    },
  );

  it.each(['tuberculosis_other', 'A16.2', 'A17.1', 'A17.9', 'A18.0'])(
    '%s is not dangerous to others: no free hospital care for a temporary resident without DMS',
    async (code) => {
      expect((await service(migrant(code), '2025-06-15', 'inpatient_planned')).covered).toBe(false);
      expect((await service(migrant(code), '2025-06-15', 'inpatient_emergency')).covered).toBe(false);
    },
  );
});
