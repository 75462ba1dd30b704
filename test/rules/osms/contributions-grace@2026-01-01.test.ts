import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/osms/contributions-grace@2026-01-01.json — Laws 206-VIII (14.07.2025), 215-VIII (18.07.2025):
// six months of grace after a run of 60, for months from 2026-01-01; otherwise three (Law on OSMS art. 5 p.2).
const employee = (first: string, count: number) =>
  adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', first, count, 9000) });

describe('grace from 2026: six months after sixty', () => {
  it('after a 60-month run, 4 months without payment end the status in 2025-12 but not in 2026-01', async () => {
    // run 2020-09 … 2025-08 (60 months), then nothing: in 2025-12 four months have passed (> 3).
    expect((await decide(employee('2020-09', 60), '2025-12-15')).insurance.status).toBe('not_insured');
    // in 2026-01 five months have passed, within the 6-month grace now in force.
    const d = await decide(employee('2020-09', 60), '2026-01-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.grace']);
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2025-08', endsOn: '2026-02-28' });
  });

  it('a run of 59 months gets only the 3-month grace in 2026', async () => {
    // 2021-03 … 2026-01 is 59 months; in 2026-05 four months have passed.
    expect((await decide(employee('2021-03', 59), '2026-05-15')).insurance.status).toBe('not_insured');
    // 2021-02 … 2026-01 is 60 months: the 6-month grace applies.
    expect((await decide(employee('2021-02', 60), '2026-05-15')).insurance.status).toBe('insured');
  });

  it('the 2026 version cites the amending laws first', async () => {
    const reason = (await decide(employee('2020-09', 60), '2026-01-15')).reasons.find((r) => r.code === 'osms.contributions.grace');
    expect(reason?.ruleId).toBe('osms.contributions.grace');
    expect(reason?.source.document).toBe('law:Laws 206-VIII (14.07.2025), 215-VIII (18.07.2025)');
    const before = (await decide(employee('2024-03', 12), '2025-04-15')).reasons.find((r) => r.code === 'osms.contributions.grace');
    expect(before?.source.document).toBe('law:Law on OSMS');
  });

  it('state months make a sixty-month run too: an officer who served until 2025-12-31 keeps the status through 2026-06-30', async () => {
    // Service 2015-09 … 2025-12 covers every month by the state: a run of 124 ending at L = 2025-12.
    const officer = adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-12-31' }] });
    const d = await decide(officer, '2026-05-15');
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2025-12', endsOn: '2026-06-30' });
    expect((await decide(officer, '2026-07-01')).insurance.status).toBe('not_insured');
  });
});
