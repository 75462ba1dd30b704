import { describe, expect, it } from 'vitest';
import { screening } from '../../support/screening';

// rules/screening/cervical-cancer.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР»; ages 30–70 inclusive
describe('the cervical_cancer screening', () => {
  it('a female aged 29 is not eligible, aged 30 is', async () => {
    expect(await screening('cervical_cancer', { age: 29, sex: 'female' })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
    expect((await screening('cervical_cancer', { age: 30, sex: 'female' })).eligible).toBe(true);
  });

  it('aged 69 and 70 are eligible, 71 is not', async () => {
    expect((await screening('cervical_cancer', { age: 69, sex: 'female' })).eligible).toBe(true);
    expect((await screening('cervical_cancer', { age: 70, sex: 'female' })).eligible).toBe(true);
    expect((await screening('cervical_cancer', { age: 71, sex: 'female' })).eligible).toBe(false);
  });

  it('a man aged 35 is not screened', async () => {
    expect(await screening('cervical_cancer', { age: 35, sex: 'male' })).toEqual({ eligible: false, reasons: ['sex_not_screened'] });
  });

  it('a person under dynamic observation for cervical_cancer is excluded; the same condition without observation is not', async () => {
    expect(await screening('cervical_cancer', { age: 35, sex: 'female', conditions: [{ code: 'cervical_cancer', underObservation: true }] })).toEqual({ eligible: false, reasons: ['under_observation'] });
    expect((await screening('cervical_cancer', { age: 35, sex: 'female', conditions: [{ code: 'cervical_cancer' }] })).eligible).toBe(true);
  });
});
