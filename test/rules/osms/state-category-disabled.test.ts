import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';
import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-disabled.json — seed 002 «15 Мүгедектер»
stateCategoryCases('disabled');

describe('disability given in the profile', () => {
  it('a citizen with a group 2 disability and no category record is insured by the state, open-ended', async () => {
    const d = await decide(adult({ disability: { group: 2 } }), '2025-06-15');
    expect(d.insurance.bases).toEqual(['osms.state-category.disabled']);
    expect(d.insurance.validThrough).toBeNull();
  });
});
