import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/quotas/dangerous-diseases.json — seed 001/000 table (18 services)
const migrant = (serviceUsage: unknown[] = []) => adult({ serviceUsage }, 'temporary_resident');
const quota = async (profile: Record<string, unknown>, asOf: string, service: string) =>
  (await decide(profile, asOf)).quotas.find((q: { service: string }) => q.service === service);

describe('quotas of a temporarily staying person', () => {
  it('all 18 services are listed with the limits of the table', async () => {
    const quotas = (await decide(migrant(), '2025-06-15')).quotas;
    expect(quotas).toHaveLength(18);
    expect(quotas.filter((q: { limit: number }) => q.limit === 2).map((q: { service: string }) => q.service)).toEqual(['therapist']);
    expect(quotas.filter((q: { per: string }) => q.per === 'six_months').map((q: { service: string }) => q.service)).toEqual([
      'pulmonologist',
      'psychiatrist',
      'radiologist',
      'chest_xray',
    ]);
  });

  it('two therapist visits this year use the quota up until 1 January; last year does not count', async () => {
    const usage = [
      { service: 'therapist', date: '2024-12-20' },
      { service: 'therapist', date: '2025-02-01' },
      { service: 'therapist', date: '2025-05-01' },
    ];
    expect(await quota(migrant(usage), '2025-06-15', 'therapist')).toEqual({
      service: 'therapist',
      limit: 2,
      per: 'calendar_year',
      used: 2,
      remaining: 0,
      nextAvailableOn: '2026-01-01',
    });
  });

  it('a chest X-ray counts for 6 months: taken 2025-01-15, available again on 2025-07-15', async () => {
    const usage = [{ service: 'chest_xray', date: '2025-01-15' }];
    expect(await quota(migrant(usage), '2025-07-14', 'chest_xray')).toMatchObject({ used: 1, remaining: 0, nextAvailableOn: '2025-07-15' });
    expect(await quota(migrant(usage), '2025-07-15', 'chest_xray')).toMatchObject({ used: 0, remaining: 1, nextAvailableOn: null });
  });

  it('a use dated after asOf does not count', async () => {
    expect(await quota(migrant([{ service: 'eeg', date: '2025-06-16' }]), '2025-06-15', 'eeg')).toMatchObject({ used: 0, remaining: 1 });
  });

  it('a person with the full package has no quotas', async () => {
    expect((await decide(adult({ serviceUsage: [{ service: 'therapist', date: '2025-02-01' }] }), '2025-06-15')).quotas).toEqual([]);
  });
});
