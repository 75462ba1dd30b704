import { ageBoundedScreeningCases } from '../../support/screening';

// rules/screening/breast-cancer.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР» 5: women 40–70
ageBoundedScreeningCases({ program: 'breast_cancer', minAge: 40, maxAge: 70, sexes: ['female'], excludedWhenObserved: 'breast_cancer' });
