import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/participant-stateless-permanent.json — seed 002, the OSMS list «Аударымдар мен жарна төлейтін санаттар
// (сақтандырылған)», line «Қазақстан республикасы аумағында тұрақты тұратын азаматтығы жоқ адамдар». One rule per residency class, reason code osms.participant.
describe('a stateless permanent resident is an OSMS participant', () => {
  it('a stateless permanent resident can be insured under OSMS: not insured without payments', async () => {
    const d = await decide(adult({}, 'stateless_permanent'), '2025-06-15');
    expect(d.packages.osms).toBe(true);
    expect(d.insurance.status).toBe('not_insured');
  });

  it('the reason cites the seed line of a stateless permanent resident, not another class', async () => {
    const reason = (await decide(adult({}, 'stateless_permanent'), '2025-06-15')).reasons.find((r) => r.code === 'osms.participant');
    expect(reason?.ruleId).toBe('osms.participant.stateless_permanent');
    expect(reason?.source.document).toBe('seed:002');
    expect(reason?.source.ref).toContain('Қазақстан республикасы аумағында тұрақты тұратын азаматтығы жоқ адамдар');
  });

  it('while a military or law-enforcement service is active on asOf, a stateless permanent resident is outside OSMS; the day after it ends, a participant again', async () => {
    const serving = adult(
      { employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-06-15' }] },
      'stateless_permanent',
    );
    expect((await decide(serving, '2025-06-15')).packages.osms).toBe(false);
    expect((await decide(serving, '2025-06-16')).packages.osms).toBe(true);
  });

  it('after the permit expired a stateless person is temporarily staying and no participant', async () => {
    const d = await decide({ ...adult(), residency: { status: 'stateless_permanent', residencePermitUntil: '2025-06-14' } }, '2025-06-15');
    expect(d.packages.osms).toBe(false);
    expect(d.insurance.status).toBe('not_applicable');
  });
});
