import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/fund-statement/differs-payment-pending.json —: payments not yet credited (paid within the last 10 days)
describe('the Fund shows no status: a recent payment may not be credited yet', () => {
  // 12 months 2024-05 … 2025-04, each paid on the 10th of the next month: the last on 2025-05-10.
  const payer = (checkedOn: string) =>
    adult({
      employment: [{ kind: 'self_payer' }],
      payments: monthly('self_payer', '2024-05', 13, 4250),
      fundStatement: { checkedOn, status: 'not_insured' },
    });

  it('a payment made 5 days before the check explains the difference', async () => {
    const d = await decide(payer('2025-06-15'), '2025-06-20');
    expect(d.insurance.status).toBe('insured');
    expect(d.reasons.find((r) => r.code === 'fund-statement.differs')?.ruleId).toBe('fund-statement.differs-payment-pending');
  });

  it('a payment made 10 days before the check still counts, one made 11 days before does not', async () => {
    // The last payment (2025-05 for period 2025-05) is on 2025-06-10.
    const within = await decide(payer('2025-06-20'), '2025-06-25');
    expect(within.reasons.find((r) => r.code === 'fund-statement.differs')?.ruleId).toBe('fund-statement.differs-payment-pending');
    const past = await decide(payer('2025-06-21'), '2025-06-25');
    expect(past.reasons.find((r) => r.code === 'fund-statement.differs')?.ruleId).toBe('fund-statement.differs-unexplained');
  });
});
