import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';
import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-registered-unemployed@2026-01-01.json — Law on OSMS art. 26-1, from 2026-01-01
stateCategoryCases('registered_unemployed', '2026-03-01');

describe('registered unemployed from 2026: paid from local budgets', () => {
  it('on 2026-01-01 the person is still insured and the reason names the local budget as payer', async () => {
    const d = await decide(adult({ stateCategories: [{ category: 'registered_unemployed', since: '2025-01-01' }] }), '2026-01-01', {
      locale: 'en',
    });
    expect(d.insurance.bases).toEqual(['osms.state-category.registered_unemployed']);
    const reason = d.reasons.find((r) => r.ruleId === 'osms.state-category.registered_unemployed');
    expect(reason?.code).toBe('osms.state-category.registered_unemployed.local-budget');
    expect(reason?.message).toMatch(/local budget/);
  });
});
