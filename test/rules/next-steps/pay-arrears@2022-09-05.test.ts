import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/pay-arrears@2022-09-05.json — seed 002, Law on OSMS art. 5 p.3; seed 004 for
// the kinds that get the status back by paying upcoming months instead (next-steps.pay_arrears_optional).
describe('repay the arrears, from 2022-09-05', () => {
  it('a new employee repays his own months before the contract: 4 × 4,250, and the repayment is required', async () => {
    const profile = adult({
      employment: [{ kind: 'employee', since: '2024-10-01' }],
      payments: monthly('employer_deduction', '2024-10', 8, 9000),
    });
    const step = await stepOf(profile, '2025-06-15', 'pay_arrears', 'en');
    expect(step?.amountKzt).toBe(17000);
    expect(step?.message).toContain('The status is then restored');
    expect(step?.message).not.toContain('not required');
  });

  it('a self-payer with own debt months is no longer told to repay them as a requirement: the optional step speaks instead', async () => {
    const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2021-07', 11, 3000) });
    // Paid 2021-07 … 2022-05; 2022-06 … 2022-08 unpaid: 3 × 3,000, repaying not required.
    const step = await stepOf(profile, '2022-09-05', 'pay_arrears', 'en');
    expect(step?.amountKzt).toBe(9000);
    expect(step?.message).toContain('not required');
  });

  it("an employee's arrears are the employer's: no repayment step", async () => {
    expect(await stepOf(adult({ employment: [{ kind: 'employee' }] }), '2025-06-15', 'pay_arrears')).toBeUndefined();
  });
});
