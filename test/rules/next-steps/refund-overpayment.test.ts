import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/refund-overpayment.json — seed 002 (refunds), Law on OSMS art. 17 p.1 sp.2
describe('claim back contributions not owed', () => {
  it("a temporary resident's own contributions can be claimed back", async () => {
    const profile = adult(
      { employment: [{ kind: 'employee' }], payments: monthly('self_payer', '2025-01', 3, 4250) },
      'temporary_resident',
    );
    expect((await stepOf(profile, '2025-06-15', 'refund_overpayment'))?.message).toMatch(/five working days/);
  });

  it('self-paid months in which the person was a pensioner can be claimed back; ordinary ones cannot', async () => {
    const pensioner = adult({
      stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }],
      payments: monthly('self_payer', '2025-01', 2, 4250),
    });
    expect(await stepOf(pensioner, '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(
      await stepOf(adult({ payments: monthly('self_payer', '2025-01', 2, 4250) }), '2025-06-15', 'refund_overpayment'),
    ).toBeUndefined();
  });
});

describe('claim back contributions not owed: categories from age, disability and study', () => {
  it("a state-insured child's self-payer payment can be claimed back", async () => {
    const child = {
      person: { birthDate: '2010-05-05', sex: 'female' },
      residency: { status: 'citizen' },
      payments: monthly('self_payer', '2025-01', 2, 4250),
    };
    expect(await stepOf(child, '2025-06-15', 'refund_overpayment')).toBeDefined();
  });

  it('a payment for the month of the 18th birthday is not refunded: the child category ends the day before', async () => {
    // 18 on 2025-03-10: March 2025 is partly not a child month; February is wholly one.
    const turning = (period: string) => ({
      person: { birthDate: '2007-03-10', sex: 'male' },
      residency: { status: 'citizen' },
      payments: [{ kind: 'self_payer', period, paidOn: '2025-04-01', amountKzt: 4250 }],
    });
    expect(await stepOf(turning('2025-03'), '2025-06-15', 'refund_overpayment')).toBeUndefined();
    expect(await stepOf(turning('2025-02'), '2025-06-15', 'refund_overpayment')).toBeDefined();
  });

  it('a person with a disability and a full-time student recorded in NOBD can claim back their self-paid months; an unrecorded student cannot', async () => {
    const payments = monthly('self_payer', '2025-01', 2, 4250);
    expect(await stepOf(adult({ disability: { group: 3 }, payments }), '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(
      await stepOf(
        adult({ education: { fullTime: true, location: 'domestic', inNobd: true }, payments }),
        '2025-06-15',
        'refund_overpayment',
      ),
    ).toBeDefined();
    expect(
      await stepOf(adult({ education: { fullTime: true, location: 'domestic' }, payments }), '2025-06-15', 'refund_overpayment'),
    ).toBeUndefined();
  });

  it('a kandas pays nothing back for the months after the kandas year', async () => {
    const kandas = adult(
      { stateCategories: [{ category: 'kandas_unemployed', since: '2023-04-01' }], payments: monthly('self_payer', '2024-05', 2, 4250) },
      'kandas',
    );
    expect(await stepOf(kandas, '2025-02-10', 'refund_overpayment')).toBeUndefined();
    const during = adult(
      { stateCategories: [{ category: 'kandas_unemployed', since: '2023-04-01' }], payments: monthly('self_payer', '2023-05', 2, 3500) },
      'kandas',
    );
    expect(await stepOf(during, '2025-02-10', 'refund_overpayment')).toBeDefined();
  });

  it('a temporary resident without an employer who paid as a self-payer can claim it back', async () => {
    const profile = adult(
      { employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2025-03', 3, 4250) },
      'temporary_resident',
    );
    expect(await stepOf(profile, '2025-06-15', 'refund_overpayment')).toBeDefined();
  });
});

describe('claim back ESP paid in a state-insured month', () => {
  it('a pensioner who paid ESP for 2023 months can claim it back', async () => {
    const esp = ['2023-03', '2023-04'].map((period) => ({ kind: 'esp', period, paidOn: `${period}-20`, amountKzt: 3450 }));
    const pensioner = adult({
      settlement: 'city',
      stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }],
      payments: esp,
    });
    expect(await stepOf(pensioner, '2023-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(adult({ settlement: 'city', payments: esp }), '2023-06-15', 'refund_overpayment')).toBeUndefined();
  });
});

describe('refunds only for months a category was really in force (revision 3)', () => {
  // The domestic student not in NOBD of the worked scenario: self-payments 2024-06 … 2025-05 at 4,250.
  const student = (inNobd: boolean) =>
    ({
      person: { birthDate: '2004-09-09', sex: 'male' },
      residency: { status: 'citizen' },
      education: { fullTime: true, location: 'domestic', inNobd },
      stateCategories: [{ category: 'full_time_student', since: '2022-09-01' }],
      employment: [{ kind: 'self_payer' }],
      payments: monthly('self_payer', '2024-06', 12, 4250),
    }) as Record<string, unknown>;

  it('a domestic student not in NOBD, insured by his own payments, is not offered a refund of them', async () => {
    expect(await stepOf(student(false), '2025-06-15', 'refund_overpayment')).toBeUndefined();
  });

  it('the same student entered into NOBD paid months he did not owe: he is offered the refund', async () => {
    expect(await stepOf(student(true), '2025-06-15', 'refund_overpayment')).toBeDefined();
  });

  it('a student abroad is offered the refund only once registered', async () => {
    const abroad = (registeredAbroad: boolean) => ({
      ...student(false),
      education: { fullTime: true, location: 'abroad', registeredAbroad },
    });
    expect(await stepOf(abroad(false), '2025-06-15', 'refund_overpayment')).toBeUndefined();
    expect(await stepOf(abroad(true), '2025-06-15', 'refund_overpayment')).toBeDefined();
  });

  it('a kandas’s self-payments after the kandas year are not refundable; those inside it are', async () => {
    // In force 2024-03-01 … 2025-02-28.
    const kandas = (first: string) =>
      adult(
        {
          stateCategories: [{ category: 'kandas_unemployed', since: '2024-03-01' }],
          employment: [{ kind: 'self_payer' }],
          payments: monthly('self_payer', first, 1, 4250),
        },
        'kandas',
      );
    expect(await stepOf(kandas('2025-02'), '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(kandas('2025-03'), '2025-06-15', 'refund_overpayment')).toBeUndefined();
  });

  it('self-payments made during a military or law-enforcement service are refundable: the state covered those months', async () => {
    const served = adult({
      employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01', until: '2025-02-28' }],
      payments: monthly('self_payer', '2025-01', 2, 4250),
    });
    expect(await stepOf(served, '2025-06-15', 'refund_overpayment')).toBeDefined();
    const after = adult({
      employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01', until: '2025-02-28' }],
      payments: monthly('self_payer', '2025-03', 2, 4250),
    });
    expect(await stepOf(after, '2025-06-15', 'refund_overpayment')).toBeUndefined();
  });
});

describe('where the spec is silent (the library’s choice)', () => {
  it('ESP paid while registered as an entrepreneur is not offered as a refund: the entrepreneur owed contributions', async () => {
    const esp = monthly('esp', '2023-03', 3, 3450).map((r) => ({ ...r, paidOn: `${String(r.period)}-05` }));
    const profile = adult({ settlement: 'city', employment: [{ kind: 'individual_entrepreneur', since: '2022-01-01' }], payments: esp });
    expect(await stepOf(profile, '2023-06-20', 'refund_overpayment')).toBeUndefined();
  });
});
