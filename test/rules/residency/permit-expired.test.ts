import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/residency/permit-expired.json — (revision 2); seed 002 ықтиярхат
describe('the residence permit has expired', () => {
  const resident = (until: string, status = 'permanent_resident') => ({
    ...adult({}, status),
    residency: { status, residencePermitUntil: until },
  });

  it('a permanent resident whose permit ended before asOf gets the temporary residents’ cover', async () => {
    const d = await decide(resident('2025-01-31'), '2025-06-15');
    expect(d.packages.gobmp).toBe('dangerous_diseases');
    expect(d.packages.osms).toBe(true);
    expect(d.insurance.status).toBe('not_insured');
    expect(d.quotas).toHaveLength(18);
    expect(codes(d)).toContain('residency.permit-expired');
  });

  it('the last day of the permit is still valid; the next day is not', async () => {
    expect((await decide(resident('2025-06-15'), '2025-06-15')).packages.gobmp).toBe('full');
    expect((await decide(resident('2025-06-14'), '2025-06-15')).packages.gobmp).toBe('dangerous_diseases');
  });

  it('a stateless permanent resident with an expired permit is treated as stateless temporary: not an OSMS participant', async () => {
    const d = await decide(resident('2024-12-31', 'stateless_permanent'), '2025-06-15');
    expect(d.packages.gobmp).toBe('dangerous_diseases');
    expect(d.insurance.status).toBe('not_applicable');
  });

  it('an expired permit removes a state category: a pensioner is no longer state-insured', async () => {
    const d = await decide(
      { ...resident('2025-01-31'), stateCategories: [{ category: 'pension_recipient', since: '2015-01-01' }] },
      '2025-06-15',
    );
    expect(d.insurance.status).toBe('not_insured');
  });

  it('a citizen’s permit date is read by nothing, and no date means a valid permit', async () => {
    expect(codes(await decide(resident('2020-01-01', 'citizen'), '2025-06-15'))).not.toContain('residency.permit-expired');
    expect((await decide(adult({}, 'permanent_resident'), '2025-06-15')).packages.gobmp).toBe('full');
  });
});
