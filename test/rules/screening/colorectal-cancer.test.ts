import { ageBoundedScreeningCases } from '../../support/screening';

// rules/screening/colorectal-cancer.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР» 6: men and women 50–70
ageBoundedScreeningCases({
  program: 'colorectal_cancer',
  minAge: 50,
  maxAge: 70,
  sexes: ['female', 'male'],
  excludedWhenObserved: 'colon_tumour',
});
