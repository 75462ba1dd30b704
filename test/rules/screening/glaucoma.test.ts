import { describe, expect, it } from 'vitest';
import { screening } from '../../support/screening';

// rules/screening/glaucoma.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР»; ages 40–70 inclusive
describe('the glaucoma screening', () => {
  it('a female aged 39 is not eligible, aged 40 is', async () => {
    expect(await screening('glaucoma', { age: 39, sex: 'female' })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
    expect((await screening('glaucoma', { age: 40, sex: 'female' })).eligible).toBe(true);
  });

  it('aged 69 and 70 are eligible, 71 is not', async () => {
    expect((await screening('glaucoma', { age: 69, sex: 'female' })).eligible).toBe(true);
    expect((await screening('glaucoma', { age: 70, sex: 'female' })).eligible).toBe(true);
    expect((await screening('glaucoma', { age: 71, sex: 'female' })).eligible).toBe(false);
  });

  it('men and women are both screened', async () => {
    expect((await screening('glaucoma', { age: 45, sex: 'male' })).eligible).toBe(true);
    expect((await screening('glaucoma', { age: 45, sex: 'female' })).eligible).toBe(true);
  });

  it('a person under dynamic observation for glaucoma is excluded; the same condition without observation is not', async () => {
    expect(await screening('glaucoma', { age: 45, sex: 'female', conditions: [{ code: 'glaucoma', underObservation: true }] })).toEqual({ eligible: false, reasons: ['under_observation'] });
    expect((await screening('glaucoma', { age: 45, sex: 'female', conditions: [{ code: 'glaucoma' }] })).eligible).toBe(true);
  });
});
