import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/pay-arrears-optional.json — seed 004 «өткен жылдың берешегін жабу міндетті емес» (from 2022-09-05)
describe('repaying the arrears is possible, not required', () => {
  const selfPayer = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) });

  it('a self-payer with arrears is first told to pay this month separately, and only then that repaying 12,750 is not required', async () => {
    const steps = await stepsOf(selfPayer, '2025-06-15');
    const codes = steps.map((s) => s.code);
    expect(codes.indexOf('pay_upcoming_months')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('pay_upcoming_months')).toBeLessThan(codes.indexOf('pay_arrears'));
    const arrears = steps.find((s) => s.code === 'pay_arrears');
    expect(arrears?.amountKzt).toBe(12750);
    expect(arrears?.message).toContain('not required');
  });

  it('the Kazakh message quotes the leaflet: repaying last year’s debt is not required', async () => {
    expect((await stepOf(selfPayer, '2025-06-15', 'pay_arrears', 'kk'))?.message).toContain('Өткен жылдың берешегін жабу міндетті емес');
  });

  it('an individual entrepreneur is told the same on the day of the change, 2022-09-05, but not the day before', async () => {
    const ie = adult({ employment: [{ kind: 'individual_entrepreneur' }] });
    expect((await stepOf(ie, '2022-09-05', 'pay_arrears'))?.message).toContain('not required');
    expect((await stepOf(ie, '2022-09-04', 'pay_arrears'))?.message).not.toContain('not required');
  });
});
