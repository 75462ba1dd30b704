import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/gobmp-dangerous-disease-quota.json — seed 001/000 table; Order No. 121/2020
const tbMigrant = (visit: Record<string, unknown> | undefined, serviceUsage: unknown[] = []) =>
  adult({ conditions: [{ code: 'A15.0' }], serviceUsage, ...(visit ? { visit } : {}) }, 'temporary_resident');

describe('primary and specialist care within the quotas', () => {
  it('a temporary resident with tuberculosis gets primary and specialist care under GOBMP, within quotas', async () => {
    for (const code of ['phc', 'outpatient_specialist']) {
      expect(await service(tbMigrant(undefined), '2025-06-15', code)).toMatchObject({
        covered: true,
        payer: 'gobmp',
        reasons: ['services.gobmp.dangerous-disease-quota'],
      });
    }
  });

  it('a second therapist visit this year is covered; a third is not, because the quota is used up', async () => {
    const once = [{ service: 'therapist', date: '2025-02-01' }];
    const twice = [...once, { service: 'therapist', date: '2025-04-01' }];
    expect((await service(tbMigrant({ specialist: 'therapist' }, once), '2025-06-15', 'outpatient_specialist')).covered).toBe(true);
    expect(await service(tbMigrant({ specialist: 'therapist' }, twice), '2025-06-15', 'outpatient_specialist')).toMatchObject({
      covered: false,
      reasons: expect.arrayContaining(['quota_used_up']),
    });
  });

  it('without a dangerous disease a temporary resident gets no primary care', async () => {
    expect((await service(adult({}, 'temporary_resident'), '2025-06-15', 'phc')).covered).toBe(false);
  });
});
