import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/contact-employer-in-grace.json — seed 002 «ЖҰМЫСШЫЛАР … жұмыс берушінің
// бухгалтериясына хабарласып…»; Law on OSMS art. 5 p.2 (grace). Deductions 2024-03 … 2025-02: on
// 2025-04-15 March is missing and the status holds by grace through 2025-05-31 (3 months after February).
const deductions = monthly('employer_deduction', '2024-03', 12, 9000);

describe('ask the employer before the grace ends', () => {
  it('an employee in grace is told to ask about March, with the deadline 2025-05-31, and not to pay it himself', async () => {
    const profile = adult({ employment: [{ kind: 'employee', since: '2020-01-01' }], payments: deductions });
    const steps = await stepsOf(profile, '2025-04-15');
    expect(steps.find((s) => s.code === 'contact_employer')).toMatchObject({ deadline: '2025-05-31' });
    expect(steps.find((s) => s.code === 'contact_employer')?.message).toBe(
      "Ask your employer's accounting department why the deductions did not arrive (03.2025): they must arrive by 31.05.2025 for the status to hold.",
    );
    expect(steps.map((s) => s.code)).not.toContain('pay_before_grace_ends');
  });

  it('a temporarily residing employee in grace gets the same deadline', async () => {
    const profile = adult({ employment: [{ kind: 'employee', since: '2024-01-01' }], payments: deductions }, 'temporary_resident');
    expect((await stepOf(profile, '2025-04-15', 'contact_employer'))?.deadline).toBe('2025-05-31');
    expect((await stepOf(profile, '2025-04-15', 'contact_employer', 'ky'))?.message).toContain('31.05.2025 чейин түшүшү керек');
  });

  it('the last day of grace still has the deadline; the next day the status is lost and the step has none', async () => {
    const profile = adult({ employment: [{ kind: 'employee', since: '2020-01-01' }], payments: deductions });
    expect((await stepOf(profile, '2025-05-31', 'contact_employer'))?.deadline).toBe('2025-05-31');
    const after = await stepOf(profile, '2025-06-01', 'contact_employer');
    expect(after?.deadline).toBeUndefined();
    expect(after?.message).toMatch(/\(03\.2025, 04\.2025, 05\.2025\)\.$/);
  });

  it('a former employee in grace whose missing months came after the contract asks nobody: they are his own', async () => {
    const profile = adult({ employment: [{ kind: 'employee', since: '2020-01-01', until: '2025-02-28' }], payments: deductions });
    const codes = (await stepsOf(profile, '2025-04-15')).map((s) => s.code);
    expect(codes).not.toContain('contact_employer');
    expect(codes).toContain('pay_before_grace_ends');
  });
});
