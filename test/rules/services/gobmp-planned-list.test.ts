import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../../src';
import { adult, decide, monthly } from '../../support/profiles';
import { createEvaluator } from '../../support/untyped';

// rules/services/gobmp-planned-list.json — seed 002 ТМККК 9: planned hospital care under GOBMP for people
// not registered in OSMS «тиісті орган бекіткен сырқаттар тізімі бойынша … (№ 669 бұйрық)». The library
// does not hold that list: the planned care of an uninsured citizen is not covered, and the reason says why.
describe('planned hospital care by the Order No. 669 list', () => {
  it('an uninsured citizen without a listed disease is not covered, with the reason gobmp.planned-list-not-modelled', async () => {
    const d = await decide(adult(), '2025-06-15');
    expect(d.services.inpatient_planned.covered).toBe(false);
    expect(d.services.inpatient_planned.reasons).toContain('gobmp.planned-list-not-modelled');
    const en = await decide(adult(), '2025-06-15', { locale: 'en' });
    expect(en.services.inpatient_planned.reasons).toContain('gobmp.planned-list-not-modelled');
  });

  it('an insured citizen’s planned care is OSMS’s, and a temporary resident is not told about the list', async () => {
    const insured = await decide(
      adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 12, 9000) }),
      '2025-06-15',
    );
    expect(insured.services.inpatient_planned).toMatchObject({ covered: true, payer: 'osms' });
    const migrant = await decide(adult({}, 'temporary_resident'), '2025-06-15');
    expect(migrant.services.inpatient_planned.reasons).not.toContain('gobmp.planned-list-not-modelled');
  });

  it('a disease dangerous to others is covered regardless, so the list is not the reason', async () => {
    const d = await decide(adult({ conditions: [{ code: 'measles' }] }), '2025-06-15');
    expect(d.services.inpatient_planned).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('a ruleset that fills in the list covers planned care for its diseases under GOBMP', async () => {
    const ruleset = loadRuleset();
    ruleset.parameters.conditionGroups.planned_hospital_list = ['ischaemic_heart_disease'];
    const d = await createEvaluator({ ruleset }).evaluate(
      { ...adult({ conditions: [{ code: 'ischaemic_heart_disease' }] }) },
      { asOf: '2025-06-15' },
    );
    expect(d.services.inpatient_planned).toMatchObject({ covered: true, payer: 'gobmp', reasons: ['services.gobmp.planned-list'] });
  });
});
