import { describe, expect, it } from 'vitest';
import { screening } from '../../support/screening';

// rules/screening/hepatitis-bc.json — seed 002 screening group 7 «Тәуекел топтары»
describe('the hepatitis B and C screening', () => {
  it('a medical worker and a patient before surgery are eligible at any age', async () => {
    expect(await screening('hepatitis_bc', { age: 25, sex: 'male', extra: { riskGroups: ['medical_worker'] } })).toEqual({
      eligible: true,
      reasons: ['screening.hepatitis_bc'],
    });
    expect((await screening('hepatitis_bc', { age: 75, sex: 'female', extra: { riskGroups: ['surgery_patient'] } })).eligible).toBe(true);
  });

  it('a pregnant woman and a person with HIV are eligible from their own fields', async () => {
    expect(
      (await screening('hepatitis_bc', { age: 28, sex: 'female', extra: { pregnancy: { registeredOn: '2025-05-01' } } })).eligible,
    ).toBe(true);
    expect((await screening('hepatitis_bc', { age: 40, sex: 'male', conditions: [{ code: 'hiv' }] })).eligible).toBe(true);
  });

  it('anyone else is not, because no risk group applies', async () => {
    expect(await screening('hepatitis_bc', { age: 40, sex: 'male' })).toEqual({ eligible: false, reasons: ['no_risk_group'] });
  });
});
