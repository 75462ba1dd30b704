import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';
import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-registered-unemployed.json — (until 2025-12-31)
stateCategoryCases('registered_unemployed', '2025-06-15');

describe('registered unemployed before 2026', () => {
  it('on 2025-12-31 the reason does not mention local budgets', async () => {
    const d = await decide(adult({ stateCategories: [{ category: 'registered_unemployed', since: '2025-01-01' }] }), '2025-12-31', {
      locale: 'en',
    });
    expect(codes(d)).toContain('osms.state-category.registered_unemployed');
    expect(codes(d)).not.toContain('osms.state-category.registered_unemployed.local-budget');
  });
});
