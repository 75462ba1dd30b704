import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/pay-esp-current-month.json — seed 002 ESP section
const espPayer = (periods: string[]) =>
  adult({
    settlement: 'city',
    employment: [{ kind: 'esp_payer' }],
    payments: periods.map((period) => ({ kind: 'esp', period, paidOn: `${period}-05`, amountKzt: 3450 })),
  });

describe('pay ESP for the current month', () => {
  it('an ESP payer in a city who has not paid June 2023 is told to pay 3,450 (1 MCI)', async () => {
    expect(await stepOf(espPayer(['2023-03', '2023-04', '2023-05']), '2023-06-15', 'pay_esp_current_month')).toMatchObject({
      amountKzt: 3450,
    });
  });

  it('once June is paid there is no such step', async () => {
    expect(await stepOf(espPayer(['2023-03', '2023-04', '2023-05', '2023-06']), '2023-06-15', 'pay_esp_current_month')).toBeUndefined();
  });
});

describe('not for a registered entrepreneur (revision 3)', () => {
  it('an ESP payer registered as an individual entrepreneur is not told to pay ESP: it would not count', async () => {
    const both = {
      ...espPayer(['2023-03', '2023-04', '2023-05']),
      employment: [{ kind: 'esp_payer' }, { kind: 'individual_entrepreneur', since: '2023-01-01' }],
    };
    expect(await stepOf(both, '2023-06-15', 'pay_esp_current_month')).toBeUndefined();
  });
});
