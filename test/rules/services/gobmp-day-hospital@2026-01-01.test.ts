import { describe, expect, it } from 'vitest';
import { service, withConditions } from '../../support/services';

// rules/services/gobmp-day-hospital@2026-01-01.json —
describe('day hospital under GOBMP from 2026', () => {
  it('cerebral palsy no longer gives GOBMP day-hospital care on 2026-01-01', async () => {
    expect(
      (await service(withConditions([{ code: 'cerebral_palsy', underObservation: true }]), '2026-01-01', 'day_hospital')).covered,
    ).toBe(false);
  });

  it('epilepsy (chronic and socially significant) still does', async () => {
    expect(await service(withConditions([{ code: 'epilepsy', underObservation: true }]), '2026-01-01', 'day_hospital')).toMatchObject({
      covered: true,
      payer: 'gobmp',
    });
  });
});
