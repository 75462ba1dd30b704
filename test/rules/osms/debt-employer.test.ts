import { describe, expect, it } from 'vitest';
import { adult, codes, decide, monthly } from '../../support/profiles';

// rules/osms/debt-employer.json — seed 002: employees ask the employer's accounting department
describe('arrears the employer owes', () => {
  it("an employee with two months without deductions has a debt with no amount: it is the employer's", async () => {
    const d = await decide(adult({ employment: [{ kind: 'employee' }], payments: monthly('employer_deduction', '2024-06', 10, 9000) }), '2025-06-15');
    expect(d.insurance.debt).toEqual({ months: ['2025-04', '2025-05'], amountKzt: null });
    expect(codes(d)).toContain('osms.debt-employer');
    expect(codes(d)).not.toContain('osms.debt');
  });

  it('a temporary resident employed since 2025-03 without deductions: the employer owes March to May only', async () => {
    const d = await decide(adult({ employment: [{ kind: 'employee', since: '2025-03-01' }] }, 'temporary_resident'), '2025-06-15');
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], amountKzt: null });
  });
});
