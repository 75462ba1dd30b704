import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/register-self-payer.json — ESP abolished from 2024-01-01
describe('ESP no longer exists', () => {
  it('an ESP payer is told to pay as self-payer from 2024-01-01, not on 2023-12-31', async () => {
    const espPayer = adult({ employment: [{ kind: 'esp_payer' }] });
    expect(await stepOf(espPayer, '2024-01-01', 'register_self_payer')).toBeDefined();
    expect(await stepOf(espPayer, '2023-12-31', 'register_self_payer')).toBeUndefined();
  });

  it('an esp record for 2024 alone is enough', async () => {
    const payments = [{ kind: 'esp', period: '2024-02', paidOn: '2024-02-05', amountKzt: 3692 }];
    expect(await stepOf(adult({ payments }), '2024-03-15', 'register_self_payer')).toBeDefined();
  });
});

describe('no payment steps for those who owe no contributions (revision 2)', () => {
  it('a temporary resident with an ESP employment is told neither to pay ESP, nor to register as self-payer, nor where to pay', async () => {
    const codes = (await stepsOf(adult({ employment: [{ kind: 'esp_payer' }] }, 'temporary_resident'), '2023-06-15')).map((s) => s.code);
    for (const code of ['pay_esp_current_month', 'register_self_payer', 'pay_channels', 'pay_upcoming_months', 'pay_arrears'])
      expect(codes).not.toContain(code);
    expect(codes).toContain('check_status');
  });
});
