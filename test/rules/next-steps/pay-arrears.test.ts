import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/pay-arrears.json — seed 002, Law on OSMS art. 5 p.3
describe('repay the arrears', () => {
  it('a self-payer with three unpaid months repays 12,750 and is told so in Russian', async () => {
    const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) });
    const step = await stepOf(profile, '2025-06-15', 'pay_arrears', 'ru');
    expect(step?.amountKzt).toBe(12750);
    expect(step?.message).toBe(
      'Погасите задолженность за 3 мес. (03.2025, 04.2025, 05.2025): 12\u00a0750\u00a0₸. После погашения статус восстанавливается; погашается не более 12 месяцев (Закон об ОСМС, ст. 5 п. 3).',
    );
  });

  it("an employee's arrears are the employer's: no repayment step", async () => {
    expect(await stepOf(adult({ employment: [{ kind: 'employee' }] }), '2025-06-15', 'pay_arrears')).toBeUndefined();
  });
});
