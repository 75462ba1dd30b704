import { describe, expect, it } from 'vitest';
import { adult, monthly } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/refund-overpayment.json — seed 002 (refunds), Law on OSMS art. 17 p.1 sp.2
describe('claim back contributions not owed', () => {
  it("a temporary resident's own contributions can be claimed back", async () => {
    const profile = adult({ employment: [{ kind: 'employee' }], payments: monthly('self_payer', '2025-01', 3, 4250) }, 'temporary_resident');
    expect((await stepOf(profile, '2025-06-15', 'refund_overpayment'))?.message).toMatch(/five working days/);
  });

  it('self-paid months in which the person was a pensioner can be claimed back; ordinary ones cannot', async () => {
    const pensioner = adult({ stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }], payments: monthly('self_payer', '2025-01', 2, 4250) });
    expect(await stepOf(pensioner, '2025-06-15', 'refund_overpayment')).toBeDefined();
    expect(await stepOf(adult({ payments: monthly('self_payer', '2025-01', 2, 4250) }), '2025-06-15', 'refund_overpayment')).toBeUndefined();
  });
});
