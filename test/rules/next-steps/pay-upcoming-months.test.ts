import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/pay-upcoming-months.json — seed 004, from 2022-09-05
describe("pay this month's contribution", () => {
  it('an uninsured self-payer pays 4,250 this month in 2025; an entrepreneur 5,950', async () => {
    expect(await stepOf(adult({ employment: [{ kind: 'self_payer' }] }), '2025-06-15', 'pay_upcoming_months')).toMatchObject({
      amountKzt: 4250,
    });
    expect(await stepOf(adult({ employment: [{ kind: 'individual_entrepreneur' }] }), '2025-06-15', 'pay_upcoming_months')).toMatchObject({
      amountKzt: 5950,
    });
  });

  it('the step exists from 2022-09-05, not on 2022-09-04', async () => {
    expect(await stepOf(adult(), '2022-09-04', 'pay_upcoming_months')).toBeUndefined();
    expect(await stepOf(adult(), '2022-09-05', 'pay_upcoming_months')).toMatchObject({ amountKzt: 3000 });
  });

  it('an employee has no such step', async () => {
    expect(await stepOf(adult({ employment: [{ kind: 'employee' }] }), '2025-06-15', 'pay_upcoming_months')).toBeUndefined();
  });
});

describe('pay this month: former ESP payers and temporary residents (revision 2)', () => {
  it('a former ESP payer in 2024 is told to pay 4,250 this month as a self-payer', async () => {
    const esp = ['2023-10', '2023-11', '2023-12'].map((period) => ({ kind: 'esp', period, paidOn: `${period}-20`, amountKzt: 3692 }));
    const step = await stepOf(
      adult({ settlement: 'city', employment: [{ kind: 'esp_payer' }], payments: esp }),
      '2024-02-15',
      'pay_upcoming_months',
    );
    expect(step?.amountKzt).toBe(4250);
  });

  it('a temporary resident owes no contributions and is not told to pay', async () => {
    expect(
      await stepOf(adult({ employment: [{ kind: 'self_payer' }] }, 'temporary_resident'), '2025-06-15', 'pay_upcoming_months'),
    ).toBeUndefined();
  });
});
