import { describe, expect, it } from 'vitest';
import { screening } from '../../support/screening';

// rules/screening/colorectal-cancer.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР»; ages 50–70 inclusive
describe('the colorectal_cancer screening', () => {
  it('a female aged 49 is not eligible, aged 50 is', async () => {
    expect(await screening('colorectal_cancer', { age: 49, sex: 'female' })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
    expect((await screening('colorectal_cancer', { age: 50, sex: 'female' })).eligible).toBe(true);
  });

  it('aged 69 and 70 are eligible, 71 is not', async () => {
    expect((await screening('colorectal_cancer', { age: 69, sex: 'female' })).eligible).toBe(true);
    expect((await screening('colorectal_cancer', { age: 70, sex: 'female' })).eligible).toBe(true);
    expect((await screening('colorectal_cancer', { age: 71, sex: 'female' })).eligible).toBe(false);
  });

  it('men and women are both screened', async () => {
    expect((await screening('colorectal_cancer', { age: 55, sex: 'male' })).eligible).toBe(true);
    expect((await screening('colorectal_cancer', { age: 55, sex: 'female' })).eligible).toBe(true);
  });

  it('a person under dynamic observation for colon_tumour is excluded; the same condition without observation is not', async () => {
    expect(await screening('colorectal_cancer', { age: 55, sex: 'female', conditions: [{ code: 'colon_tumour', underObservation: true }] })).toEqual({ eligible: false, reasons: ['under_observation'] });
    expect((await screening('colorectal_cancer', { age: 55, sex: 'female', conditions: [{ code: 'colon_tumour' }] })).eligible).toBe(true);
  });
});
