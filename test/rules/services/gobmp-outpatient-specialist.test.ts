import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service, withConditions } from '../../support/services';

// rules/services/gobmp-outpatient-specialist.json — seed 002 ТМККК 3
describe('specialist care under GOBMP', () => {
  it('an uninsured citizen under observation for hypertension sees specialists under GOBMP', async () => {
    expect(
      await service(withConditions([{ code: 'arterial_hypertension', underObservation: true }]), '2025-06-15', 'outpatient_specialist'),
    ).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('hypertension that is not under dynamic observation does not count', async () => {
    expect((await service(withConditions([{ code: 'arterial_hypertension' }]), '2025-06-15', 'outpatient_specialist')).covered).toBe(false);
  });

  it('an emergency visit is covered; a routine one of an uninsured person is not, with the reasons', async () => {
    expect((await service(adult({ visit: { emergency: true } }), '2025-06-15', 'outpatient_specialist')).covered).toBe(true);
    const routine = await service(adult(), '2025-06-15', 'outpatient_specialist');
    expect(routine.covered).toBe(false);
    expect(routine.reasons).toEqual(expect.arrayContaining(['no_chronic_dd_ss_or_emergency', 'not_insured']));
  });

  it('a malignant neoplasm (socially significant) is covered in 2025 too', async () => {
    expect((await service(withConditions([{ code: 'malignant_neoplasm' }]), '2025-06-15', 'outpatient_specialist')).payer).toBe('gobmp');
  });
});
