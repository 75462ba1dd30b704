import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/gobmp/full-permanent-resident.json — seed 002 «Кепілдендірілген медициналық көмектің толық пакеті», line
// «Қазақстан республикасы аумағында тұрақты тұратын шетелдіктер». One rule per residency class, reason code gobmp.full.
describe('a permanent resident has the full free package', () => {
  it('a permanent resident has the full GOBMP package, military service or not', async () => {
    const d = await decide(adult({}, 'permanent_resident'), '2025-06-15');
    expect(d.packages.gobmp).toBe('full');
    expect(codes(d)).toContain('gobmp.full');
    const serving = adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01' }] }, 'permanent_resident');
    expect((await decide(serving, '2025-06-15')).packages.gobmp).toBe('full');
  });

  it('the reason cites the seed line of its own class', async () => {
    const reason = (await decide(adult({}, 'permanent_resident'), '2025-06-15')).reasons.find((r) => r.code === 'gobmp.full');
    expect(reason?.ruleId).toBe('gobmp.full.permanent_resident');
    expect(reason?.source.ref).toContain('Қазақстан республикасы аумағында тұрақты тұратын шетелдіктер');
  });

  it('a permit that expired the day before asOf ends the full package: only the dangerous-diseases package remains', async () => {
    const expired = { ...adult(), residency: { status: 'permanent_resident', residencePermitUntil: '2025-06-14' } };
    expect((await decide(expired, '2025-06-15')).packages.gobmp).toBe('dangerous_diseases');
    expect((await decide(expired, '2025-06-14')).packages.gobmp).toBe('full');
  });
});
