import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/participant-temporary-resident.json — seed 002, the OSMS list «Аударымдар мен жарна төлейтін санаттар
// (сақтандырылған)», line «Қазақстан республикасы аумағында уақытша тұратын шетелдіктер және олардың отбасы мүшелері». One rule per residency class, reason code osms.participant.
describe('a temporarily residing foreigner is an OSMS participant', () => {
  it('a temporarily residing foreigner can be insured under OSMS: not insured without payments', async () => {
    const d = await decide(adult({}, 'temporary_resident'), '2025-06-15');
    expect(d.packages.osms).toBe(true);
    expect(d.insurance.status).toBe('not_insured');
  });

  it('the reason cites the seed line of a temporarily residing foreigner, not another class', async () => {
    const reason = (await decide(adult({}, 'temporary_resident'), '2025-06-15')).reasons.find((r) => r.code === 'osms.participant');
    expect(reason?.ruleId).toBe('osms.participant.temporary_resident');
    expect(reason?.source.document).toBe('seed:002');
    expect(reason?.source.ref).toContain('Қазақстан республикасы аумағында уақытша тұратын шетелдіктер және олардың отбасы мүшелері');
  });

  it('while a military or law-enforcement service is active on asOf, a temporarily residing foreigner is outside OSMS; the day after it ends, a participant again', async () => {
    const serving = adult(
      { employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-06-15' }] },
      'temporary_resident',
    );
    expect((await decide(serving, '2025-06-15')).packages.osms).toBe(false);
    expect((await decide(serving, '2025-06-16')).packages.osms).toBe(true);
  });

  it('every temporary resident participates, employed or not (a family member too), and is not insured without deductions', async () => {
    for (const extra of [{ employment: [{ kind: 'employee' }] }, {}, { employment: [{ kind: 'self_payer' }] }]) {
      const d = await decide(adult(extra, 'temporary_resident'), '2025-06-15');
      expect(d.packages.osms).toBe(true);
      expect(d.insurance.status).toBe('not_insured');
    }
  });

  it('a permanent resident whose permit expired participates as a temporary resident, citing that line', async () => {
    const d = await decide(
      { ...adult({}, 'permanent_resident'), residency: { status: 'permanent_resident', residencePermitUntil: '2025-01-31' } },
      '2025-06-15',
    );
    expect(d.reasons.find((r) => r.code === 'osms.participant')?.ruleId).toBe('osms.participant.temporary_resident');
  });
});
