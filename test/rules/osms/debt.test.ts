import { describe, expect, it } from 'vitest';
import { adult, codes, decide, monthly } from '../../support/profiles';

// rules/osms/debt.json —: Law on OSMS art. 5 p.3 (at most 12 months),
// seed 002 «ҚАРЫЗ ҚАЛАЙ ӨТЕЛЕДІ»; who owes each month.
describe('arrears: the months owed and who owes them', () => {
  it('a self-payer with three unpaid months owes them: 3 × 4,250 = 12,750', async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) }),
      '2025-06-15',
    );
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 12750 });
    expect(codes(d)).toContain('osms.debt');
  });

  it('a person who never paid owes at most the 12 months before this one', async () => {
    const d = await decide(adult(), '2025-06-15');
    expect(d.insurance.debt?.months).toEqual([
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
    ]);
    expect(d.insurance.debt?.amountKzt).toBe(51000);
  });

  it('each month is owed at its own rate: 10 months of 2022 at 3,000 and 2 of 2023 at 3,500 make 37,000', async () => {
    const d = await decide(adult(), '2023-03-15');
    expect(d.insurance.debt?.amountKzt).toBe(37000);
  });

  it('an individual entrepreneur owes 5,950 a month in 2025', async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'individual_entrepreneur' }], payments: monthly('individual_entrepreneur', '2024-06', 7, 5950) }),
      '2025-06-15',
    );
    expect(d.insurance.debt).toEqual({
      months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'],
      employerMonths: [],
      amountKzt: 29750,
    });
  });

  it('months in which a state category was active are left out', async () => {
    const d = await decide(
      adult({ stateCategories: [{ category: 'registered_unemployed', since: '2024-01-01', until: '2025-02-10' }] }),
      '2025-06-15',
    );
    expect(d.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 12750 });
  });

  it('months of childhood are left out: 18 on 2025-01-10, so January 2025 is not owed', async () => {
    const d = await decide({ person: { birthDate: '2007-01-10', sex: 'male' }, residency: { status: 'citizen' } }, '2025-06-15');
    expect(d.insurance.debt).toEqual({ months: ['2025-02', '2025-03', '2025-04', '2025-05'], employerMonths: [], amountKzt: 17000 });
  });

  it('after the kandas year the months are ordinary debt, though the kandas record has no end', async () => {
    // In force 2023-04-01 … 2024-03-31; C−12 … C−1 = 2024-02 … 2025-01: 10 months of 2024-04 … 2025-01 at 4,250.
    const d = await decide(adult({ stateCategories: [{ category: 'kandas_unemployed', since: '2023-04-01' }] }, 'kandas'), '2025-02-10');
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt?.months).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
    ]);
    expect(d.insurance.debt?.amountKzt).toBe(42500);
  });

  it("an employee with two months without deductions owes nothing himself: the months are the employer's", async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 10, 9000) }),
      '2025-06-15',
    );
    expect(d.insurance.debt).toEqual({ months: ['2025-04', '2025-05'], employerMonths: ['2025-04', '2025-05'], amountKzt: null });
    expect(codes(d)).toContain('osms.debt');
  });

  it('a new employee owes the months before the contract himself, at the self-payer rate', async () => {
    // Contract from 2024-10-01, deductions 2024-10 … 2025-05: 2024-06 … 2024-09 are his own, 4 × 4,250.
    const d = await decide(
      adult({ employment: [{ kind: 'employee', since: '2024-10-01' }], payments: monthly('employer_deduction', '2024-10', 8, 9000) }),
      '2025-06-15',
    );
    expect(d.insurance.debt).toEqual({ months: ['2024-06', '2024-07', '2024-08', '2024-09'], employerMonths: [], amountKzt: 17000 });
  });

  it('a month the contract touches on any day is the employer’s; the others are the person’s own', async () => {
    // Contract 2025-03-31 … 2025-04-01: March and April are the employer's; May and 2024-06 … 2025-02 are own.
    const d = await decide(adult({ employment: [{ kind: 'employee', since: '2025-03-31', until: '2025-04-01' }] }), '2025-06-15');
    expect(d.insurance.debt?.employerMonths).toEqual(['2025-03', '2025-04']);
    expect(d.insurance.debt?.months).toHaveLength(12);
    expect(d.insurance.debt?.amountKzt).toBe(10 * 4250);
  });

  it('a serving officer has no debt at all; after the service its months are never debt, the employer’s or his own', async () => {
    // Revision 3 (changed from revision 2, where the months were the state employer's debt): while serving
    // the person is outside OSMS; a service month is covered by the state.
    expect(
      (await decide(adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01' }] }), '2025-06-15')).insurance.debt,
    ).toBeNull();
    // Served until 2024-09-30, nothing since: on 2025-06-15 2024-06 … 2024-09 are the state's, 2024-10 … 2025-05 own (8 × 4,250).
    const left = await decide(
      adult({ employment: [{ kind: 'military_or_law_enforcement', since: '2020-01-01', until: '2024-09-30' }] }),
      '2025-06-15',
    );
    expect(left.insurance.debt).toEqual({
      months: ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05'],
      employerMonths: [],
      amountKzt: 8 * 4250,
    });
  });

  it('a temporary resident employed since 2025-03 without deductions: the employer owes March to May, and nothing else is debt', async () => {
    const d = await decide(adult({ employment: [{ kind: 'employee', since: '2025-03-01' }] }, 'temporary_resident'), '2025-06-15');
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt).toEqual({
      months: ['2025-03', '2025-04', '2025-05'],
      employerMonths: ['2025-03', '2025-04', '2025-05'],
      amountKzt: null,
    });
  });

  it('a temporary resident without an employer owes nothing: no debt at all', async () => {
    const d = await decide(adult({ employment: [{ kind: 'self_payer' }] }, 'temporary_resident'), '2025-06-15');
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt).toBeNull();
    expect(d.insurance.monthlyContributionKzt).toBeNull();
  });

  it('a former ESP payer owes the months after ESP at the self-payer rate', async () => {
    // C = 2024-02: 2023-02 … 2023-09 unpaid (8 × 3,500) and 2024-01 (ESP no longer regular, 4,250) = 32,250.
    const esp = ['2023-10', '2023-11', '2023-12', '2024-01'].map((period) => ({
      kind: 'esp',
      period,
      paidOn: `${period}-20`,
      amountKzt: 3692,
    }));
    const d = await decide(adult({ settlement: 'city', employment: [{ kind: 'esp_payer' }], payments: esp }), '2024-02-15');
    expect(d.insurance.debt?.amountKzt).toBe(32250);
    expect(d.insurance.monthlyContributionKzt).toBe(4250);
  });

  it('an insured person and a refugee have no debt', async () => {
    expect((await decide(adult({ payments: monthly('self_payer', '2024-06', 12, 4250) }), '2025-06-15')).insurance.debt).toBeNull();
    expect((await decide(adult({}, 'refugee'), '2025-06-15')).insurance.debt).toBeNull();
  });
});

describe('own contributions were first due for January 2020 (revision 3)', () => {
  it('a self-payer who never paid owes five months on 2020-06-15, 5 × 2,125 (5 % of 42,500)', async () => {
    const d = await decide(adult({ employment: [{ kind: 'self_payer' }] }), '2020-06-15');
    expect(d.insurance.debt).toEqual({
      months: ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05'],
      employerMonths: [],
      amountKzt: 10625,
    });
    expect(d.nextSteps.find((s) => s.code === 'pay_arrears')).toMatchObject({ amountKzt: 10625 });
  });

  it('on 2020-01-01 and 2020-01-31 nothing is owed yet; on 2020-02-01 January is', async () => {
    expect((await decide(adult({ employment: [{ kind: 'self_payer' }] }), '2020-01-01')).insurance.debt).toBeNull();
    expect((await decide(adult({ employment: [{ kind: 'self_payer' }] }), '2020-01-31')).insurance.debt).toBeNull();
    expect((await decide(adult({ employment: [{ kind: 'self_payer' }] }), '2020-02-01')).insurance.debt).toEqual({
      months: ['2020-01'],
      employerMonths: [],
      amountKzt: 2125,
    });
  });

  it('an individual entrepreneur owes 2,975 a month of 2020 (5 % of 1.4 × 42,500): 3 months on 2020-04-10', async () => {
    expect((await decide(adult({ employment: [{ kind: 'individual_entrepreneur' }] }), '2020-04-10')).insurance.debt?.amountKzt).toBe(8925);
  });

  it('a 2019 month is the employer’s debt when a contract was active; the person’s own months start in 2020', async () => {
    // Employee 2019-10-01 … 2019-12-31, nothing paid: on 2020-03-15 October … December 2019 are the employer's, January and February own.
    const d = await decide(adult({ employment: [{ kind: 'employee', since: '2019-10-01', until: '2019-12-31' }] }), '2020-03-15');
    expect(d.insurance.debt).toEqual({
      months: ['2019-10', '2019-11', '2019-12', '2020-01', '2020-02'],
      employerMonths: ['2019-10', '2019-11', '2019-12'],
      amountKzt: 4250,
    });
  });

  it('on 2021-01-15 the twelve months of 2020 are all owed: 12 × 2,125 = 25,500', async () => {
    expect((await decide(adult({ employment: [{ kind: 'self_payer' }] }), '2021-01-15')).insurance.debt?.amountKzt).toBe(25500);
  });
});
