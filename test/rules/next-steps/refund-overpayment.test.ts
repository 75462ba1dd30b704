import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/refund-overpayment.json — seed 002 (refunds), Law on OSMS art. 17 p.1 sp.2
describe('claim back contributions not owed', () => {
  it("a temporary resident's own contributions can be claimed back", async () => {
    const profile = adult({ employment: [{ kind: 'employee' }], payments: monthly('self_payer', '2025-01', 3, 4250) }, 'temporary_resident');
    expect((await stepOf(profile, '2025-06-15', 'refund_overpayment'))?.message).toMatch(/five working days/);
  });

  it('self-paid months in which the person was a pensioner can be claimed back; ordinary ones cannot', async () => {
    const pensioner = adult({ stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }], payments: monthly('self_payer', '2025-01', 2, 4250) });
    expect(await stepOf(pensioner, '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(adult({ payments: monthly('self_payer', '2025-01', 2, 4250) }), '2025-06-15', 'refund_overpayment')).toBeUndefined();
  });
});

describe('claim back contributions not owed: categories from age, disability and study', () => {
  it("a state-insured child's self-payer payment can be claimed back", async () => {
    const child = { person: { birthDate: '2010-05-05', sex: 'female' }, residency: { status: 'citizen' }, payments: monthly('self_payer', '2025-01', 2, 4250) };
    expect(await stepOf(child, '2025-06-15', 'refund_overpayment')).toBeDefined();
  });

  it('a payment for the month of the 18th birthday is not refunded: the child category ends the day before', async () => {
    // 18 on 2025-03-10: March 2025 is partly not a child month; February is wholly one.
    const turning = (period: string) => ({ person: { birthDate: '2007-03-10', sex: 'male' }, residency: { status: 'citizen' }, payments: [{ kind: 'self_payer', period, paidOn: '2025-04-01', amountKzt: 4250 }] });
    expect(await stepOf(turning('2025-03'), '2025-06-15', 'refund_overpayment')).toBeUndefined();
    expect(await stepOf(turning('2025-02'), '2025-06-15', 'refund_overpayment')).toBeDefined();
  });

  it('a person with a disability and a full-time student recorded in NOBD can claim back their self-paid months; an unrecorded student cannot', async () => {
    const payments = monthly('self_payer', '2025-01', 2, 4250);
    expect(await stepOf(adult({ disability: { group: 3 }, payments }), '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(adult({ education: { fullTime: true, location: 'domestic', inNobd: true }, payments }), '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(adult({ education: { fullTime: true, location: 'domestic' }, payments }), '2025-06-15', 'refund_overpayment')).toBeUndefined();
  });

  it('a kandas pays nothing back for the months after the kandas year', async () => {
    const kandas = adult({ stateCategories: [{ category: 'kandas_unemployed', since: '2023-04-01' }], payments: monthly('self_payer', '2024-05', 2, 4250) }, 'kandas');
    expect(await stepOf(kandas, '2025-02-10', 'refund_overpayment')).toBeUndefined();
    const during = adult({ stateCategories: [{ category: 'kandas_unemployed', since: '2023-04-01' }], payments: monthly('self_payer', '2023-05', 2, 3500) }, 'kandas');
    expect(await stepOf(during, '2025-02-10', 'refund_overpayment')).toBeDefined();
  });

  it('a temporary resident without an employer who paid as a self-payer can claim it back', async () => {
    const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2025-03', 3, 4250) }, 'temporary_resident');
    expect(await stepOf(profile, '2025-06-15', 'refund_overpayment')).toBeDefined();
  });
});

describe('claim back ESP paid in a state-insured month', () => {
  it('a pensioner who paid ESP for 2023 months can claim it back', async () => {
    const esp = ['2023-03', '2023-04'].map((period) => ({ kind: 'esp', period, paidOn: `${period}-20`, amountKzt: 3450 }));
    const pensioner = adult({ settlement: 'city', stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }], payments: esp });
    expect(await stepOf(pensioner, '2023-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(adult({ settlement: 'city', payments: esp }), '2023-06-15', 'refund_overpayment')).toBeUndefined();
  });
});
