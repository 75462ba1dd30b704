import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/contact-employer.json — seed 002 «ҚАРЫЗ ҚАЛАЙ ӨТЕЛЕДІ»
describe("ask the employer's accounting department", () => {
  it('an employee missing two months of deductions names those months', async () => {
    const profile = adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 10, 9000) });
    expect((await stepOf(profile, '2025-06-15', 'contact_employer'))?.message).toMatch(/\(04\.2025, 05\.2025\)\.$/);
  });

  it('only months of the contract count: employed since 2025-04, no deductions, two months', async () => {
    const step = await stepOf(adult({ employment: [{ kind: 'employee', since: '2025-04-01' }] }), '2025-06-15', 'contact_employer');
    expect(step?.message).toMatch(/\(04\.2025, 05\.2025\)\.$/);
  });

  it('a self-payer has no employer to ask', async () => {
    expect(await stepOf(adult({ employment: [{ kind: 'self_payer' }] }), '2025-06-15', 'contact_employer')).toBeUndefined();
  });
});

describe('ask the employer: in grace, after the contract, and for temporary residents (revision 2)', () => {
  it('an employee still insured by grace gets the step from the grace rule, with its deadline (next-steps.contact_employer_in_grace)', async () => {
    // Deductions 2024-04 … 2025-03: on 2025-05-20 C−1 = 2025-04 is missing, the status holds by grace to 2025-06-30.
    const profile = adult({
      employment: [{ kind: 'employee', since: '2020-01-01' }],
      payments: monthly('employer_deduction', '2024-04', 12, 9000),
    });
    const steps = (await stepsOf(profile, '2025-05-20')).filter((s) => s.code === 'contact_employer');
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ deadline: '2025-06-30' });
    expect(steps[0]?.message).toMatch(/\(04\.2025\): they must arrive by 30\.06\.2025/);
  });

  it('a serviceman has no employer months: the state covers the service', async () => {
    const profile = adult({
      employment: [
        { kind: 'military_or_law_enforcement', since: '2020-01-01', until: '2025-01-31' },
        { kind: 'self_payer', since: '2025-02-01' },
      ],
    });
    expect(await stepOf(profile, '2025-06-15', 'contact_employer')).toBeUndefined();
  });

  it('a former employee, now a self-payer, asks the old employer about the contract months only', async () => {
    const profile = adult({
      employment: [
        { kind: 'employee', since: '2020-01-01', until: '2025-03-31' },
        { kind: 'self_payer', since: '2025-04-01' },
      ],
    });
    expect((await stepOf(profile, '2025-06-15', 'contact_employer'))?.message).toMatch(/\(06\.2024, .*, 03\.2025\)\.$/);
  });

  it('a temporary resident whose employer missed a month asks the employer', async () => {
    const profile = adult(
      { employment: [{ kind: 'employee', since: '2024-06-01' }], payments: monthly('employer_deduction', '2024-07', 11, 9000) },
      'temporary_resident',
    );
    expect((await stepOf(profile, '2025-06-15', 'contact_employer'))?.message).toMatch(/\(06\.2024\)\.$/);
  });
});
