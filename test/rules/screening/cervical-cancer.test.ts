import { ageBoundedScreeningCases } from '../../support/screening';

// rules/screening/cervical-cancer.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР» 4: women 30–70
ageBoundedScreeningCases({
  program: 'cervical_cancer',
  minAge: 30,
  maxAge: 70,
  sexes: ['female'],
  excludedWhenObserved: 'cervical_cancer',
});
