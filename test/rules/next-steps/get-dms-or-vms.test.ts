import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/get-dms-or-vms.json — seed 001 steps 2–3
describe('conclude a DMS or VMS contract', () => {
  it('a temporary resident without a policy is told to get one, right after the IIN', async () => {
    expect((await stepsOf(adult({}, 'temporary_resident'), '2025-06-15')).map((s) => s.code).slice(0, 2)).toEqual([
      'get_iin',
      'get_dms_or_vms',
    ]);
  });

  it('with a valid policy, or as a permanent resident, there is no such step', async () => {
    expect(
      await stepOf(
        adult({ insurance: [{ type: 'vms', validFrom: '2025-01-01', validTo: '2025-12-31' }] }, 'asylum_seeker'),
        '2025-06-15',
        'get_dms_or_vms',
      ),
    ).toBeUndefined();
    expect(await stepOf(adult({}, 'permanent_resident'), '2025-06-15', 'get_dms_or_vms')).toBeUndefined();
  });
});
