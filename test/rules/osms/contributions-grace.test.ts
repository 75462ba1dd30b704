import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/osms/contributions-grace.json — Law on OSMS art. 5 p.2; Laws 206-VIII, 215-VIII (6 months from 2026-01-01)
const employee = (first: string, count: number) =>
  adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', first, count, 9000) });

describe('grace after payments stop', () => {
  it('12 payments ending 2025-02 keep the status through 2025-05-31 and report the grace', async () => {
    const d = await decide(employee('2024-03', 12), '2025-04-15');
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.contributions.grace']);
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2025-02', endsOn: '2025-05-31' });
    expect(d.insurance.validThrough).toBe('2025-05-31');
  });

  it('the last grace day is insured; the next day is not', async () => {
    expect((await decide(employee('2024-03', 12), '2025-05-31')).insurance.status).toBe('insured');
    expect((await decide(employee('2024-03', 12), '2025-06-01')).insurance.status).toBe('not_insured');
  });

  it('a run of 11 months gives no grace', async () => {
    expect((await decide(employee('2024-04', 11), '2025-04-15')).insurance.status).toBe('not_insured');
  });

  it('a person who keeps paying is insured by 12 payments, not by grace', async () => {
    const d = await decide(employee('2023-01', 30), '2025-06-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(d.insurance.grace).toBeNull();
  });

  it('12 payments, a missed month and one new payment: still in grace from the old run', async () => {
    const payments = [...monthly('employer_deduction', '2024-01', 12, 9000), ...monthly('employer_deduction', '2025-02', 1, 9000)];
    const d = await decide(adult({ employment: [{ kind: 'employee' }], payments }), '2025-03-15');
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2024-12', endsOn: '2025-03-31' });
  });

  it('the reason cites the law of 2015, and tells the date the status holds to', async () => {
    const reason = (await decide(employee('2024-03', 12), '2025-04-15', { locale: 'en' })).reasons.find(
      (r) => r.code === 'osms.contributions.grace',
    );
    expect(reason?.source).toMatchObject({ document: 'law:Law on OSMS' });
    expect(reason?.message).toBe(
      'Insured in the grace period after the last paid month 02.2025: the status holds until 31.05.2025 unless the missing months are paid.',
    );
  });
});

describe('months covered by the state count for the grace (revision 3)', () => {
  it('a child who turned 18 on 2025-01-10 and pays nothing is insured by grace through 2025-04-30', async () => {
    // Childhood covers every month through 2025-01 (in force on 2025-01-01 … 09): a run ending at L = 2025-01.
    const d = await decide({ person: { birthDate: '2007-01-10', sex: 'female' }, residency: { status: 'citizen' } }, '2025-03-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.grace']);
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2025-01', endsOn: '2025-04-30' });
    expect(
      (await decide({ person: { birthDate: '2007-01-10', sex: 'female' }, residency: { status: 'citizen' } }, '2025-05-01')).insurance
        .status,
    ).toBe('not_insured');
  });

  it('a registered unemployed person whose record ended on 2025-01-31 is in grace on 2025-03-15, and is told to pay February', async () => {
    const profile = adult({ stateCategories: [{ category: 'registered_unemployed', since: '2023-01-01', until: '2025-01-31' }] });
    const d = await decide(profile, '2025-03-15');
    expect(d.insurance.grace).toEqual({ lastPaidMonth: '2025-01', endsOn: '2025-04-30' });
    expect(d.nextSteps.find((s) => s.code === 'pay_before_grace_ends')).toMatchObject({ deadline: '2025-04-30', amountKzt: 4250 });
  });

  it('a temporary resident’s category record covers nothing: no grace from it', async () => {
    const profile = adult(
      {
        stateCategories: [{ category: 'registered_unemployed', since: '2023-01-01', until: '2025-01-31' }],
        employment: [{ kind: 'employee', since: '2023-01-01' }],
      },
      'temporary_resident',
    );
    expect((await decide(profile, '2025-03-15')).insurance.status).toBe('not_insured');
  });
});
