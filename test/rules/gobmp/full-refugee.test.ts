import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/gobmp/full-refugee.json — seed 002 «Кепілдендірілген медициналық көмектің толық пакеті», line
// «босқындар». One rule per residency class, reason code gobmp.full.
describe('a refugee has the full free package', () => {
  it('a refugee has the full GOBMP package, military service or not', async () => {
    const d = await decide(adult({}, 'refugee'), '2025-06-15');
    expect(d.packages.gobmp).toBe('full');
    expect(codes(d)).toContain('gobmp.full');
    const serving = adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01' }] }, 'refugee');
    expect((await decide(serving, '2025-06-15')).packages.gobmp).toBe('full');
  });

  it('the reason cites the seed line of its own class', async () => {
    const reason = (await decide(adult({}, 'refugee'), '2025-06-15')).reasons.find((r) => r.code === 'gobmp.full');
    expect(reason?.ruleId).toBe('gobmp.full.refugee');
    expect(reason?.source.ref).toContain('босқындар');
  });

  it('a refugee has the full package but is no OSMS participant', async () => {
    const d = await decide(adult({}, 'refugee'), '2025-06-15');
    expect(d.packages.osms).toBe(false);
    expect(d.services.palliative).toMatchObject({ covered: true, payer: 'gobmp' });
  });
});
