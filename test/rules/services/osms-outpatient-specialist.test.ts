import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { insuredIn2026, service } from '../../support/services';

// rules/services/osms-outpatient-specialist.json — seed 002 МӘМС 1, seed 004
describe('specialist care under OSMS', () => {
  it('an insured person sees specialists under OSMS, with a PHC referral listed as required', async () => {
    expect(await service(insuredIn2026(), '2026-03-01', 'outpatient_specialist')).toEqual({
      covered: true,
      payer: 'osms',
      reasons: ['services.osms.outpatient-specialist'],
      requires: ['phc_referral'],
    });
  });

  it('with a referral in hand nothing is left to do', async () => {
    expect((await service(insuredIn2026({ visit: { referral: true } }), '2026-03-01', 'outpatient_specialist')).requires).toEqual([]);
  });

  it('an insured temporary resident sees specialists under OSMS too', async () => {
    expect((await service(insuredIn2026({}, 'temporary_resident'), '2026-03-01', 'outpatient_specialist')).payer).toBe('osms');
    expect(
      (await service(adult({ employment: [{ kind: 'employee' }] }, 'temporary_resident'), '2026-03-01', 'outpatient_specialist')).covered,
    ).toBe(false);
  });
});
