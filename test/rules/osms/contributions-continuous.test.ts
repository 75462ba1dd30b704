import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/osms/contributions-continuous.json — seed 003 «соңғы 12 тұрақты төлем»; Law on OSMS art. 5 p.3
const selfPayer = (payments: unknown[]) => adult({ employment: [{ kind: 'self_payer' }], payments });

describe('12 consecutive payments', () => {
  it('an employee whose employer paid every month from C-12 to C-1 is insured, for the month after and 3 grace months', async () => {
    const d = await decide(adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 12, 9000) }), '2025-06-15');
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    // last covered month 2025-05; status holds in 2025-06 (12 payments), then 2025-07 and 2025-08 in grace.
    expect(d.insurance.validThrough).toBe('2025-08-31');
    expect(d.insurance.grace).toBeNull();
  });

  it('the run reaches 12 only in the month after the 12th covered month', async () => {
    const profile = selfPayer(monthly('self_payer', '2024-06', 12, 4250, '01'));
    expect((await decide(profile, '2025-05-31')).insurance.bases).not.toContain('osms.contributions.continuous');
    expect((await decide(profile, '2025-06-01')).insurance.bases).toEqual(['osms.contributions.continuous']);
  });

  it('a payment below the month minimum is not regular and breaks the run', async () => {
    const payments = monthly('self_payer', '2024-06', 12, 4250);
    (payments[5] as { amountKzt: number }).amountKzt = 4249;
    expect((await decide(selfPayer(payments), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('a payment made after asOf is ignored', async () => {
    const payments = monthly('self_payer', '2024-06', 12, 4250);
    (payments[11] as { paidOn: string }).paidOn = '2025-06-16';
    expect((await decide(selfPayer(payments), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('one record paying 12 months at once counts when it is at least 12 × 4,250', async () => {
    const lump = (amountKzt: number) => selfPayer([{ kind: 'self_payer', period: '2024-06', months: 12, paidOn: '2024-06-05', amountKzt }]);
    expect((await decide(lump(51000), '2025-06-15')).insurance.bases).toEqual(['osms.contributions.continuous']);
    expect((await decide(lump(50999), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('a 2023 self-payer month needs 3,500 (5% of 70,000), a 2022 month 3,000', async () => {
    const payments = [...monthly('self_payer', '2022-06', 7, 3000), ...monthly('self_payer', '2023-01', 5, 3500)];
    expect((await decide(selfPayer(payments), '2023-06-15')).insurance.status).toBe('insured');
    const short = [...monthly('self_payer', '2022-06', 7, 3000), ...monthly('self_payer', '2023-01', 5, 3000)];
    expect((await decide(selfPayer(short), '2023-06-15')).insurance.status).toBe('not_insured');
  });

  it('after 60 payments the status lasts 6 months after the last one from 2026', async () => {
    const d = await decide(adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2021-01', 60, 9000) }), '2026-01-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    // last covered month 2025-12, run 60: 2026-01 by 12 payments, then 2026-02 … 2026-06 by the 6-month grace.
    expect(d.insurance.validThrough).toBe('2026-06-30');
  });
});
