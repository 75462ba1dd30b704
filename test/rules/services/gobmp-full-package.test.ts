import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/gobmp-full-package.json — seed 002 ТМККК 1, 6, 7, 8, 10, 11.2
describe('GOBMP services for everyone with the full package', () => {
  it.each(['ambulance', 'palliative', 'blood_products', 'pathology', 'donor_preparation', 'vaccination'])(
    'a refugee gets %s under GOBMP',
    async (code) => {
      expect(await service(adult({}, 'refugee'), '2025-06-15', code)).toMatchObject({
        covered: true,
        payer: 'gobmp',
        reasons: ['services.gobmp.full-package'],
      });
    },
  );

  it('a temporary resident without a dangerous disease does not, and is told why', async () => {
    expect(await service(adult({}, 'temporary_resident'), '2025-06-15', 'palliative')).toEqual({
      covered: false,
      payer: null,
      reasons: ['not_full_gobmp'],
      requires: [],
    });
  });
});
