import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/monthly-contribution.json — seed 002 «МӘМС ҮШІН КІМ ҚАНША ТӨЛЕЙДІ», seed 003
const monthlyOf = async (profile: Record<string, unknown>, asOf = '2025-06-15') => (await decide(profile, asOf)).insurance.monthlyContributionKzt;

describe('the monthly contribution', () => {
  it('a self-payer pays 4,250 a month in 2025 and 2,125 in 2021', async () => {
    expect(await monthlyOf(adult({ employment: [{ kind: 'self_payer' }] }))).toBe(4250);
    expect(await monthlyOf(adult({ employment: [{ kind: 'self_payer' }] }), '2021-06-15')).toBe(2125);
  });

  it('an individual entrepreneur or private practitioner pays 5,950 in 2025 and 2,975 in 2021', async () => {
    expect(await monthlyOf(adult({ employment: [{ kind: 'individual_entrepreneur' }] }))).toBe(5950);
    expect(await monthlyOf(adult({ employment: [{ kind: 'private_practice' }] }), '2021-06-15')).toBe(2975);
  });

  it('an ESP payer outside cities paid 0.5 MCI: 1,458.5 in 2021', async () => {
    expect(await monthlyOf(adult({ employment: [{ kind: 'esp_payer' }], settlement: 'other' }), '2021-06-15')).toBe(1458.5);
  });

  it('an employee has no fixed amount; a child and a refugee pay nothing themselves', async () => {
    expect(await monthlyOf(adult({ employment: [{ kind: 'employee' }] }))).toBeNull();
    expect(await monthlyOf({ person: { birthDate: '2015-01-01', sex: 'male' }, residency: { status: 'citizen' } })).toBeNull();
    expect(await monthlyOf(adult({}, 'refugee'))).toBeNull();
  });

  it('an employment that ended before asOf no longer decides the kind', async () => {
    expect(await monthlyOf(adult({ employment: [{ kind: 'individual_entrepreneur', until: '2025-01-31' }] }))).toBe(4250);
  });
});
