import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/gobmp/full-kandas.json — seed 002 «Кепілдендірілген медициналық көмектің толық пакеті», line
// «қандастар (оралмандар)». One rule per residency class, reason code gobmp.full.
describe('a kandas has the full free package', () => {
  it('a kandas has the full GOBMP package, military service or not', async () => {
    const d = await decide(adult({}, 'kandas'), '2025-06-15');
    expect(d.packages.gobmp).toBe('full');
    expect(codes(d)).toContain('gobmp.full');
    const serving = adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01' }] }, 'kandas');
    expect((await decide(serving, '2025-06-15')).packages.gobmp).toBe('full');
  });

  it('the reason cites the seed line of its own class', async () => {
    const reason = (await decide(adult({}, 'kandas'), '2025-06-15')).reasons.find((r) => r.code === 'gobmp.full');
    expect(reason?.ruleId).toBe('gobmp.full.kandas');
    expect(reason?.source.ref).toContain('қандастар (оралмандар)');
  });
});
