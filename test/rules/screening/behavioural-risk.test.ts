import { describe, expect, it } from 'vitest';
import { screening } from '../../support/screening';

// rules/screening/behavioural-risk.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР»; ages 30–70 inclusive
describe('the behavioural_risk screening', () => {
  it('a female aged 29 is not eligible, aged 30 is', async () => {
    expect(await screening('behavioural_risk', { age: 29, sex: 'female' })).toEqual({ eligible: false, reasons: ['age_out_of_range'] });
    expect((await screening('behavioural_risk', { age: 30, sex: 'female' })).eligible).toBe(true);
  });

  it('aged 69 and 70 are eligible, 71 is not', async () => {
    expect((await screening('behavioural_risk', { age: 69, sex: 'female' })).eligible).toBe(true);
    expect((await screening('behavioural_risk', { age: 70, sex: 'female' })).eligible).toBe(true);
    expect((await screening('behavioural_risk', { age: 71, sex: 'female' })).eligible).toBe(false);
  });

  it('men and women are both screened', async () => {
    expect((await screening('behavioural_risk', { age: 35, sex: 'male' })).eligible).toBe(true);
    expect((await screening('behavioural_risk', { age: 35, sex: 'female' })).eligible).toBe(true);
  });

  it('no condition under observation excludes anyone', async () => {
    expect((await screening('behavioural_risk', { age: 45, sex: 'female', conditions: [{ code: 'diabetes_mellitus', underObservation: true }] })).eligible).toBe(true);
  });
});
