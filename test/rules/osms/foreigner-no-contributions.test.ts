import { describe, expect, it } from 'vitest';
import { adult, codes, decide, monthly } from '../../support/profiles';

// rules/osms/foreigner-no-contributions.json — seed 002, Law on OSMS art. 14
describe("a temporary resident's own contributions are not counted", () => {
  const employed = { employment: [{ kind: 'employee', since: '2023-01-01' }] };

  it('12 self-payer payments of a temporary resident give no status and the reason says why', async () => {
    const d = await decide(
      adult({ ...employed, payments: monthly('self_payer', '2024-06', 12, 4250) }, 'temporary_resident'),
      '2025-06-15',
    );
    expect(d.insurance.status).toBe('not_insured');
    expect(codes(d)).toContain('osms.foreigner-no-contributions');
  });

  it('12 employer deductions of a temporary resident do give the status', async () => {
    const d = await decide(
      adult({ ...employed, payments: monthly('employer_deduction', '2024-06', 12, 9000) }, 'temporary_resident'),
      '2025-06-15',
    );
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(codes(d)).not.toContain('osms.foreigner-no-contributions');
  });

  it("a permanent resident's own contributions count", async () => {
    const d = await decide(adult({ payments: monthly('self_payer', '2024-06', 12, 4250) }, 'permanent_resident'), '2025-06-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(codes(d)).not.toContain('osms.foreigner-no-contributions');
  });
});
