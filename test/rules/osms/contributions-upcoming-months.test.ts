import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/contributions-upcoming-months.json — seed 004: from 2022-09-05, 12 separate monthly payments
const selfPayer = (payments: unknown[], kind = 'self_payer') => adult({ employment: [{ kind }], payments });
const pay = (kind: string, period: string, paidOn: string, amountKzt: number, months?: number) => ({
  kind,
  period,
  paidOn,
  amountKzt,
  ...(months ? { months } : {}),
});

describe('paying upcoming months', () => {
  it('a self-payer who paid this month (3,500 in 2023) as a separate payment is insured through its end', async () => {
    const d = await decide(selfPayer([pay('self_payer', '2023-03', '2023-03-05', 3500)]), '2023-03-20');
    expect(d.insurance.bases).toEqual(['osms.contributions.upcoming-months']);
    expect(d.insurance.validThrough).toBe('2023-03-31');
  });

  it('two separate monthly payments keep the status through the second month', async () => {
    const d = await decide(
      selfPayer([pay('self_payer', '2023-03', '2023-03-05', 3500), pay('self_payer', '2023-04', '2023-03-05', 3500)]),
      '2023-03-20',
    );
    expect(d.insurance.validThrough).toBe('2023-04-30');
  });

  it('a single payment of 42,000 for 12 months does not grant status', async () => {
    const d = await decide(selfPayer([pay('self_payer', '2023-03', '2023-03-05', 42000, 12)]), '2023-03-20');
    expect(d.insurance.status).toBe('not_insured');
  });

  it('the mechanism starts on 2022-09-05, not on 2022-09-04', async () => {
    const profile = selfPayer([pay('self_payer', '2022-09', '2022-09-01', 3000)]);
    expect((await decide(profile, '2022-09-04')).insurance.status).toBe('not_insured');
    expect((await decide(profile, '2022-09-05')).insurance.bases).toEqual(['osms.contributions.upcoming-months']);
  });

  it('an individual entrepreneur paying 5,950 for this month in 2025 is insured; 4,250 is not enough', async () => {
    expect(
      (await decide(selfPayer([pay('individual_entrepreneur', '2025-06', '2025-06-02', 5950)], 'individual_entrepreneur'), '2025-06-15'))
        .insurance.status,
    ).toBe('insured');
    expect(
      (await decide(selfPayer([pay('individual_entrepreneur', '2025-06', '2025-06-02', 4250)], 'individual_entrepreneur'), '2025-06-15'))
        .insurance.status,
    ).toBe('not_insured');
  });

  it("an employer's deduction for the current month is not this basis", async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'employee' }], payments: [pay('employer_deduction', '2025-06', '2025-06-05', 9000)] }),
      '2025-06-15',
    );
    expect(d.insurance.status).toBe('not_insured');
  });
});
