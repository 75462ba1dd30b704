import { describe, expect, it } from 'vitest';
import { insuredIn2026, service } from '../../support/services';

// rules/services/osms-chronic-follow-up.json — seed 002 МӘМС 1, 8.2
describe('chronic follow-up under OSMS', () => {
  it('an insured temporary resident with hypertension under observation is followed under OSMS', async () => {
    const profile = insuredIn2026({ conditions: [{ code: 'arterial_hypertension', underObservation: true }] }, 'temporary_resident');
    expect(await service(profile, '2026-03-01', 'dynamic_observation')).toMatchObject({
      covered: true,
      payer: 'osms',
      reasons: ['services.osms.chronic-follow-up'],
    });
  });

  it('for an insured citizen with hypertension GOBMP comes first and OSMS is listed too', async () => {
    const s = await service(
      insuredIn2026({ conditions: [{ code: 'arterial_hypertension', underObservation: true }] }),
      '2026-03-01',
      'drugs_outpatient',
    );
    expect(s.payer).toBe('gobmp');
    expect(s.reasons).toEqual(['services.gobmp.chronic-follow-up', 'services.osms.chronic-follow-up']);
  });
});
