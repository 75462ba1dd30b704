import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/participant-permanent-resident.json — seed 002, the OSMS list «Аударымдар мен жарна төлейтін санаттар
// (сақтандырылған)», line «Қазақстан республикасы аумағында тұрақты тұратын шетелдіктер (тұруға рұқсаты бар)». One rule per residency class, reason code osms.participant.
describe('a permanent resident is an OSMS participant', () => {
  it('a permanent resident can be insured under OSMS: not insured without payments', async () => {
    const d = await decide(adult({}, 'permanent_resident'), '2025-06-15');
    expect(d.packages.osms).toBe(true);
    expect(d.insurance.status).toBe('not_insured');
  });

  it('the reason cites the seed line of a permanent resident, not another class', async () => {
    const reason = (await decide(adult({}, 'permanent_resident'), '2025-06-15')).reasons.find((r) => r.code === 'osms.participant');
    expect(reason?.ruleId).toBe('osms.participant.permanent_resident');
    expect(reason?.source.document).toBe('seed:002');
    expect(reason?.source.ref).toContain('Қазақстан республикасы аумағында тұрақты тұратын шетелдіктер (тұруға рұқсаты бар)');
  });

  it('while a military or law-enforcement service is active on asOf, a permanent resident is outside OSMS; the day after it ends, a participant again', async () => {
    const serving = adult(
      { employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-06-15' }] },
      'permanent_resident',
    );
    expect((await decide(serving, '2025-06-15')).packages.osms).toBe(false);
    expect((await decide(serving, '2025-06-16')).packages.osms).toBe(true);
  });

  it('on the last day of the residence permit the permanent resident line still applies', async () => {
    const d = await decide({ ...adult(), residency: { status: 'permanent_resident', residencePermitUntil: '2025-06-15' } }, '2025-06-15');
    expect(d.reasons.find((r) => r.code === 'osms.participant')?.ruleId).toBe('osms.participant.permanent_resident');
  });
});
