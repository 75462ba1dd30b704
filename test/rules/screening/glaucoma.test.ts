import { ageBoundedScreeningCases } from '../../support/screening';

// rules/screening/glaucoma.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР» 3: men and women 40–70 not observed for glaucoma
ageBoundedScreeningCases({ program: 'glaucoma', minAge: 40, maxAge: 70, sexes: ['female', 'male'], excludedWhenObserved: 'glaucoma' });
