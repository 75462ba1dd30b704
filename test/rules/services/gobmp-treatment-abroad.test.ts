import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/gobmp-treatment-abroad.json — seed 002 ТМККК 10
describe('treatment abroad', () => {
  it('a citizen may be sent abroad under GOBMP; a kandas may not', async () => {
    expect(await service(adult(), '2025-06-15', 'treatment_abroad')).toMatchObject({ covered: true, payer: 'gobmp' });
    expect(await service(adult({}, 'kandas'), '2025-06-15', 'treatment_abroad')).toMatchObject({
      covered: false,
      reasons: ['not_citizen'],
    });
  });
});
