import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/participant-citizen.json — seed 002, the OSMS list «Аударымдар мен жарна төлейтін санаттар
// (сақтандырылған)», line «Аударымдар мен жарна төлейтін санаттар (сақтандырылған): ҚР азаматтары». One rule per residency class, reason code osms.participant.
describe('a citizen is an OSMS participant', () => {
  it('a citizen can be insured under OSMS: not insured without payments', async () => {
    const d = await decide(adult({}, 'citizen'), '2025-06-15');
    expect(d.packages.osms).toBe(true);
    expect(d.insurance.status).toBe('not_insured');
  });

  it('the reason cites the seed line of a citizen, not another class', async () => {
    const reason = (await decide(adult({}, 'citizen'), '2025-06-15')).reasons.find((r) => r.code === 'osms.participant');
    expect(reason?.ruleId).toBe('osms.participant.citizen');
    expect(reason?.source.document).toBe('seed:002');
    expect(reason?.source.ref).toContain('Аударымдар мен жарна төлейтін санаттар (сақтандырылған): ҚР азаматтары');
  });

  it('while a military or law-enforcement service is active on asOf, a citizen is outside OSMS; the day after it ends, a participant again', async () => {
    const serving = adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-06-15' }] }, 'citizen');
    expect((await decide(serving, '2025-06-15')).packages.osms).toBe(false);
    expect((await decide(serving, '2025-06-16')).packages.osms).toBe(true);
  });
});
