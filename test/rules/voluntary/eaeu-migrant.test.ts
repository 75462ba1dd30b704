import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/voluntary/eaeu-migrant.json — seed 002 (Migration Law art. 35)
const migrant = (eaeu: boolean, employment: unknown[] = [{ kind: 'employee', since: '2025-03-01' }]) => ({
  ...adult({ employment }),
  residency: { status: 'temporary_resident', eaeu },
});

describe('an EAEU labour migrant needs DMS/VMS', () => {
  it('an employed EAEU migrant is told a DMS/VMS policy is required', async () => {
    const d = await decide(migrant(true), '2025-06-15', { locale: 'en' });
    expect(codes(d)).toContain('voluntary.eaeu-migrant');
    expect(d.packages.dms).toBe(false);
  });

  it('a non-EAEU temporary resident, or an EAEU citizen who is not employed, is not', async () => {
    expect(codes(await decide(migrant(false), '2025-06-15'))).not.toContain('voluntary.eaeu-migrant');
    expect(codes(await decide(migrant(true, []), '2025-06-15'))).not.toContain('voluntary.eaeu-migrant');
  });
});
