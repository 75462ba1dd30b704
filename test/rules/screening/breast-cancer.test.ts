import { describe, expect, it } from 'vitest';
import { screening } from '../../support/screening';

// rules/screening/breast-cancer.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР»; ages 40–70 inclusive
describe('the breast_cancer screening', () => {
  it('a female aged 39 is not eligible, aged 40 is', async () => {
    expect(await screening('breast_cancer', { age: 39, sex: 'female' })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
    expect((await screening('breast_cancer', { age: 40, sex: 'female' })).eligible).toBe(true);
  });

  it('aged 69 and 70 are eligible, 71 is not', async () => {
    expect((await screening('breast_cancer', { age: 69, sex: 'female' })).eligible).toBe(true);
    expect((await screening('breast_cancer', { age: 70, sex: 'female' })).eligible).toBe(true);
    expect((await screening('breast_cancer', { age: 71, sex: 'female' })).eligible).toBe(false);
  });

  it('a man aged 45 is not screened', async () => {
    expect(await screening('breast_cancer', { age: 45, sex: 'male' })).toEqual({ eligible: false, reasons: ['sex_not_screened'] });
  });

  it('a person under dynamic observation for breast_cancer is excluded; the same condition without observation is not', async () => {
    expect(await screening('breast_cancer', { age: 45, sex: 'female', conditions: [{ code: 'breast_cancer', underObservation: true }] })).toEqual({ eligible: false, reasons: ['under_observation'] });
    expect((await screening('breast_cancer', { age: 45, sex: 'female', conditions: [{ code: 'breast_cancer' }] })).eligible).toBe(true);
  });
});
