import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/gobmp-phc.json — seed 002 ТМККК 2, seed 001 steps 4–10
describe('primary care under GOBMP', () => {
  it('a citizen whose attachment is unknown is covered, and attachment is listed as required', async () => {
    expect(await service(adult(), '2025-06-15', 'phc')).toEqual({
      covered: true,
      payer: 'gobmp',
      reasons: ['services.gobmp.phc'],
      requires: ['phc_attachment'],
    });
  });

  it('an attached citizen has nothing left to do', async () => {
    expect((await service(adult({ attachment: { attached: true } }), '2025-06-15', 'phc')).requires).toEqual([]);
  });

  it('a citizen not attached still has attachment listed', async () => {
    expect((await service(adult({ attachment: { attached: false } }), '2025-06-15', 'phc')).requires).toEqual(['phc_attachment']);
  });
});
