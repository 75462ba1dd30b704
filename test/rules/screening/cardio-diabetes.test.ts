import { describe, expect, it } from 'vitest';
import { ageBoundedScreeningCases, screening } from '../../support/screening';

// rules/screening/cardio-diabetes.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР» 2: men and women 40–70 not observed for hypertension, IHD, diabetes
ageBoundedScreeningCases({
  program: 'cardio_diabetes',
  minAge: 40,
  maxAge: 70,
  sexes: ['female', 'male'],
  excludedWhenObserved: 'diabetes_mellitus',
});

describe('the other two exclusions of cardio_diabetes', () => {
  it.each(['arterial_hypertension', 'ischaemic_heart_disease'])('a person aged 50 under observation for %s is excluded', async (code) => {
    expect(await screening('cardio_diabetes', { age: 50, sex: 'male', conditions: [{ code, underObservation: true }] })).toEqual({
      eligible: false,
      reasons: ['under_observation'],
    });
  });
});
