import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/pay-before-grace-ends.json — Law on OSMS art. 5 p.2
describe('pay before the grace ends', () => {
  it('a self-payer in grace pays the missing month (March, 4,250; April is not yet due) before 2025-05-31', async () => {
    const profile = adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-03', 12, 4250) });
    expect(await stepOf(profile, '2025-04-15', 'pay_before_grace_ends')).toMatchObject({ deadline: '2025-05-31', amountKzt: 4250 });
  });

  it('an employee in grace whose missing month is the employer’s is not told to pay it himself (revision 3)', async () => {
    // Changed from revision 2, which gave him this step without an amount: the month is the employer's.
    const profile = adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-03', 12, 9000) });
    const codes = (await stepsOf(profile, '2025-04-15')).map((s) => s.code);
    expect(codes).not.toContain('pay_before_grace_ends');
    expect(codes).toContain('contact_employer');
  });

  it('a new employee in grace from old self-payments pays only the month before the contract', async () => {
    // Self-payments 2024-02 … 2025-01, employed from 2025-03-01, no deductions yet: on 2025-04-15 grace runs
    // from L = 2025-01 to 2025-04-30; February is his own (4,250), March the employer's.
    const profile = adult({
      employment: [{ kind: 'employee', since: '2025-03-01' }],
      payments: monthly('self_payer', '2024-02', 12, 4250),
    });
    const steps = await stepsOf(profile, '2025-04-15');
    expect(steps.find((s) => s.code === 'pay_before_grace_ends')).toMatchObject({ deadline: '2025-04-30', amountKzt: 4250 });
    expect(steps.find((s) => s.code === 'pay_before_grace_ends')?.message).toBe(
      'Pay your own missing months (02.2025), 4\u00a0250\u00a0₸, before 30.04.2025: after that the status is lost.',
    );
    expect(steps.find((s) => s.code === 'contact_employer')).toMatchObject({ deadline: '2025-04-30' });
  });

  it('a person insured by 12 payments is not in grace', async () => {
    expect(
      await stepOf(adult({ payments: monthly('self_payer', '2024-06', 12, 4250) }), '2025-06-15', 'pay_before_grace_ends'),
    ).toBeUndefined();
  });
});

describe('grace of a temporary resident (revision 2)', () => {
  it('a temporary resident in grace is told to ask the employer, not to pay', async () => {
    // Deductions 2024-04 … 2025-03; on 2025-05-20 the status holds by grace.
    const profile = adult(
      { employment: [{ kind: 'employee', since: '2020-01-01' }], payments: monthly('employer_deduction', '2024-04', 12, 9000) },
      'temporary_resident',
    );
    const codes = (await stepsOf(profile, '2025-05-20')).map((s) => s.code);
    expect(codes).toContain('contact_employer');
    expect(codes).not.toContain('pay_before_grace_ends');
  });
});
