import { describe, expect, it } from 'vitest';
import { insuredIn2026, service, withConditions } from '../../support/services';

// rules/services/gobmp-socially-significant.json — RULES.md 4 and 6.1, from 2026-01-01
const withHiv = withConditions([{ code: 'hiv' }]);

describe('socially significant diseases treated under GOBMP from 2026', () => {
  it('an uninsured citizen with HIV is not admitted for planned care on 2025-12-31 but is on 2026-01-01', async () => {
    expect((await service(withHiv, '2025-12-31', 'inpatient_planned')).covered).toBe(false);
    expect(await service(withHiv, '2026-01-01', 'inpatient_planned')).toMatchObject({ covered: true, payer: 'gobmp', reasons: ['services.gobmp.socially-significant'] });
  });

  it('a stroke gives follow-up under GOBMP from 2026, not before', async () => {
    const stroke = withConditions([{ code: 'stroke' }]);
    expect((await service(stroke, '2025-12-31', 'dynamic_observation')).covered).toBe(false);
    expect((await service(stroke, '2026-01-01', 'dynamic_observation')).payer).toBe('gobmp');
  });

  it('for an insured person with cancer in 2026 GOBMP pays planned care before OSMS', async () => {
    expect((await service(insuredIn2026({ conditions: [{ code: 'malignant_neoplasm' }] }), '2026-03-01', 'inpatient_planned')).payer).toBe('gobmp');
  });
});
