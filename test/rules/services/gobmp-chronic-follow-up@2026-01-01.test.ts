import { describe, expect, it } from 'vitest';
import { insuredIn2026, service, withConditions } from '../../support/services';

// rules/services/gobmp-chronic-follow-up@2026-01-01.json —: diabetes, cerebral palsy, connective tissue move to OSMS
describe('chronic follow-up under GOBMP from 2026', () => {
  it.each(['diabetes_mellitus', 'cerebral_palsy', 'connective_tissue_systemic'])(
    'on 2026-01-01 an uninsured citizen with %s gets no follow-up under GOBMP',
    async (code) => {
      const s = await service(withConditions([{ code, underObservation: true }]), '2026-01-01', 'dynamic_observation');
      expect(s.covered).toBe(false);
      expect(s.reasons).toEqual(expect.arrayContaining(['no_chronic_observation_under_gobmp', 'not_insured']));
    },
  );

  it('hypertension stays under GOBMP in 2026', async () => {
    expect(
      await service(withConditions([{ code: 'arterial_hypertension', underObservation: true }]), '2026-01-01', 'drugs_outpatient'),
    ).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('an insured citizen with diabetes is followed under OSMS in 2026', async () => {
    expect(
      await service(
        insuredIn2026({ conditions: [{ code: 'diabetes_mellitus', underObservation: true }] }),
        '2026-03-01',
        'dynamic_observation',
      ),
    ).toMatchObject({ covered: true, payer: 'osms' });
  });
});
