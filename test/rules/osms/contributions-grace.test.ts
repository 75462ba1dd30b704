import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/osms/contributions-grace.json — Law on OSMS art. 5 p.2; Laws 206-VIII, 215-VIII (6 months from 2026-01-01)
const employee = (first: string, count: number) => adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', first, count, 9000) });

describe('grace after payments stop', () => {
  it('12 payments ending 2025-02 keep the status through 2025-05-31 and report the grace', async () => {
    const d = await decide(employee('2024-03', 12), '2025-04-15');
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.contributions.grace']);
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2025-02', endsOn: '2025-05-31' });
    expect(d.insurance.validThrough).toBe('2025-05-31');
  });

  it('the last grace day is insured; the next day is not', async () => {
    expect((await decide(employee('2024-03', 12), '2025-05-31')).insurance.status).toBe('insured');
    expect((await decide(employee('2024-03', 12), '2025-06-01')).insurance.status).toBe('not_insured');
  });

  it('a run of 11 months gives no grace', async () => {
    expect((await decide(employee('2024-04', 11), '2025-04-15')).insurance.status).toBe('not_insured');
  });

  it('a person who keeps paying is insured by 12 payments, not by grace', async () => {
    const d = await decide(employee('2023-01', 30), '2025-06-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(d.insurance.grace).toBeNull();
  });

  it('12 payments, a missed month and one new payment: still in grace from the old run', async () => {
    const payments = [...monthly('employer_deduction', '2024-01', 12, 9000), ...monthly('employer_deduction', '2025-02', 1, 9000)];
    const d = await decide(adult({ employment: [{ kind: 'employee' }], payments }), '2025-03-15');
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2024-12', endsOn: '2025-03-31' });
  });

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
});
