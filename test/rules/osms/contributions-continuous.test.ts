import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/osms/contributions-continuous.json — seed 003 «соңғы 12 тұрақты төлем»; Law on OSMS art. 5 p.3
const selfPayer = (payments: unknown[]) => adult({ employment: [{ kind: 'self_payer' }], payments });

describe('12 consecutive payments', () => {
  it('an employee whose employer paid every month from C-12 to C-1 is insured, for the month after and 3 grace months', async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 12, 9000) }),
      '2025-06-15',
    );
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    // last covered month 2025-05; status holds in 2025-06 (12 payments), then 2025-07 and 2025-08 in grace.
    expect(d.insurance.validThrough).toBe('2025-08-31');
    expect(d.insurance.grace).toBeNull();
  });

  it('the run reaches 12 only in the month after the 12th covered month', async () => {
    const profile = selfPayer(monthly('self_payer', '2024-06', 12, 4250, '01'));
    expect((await decide(profile, '2025-05-31')).insurance.bases).not.toContain('osms.contributions.continuous');
    expect((await decide(profile, '2025-06-01')).insurance.bases).toEqual(['osms.contributions.continuous']);
  });

  it('a payment below the month minimum is not regular and breaks the run', async () => {
    const payments = monthly('self_payer', '2024-06', 12, 4250);
    (payments[5] as { amountKzt: number }).amountKzt = 4249;
    expect((await decide(selfPayer(payments), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('a payment made after asOf is ignored', async () => {
    const payments = monthly('self_payer', '2024-06', 12, 4250);
    (payments[11] as { paidOn: string }).paidOn = '2025-06-16';
    expect((await decide(selfPayer(payments), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('one record paying 12 months at once counts when it is at least 12 × 4,250', async () => {
    const lump = (amountKzt: number) => selfPayer([{ kind: 'self_payer', period: '2024-06', months: 12, paidOn: '2024-06-05', amountKzt }]);
    expect((await decide(lump(51000), '2025-06-15')).insurance.bases).toEqual(['osms.contributions.continuous']);
    expect((await decide(lump(50999), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('a 2023 self-payer month needs 3,500 (5% of 70,000), a 2022 month 3,000', async () => {
    const payments = [...monthly('self_payer', '2022-06', 7, 3000), ...monthly('self_payer', '2023-01', 5, 3500)];
    expect((await decide(selfPayer(payments), '2023-06-15')).insurance.status).toBe('insured');
    const short = [...monthly('self_payer', '2022-06', 7, 3000), ...monthly('self_payer', '2023-01', 5, 3000)];
    expect((await decide(selfPayer(short), '2023-06-15')).insurance.status).toBe('not_insured');
  });

  it('after 60 payments the status lasts 6 months after the last one from 2026', async () => {
    const d = await decide(
      adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2021-01', 60, 9000) }),
      '2026-01-15',
    );
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    // last covered month 2025-12, run 60: 2026-01 by 12 payments, then 2026-02 … 2026-06 by the 6-month grace.
    expect(d.insurance.validThrough).toBe('2026-06-30');
  });
});

describe('months covered by the state count for the 12 payments (revision 3)', () => {
  it('a kandas whose state year ended and who then works is insured: nine months of the state and three of the employer', async () => {
    const d = await decide(
      adult(
        {
          stateCategories: [{ category: 'kandas_unemployed', since: '2024-03-01' }],
          employment: [{ kind: 'employee', since: '2025-03-01' }],
          payments: monthly('employer_deduction', '2025-03', 3, 9000),
        },
        'kandas',
      ),
      '2025-06-15',
    );
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    // The run 2024-03 … 2025-05 holds through June and three months of grace after May.
    expect(d.insurance.validThrough).toBe('2025-08-31');
  });

  it('a pensioner is not reported twice: while the category holds, the 12 payments count the records alone', async () => {
    const pensioner = adult({ stateCategories: [{ category: 'pension_recipient', since: '2015-03-01' }] });
    expect((await decide(pensioner, '2025-06-15')).insurance.bases).toEqual(['osms.state-category.pension_recipient']);
    // A working pensioner with 12 deductions has both bases.
    const working = adult({
      stateCategories: [{ category: 'pension_recipient', since: '2015-03-01' }],
      employment: [{ kind: 'employee' }],
      payments: monthly('employer_deduction', '2024-06', 12, 9000),
    });
    expect((await decide(working, '2025-06-15')).insurance.bases).toEqual([
      'osms.contributions.continuous',
      'osms.state-category.pension_recipient',
    ]);
  });

  it('the 12th month may be the state’s alone: a registered unemployed person until 2025-05-01 is insured on 2025-06-15', async () => {
    const d = await decide(
      adult({ stateCategories: [{ category: 'registered_unemployed', since: '2024-06-01', until: '2025-05-01' }] }),
      '2025-06-15',
    );
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    // 2024-06 … 2025-05 (May touched on its first day): through June, then July and August in grace.
    expect(d.insurance.validThrough).toBe('2025-08-31');
    // From 2024-07-01 instead: June 2024 is not covered, so eleven months only — and no grace either.
    const short = await decide(
      adult({ stateCategories: [{ category: 'registered_unemployed', since: '2024-07-01', until: '2025-05-01' }] }),
      '2025-06-15',
    );
    expect(short.insurance.status).toBe('not_insured');
  });

  it('a domestic student not in NOBD has no state months: his own payments are his basis', async () => {
    const student = adult({
      education: { fullTime: true, location: 'domestic', inNobd: false },
      stateCategories: [{ category: 'full_time_student', since: '2022-09-01' }],
    });
    expect((await decide(student, '2025-06-15')).insurance.status).toBe('not_insured');
    const paying = { ...student, employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 12, 4250) };
    expect((await decide(paying, '2025-06-15')).insurance.bases).toEqual(['osms.contributions.continuous']);
  });

  it('the state’s months do not count for a temporary resident', async () => {
    const child = {
      person: { birthDate: '2007-03-01', sex: 'male' },
      residency: { status: 'temporary_resident' },
      employment: [{ kind: 'employee', since: '2025-03-01' }],
      payments: monthly('employer_deduction', '2025-03', 3, 9000),
    };
    expect((await decide(child, '2025-06-15')).insurance.status).toBe('not_insured');
  });
});
