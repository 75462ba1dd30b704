import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

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
