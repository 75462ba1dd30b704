import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/voluntary-phc.json — seed 001 steps 2, 4–10
const migrant = (insurance: unknown[]) => adult({ insurance }, 'temporary_resident');

describe('primary care under a DMS or VMS policy', () => {
  it('a temporary resident with a valid DMS gets primary care paid by DMS', async () => {
    expect(await service(migrant([{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' }]), '2025-06-15', 'phc')).toMatchObject({
      covered: true,
      payer: 'dms',
    });
  });

  it('a VMS policy pays as vms; a policy that covers only inpatient care does not pay primary care', async () => {
    expect((await service(migrant([{ type: 'vms', validFrom: '2025-01-01', validTo: '2025-12-31' }]), '2025-06-15', 'phc')).payer).toBe(
      'vms',
    );
    const inpatientOnly = migrant([{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31', covers: ['inpatient_emergency'] }]);
    expect(await service(inpatientOnly, '2025-06-15', 'phc')).toMatchObject({
      covered: false,
      reasons: expect.arrayContaining(['no_valid_voluntary_policy']),
    });
  });

  it('a citizen with DMS is still served under GOBMP first', async () => {
    expect(
      (await service(adult({ insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' }] }), '2025-06-15', 'phc')).payer,
    ).toBe('gobmp');
  });
});

describe('what the registrar still checks for a DMS patient', () => {
  it('the policy is always to be shown; attachment until the profile shows it', async () => {
    const dms = [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' }];
    expect((await service(adult({ insurance: dms }, 'temporary_resident'), '2025-06-15', 'phc')).requires).toEqual([
      'phc_attachment',
      'present_voluntary_policy',
    ]);
    expect(
      (await service(adult({ insurance: dms, attachment: { attached: true } }, 'temporary_resident'), '2025-06-15', 'phc')).requires,
    ).toEqual(['present_voluntary_policy']);
  });
});
