import { ageBoundedScreeningCases } from '../../support/screening';

// rules/screening/behavioural-risk.json — seed 002 «Скринингтік зерттеуден өтетін ТОПТАР» 1: men and women 30–70
ageBoundedScreeningCases({ program: 'behavioural_risk', minAge: 30, maxAge: 70, sexes: ['female', 'male'] });
