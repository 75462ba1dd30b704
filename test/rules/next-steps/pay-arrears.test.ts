import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/pay-arrears.json — seed 002, Law on OSMS art. 5 p.3 (until 2022-09-04; later: pay-arrears@2022-09-05.json)
describe('repay the arrears', () => {
  it('a self-payer with three unpaid months in 2022 before the 5 September change repays 9,000 and is told so in Russian', async () => {
    const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2021-06', 11, 3000) });
    // Paid 2021-06 … 2022-04 (2021 at 2,125 is regular at 3,000 too); 2022-05 … 2022-07 unpaid: 3 × 3,000.
    const step = await stepOf(profile, '2022-08-15', 'pay_arrears', 'ru');
    expect(step?.amountKzt).toBe(9000);
    expect(step?.message).toBe(
      'Погасите задолженность за 3 мес. (05.2022, 06.2022, 07.2022): 9\u00a0000\u00a0₸. После погашения статус восстанавливается; погашается не более 12 месяцев (Закон об ОСМС, ст. 5 п. 3).',
    );
  });

  it('until 2022-09-04 a self-payer with own debt months must repay them: the step does not say it is optional', async () => {
    // Paid 2021-07 … 2022-05; 2022-06 … 2022-08 unpaid: 3 × 3,000 on the last day of this version.
    const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2021-07', 11, 3000) });
    const step = await stepOf(profile, '2022-09-04', 'pay_arrears', 'en');
    expect(step?.amountKzt).toBe(9000);
    expect(step?.message).toContain('The status is then restored');
    expect(step?.message).not.toContain('not required');
  });
});
