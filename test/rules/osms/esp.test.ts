import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/esp.json — seed 002 «БЖТ – алдыңғы үш айға және ағымдағы ай үшін төленген болуы шарт»
const espPayer = (first: string, count: number, amountKzt: number, settlement?: string) => {
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  const payments = Array.from({ length: count }, (_, i) => {
    const m = start + i;
    const period = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return { kind: 'esp', period, paidOn: `${period}-05`, amountKzt };
  });
  return adult({ employment: [{ kind: 'esp_payer' }], payments, ...(settlement ? { settlement } : {}) });
};

describe('the unified aggregate payment', () => {
  it('three previous months and the current month paid (1 MCI = 3,450 in 2023, city) give the status through this month', async () => {
    const d = await decide(espPayer('2023-03', 4, 3450, 'city'), '2023-06-15');
    expect(d.insurance.bases).toEqual(['osms.esp']);
    expect(d.insurance.validThrough).toBe('2023-06-30');
    expect(d.insurance.monthlyContributionKzt).toBe(3450);
  });

  it('without the current month the status is lost', async () => {
    expect((await decide(espPayer('2023-03', 3, 3450, 'city'), '2023-06-15')).insurance.status).toBe('not_insured');
  });

  it('with only two previous months the status is not given', async () => {
    expect((await decide(espPayer('2023-04', 3, 3450, 'city'), '2023-06-15')).insurance.status).toBe('not_insured');
  });

  it('outside cities 0.5 MCI (1,725 in 2023) is enough; in a city it is not', async () => {
    expect((await decide(espPayer('2023-03', 4, 1725, 'other'), '2023-06-15')).insurance.status).toBe('insured');
    expect((await decide(espPayer('2023-03', 4, 1725, 'city'), '2023-06-15')).insurance.status).toBe('not_insured');
  });

  it('ESP ends with 2023: December 2023 counts, January 2024 does not', async () => {
    expect((await decide(espPayer('2023-09', 4, 3450, 'city'), '2023-12-15')).insurance.bases).toEqual(['osms.esp']);
    expect((await decide(espPayer('2023-10', 4, 3692, 'city'), '2024-01-15')).insurance.status).toBe('not_insured');
  });
});
