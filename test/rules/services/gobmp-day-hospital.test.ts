import { describe, expect, it } from 'vitest';
import { service, withConditions } from '../../support/services';

// rules/services/gobmp-day-hospital.json — seed 002 ТМККК 4; until 2025-12-31
describe('day hospital under GOBMP until 2025', () => {
  it('an uninsured citizen with cerebral palsy under observation gets day-hospital care under GOBMP in 2025', async () => {
    expect(await service(withConditions([{ code: 'cerebral_palsy', underObservation: true }]), '2025-12-31', 'day_hospital')).toMatchObject(
      { covered: true, payer: 'gobmp' },
    );
  });

  it('a socially significant disease (HIV) gives day-hospital care under GOBMP', async () => {
    expect(await service(withConditions([{ code: 'hiv' }]), '2025-06-15', 'day_hospital')).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('an uninsured citizen with no such disease gets no day-hospital care', async () => {
    expect((await service(withConditions([]), '2025-06-15', 'day_hospital')).covered).toBe(false);
  });
});
