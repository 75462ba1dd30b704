import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/pay-channels.json — seeds 002, 004
describe('where to pay', () => {
  it('an uninsured self-payer is told where to pay, after the payment steps', async () => {
    const codes = (await stepsOf(adult({ employment: [{ kind: 'self_payer' }] }), '2025-06-15')).map((s) => s.code);
    expect(codes.indexOf('pay_channels')).toBeGreaterThan(codes.indexOf('pay_upcoming_months'));
  });

  it('an insured self-payer and an employee are not', async () => {
    expect(await stepOf(adult({ payments: monthly('self_payer', '2024-06', 12, 4250) }), '2025-06-15', 'pay_channels')).toBeUndefined();
    expect(await stepOf(adult({ employment: [{ kind: 'employee' }] }), '2025-06-15', 'pay_channels')).toBeUndefined();
  });
});
