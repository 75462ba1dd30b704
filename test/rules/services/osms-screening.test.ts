import { describe, expect, it } from 'vitest';
import { insuredIn2026, service } from '../../support/services';

// rules/services/osms-screening.json — seed 002 МӘМС 1 (Order No. 685)
describe('screening under OSMS', () => {
  it('an insured temporary resident aged 40 is screened under OSMS; an insured citizen under GOBMP', async () => {
    expect(await service(insuredIn2026({}, 'temporary_resident'), '2026-03-01', 'screening')).toMatchObject({
      covered: true,
      payer: 'osms',
    });
    expect((await service(insuredIn2026(), '2026-03-01', 'screening')).payer).toBe('gobmp');
  });
});
