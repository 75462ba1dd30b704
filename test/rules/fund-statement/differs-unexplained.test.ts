import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/fund-statement/differs-unexplained.json —: no cause the library can see, ask the Fund (1406)
describe("the Fund's statement differs for no cause the library can see", () => {
  it('the Fund shows insured while the library decides not insured: ask the Fund, call centre 1406', async () => {
    const d = await decide(adult({ fundStatement: { checkedOn: '2025-06-01', status: 'insured' } }), '2025-06-15', { locale: 'en' });
    expect(d.insurance.status).toBe('not_insured');
    const reason = d.reasons.find((r) => r.code === 'fund-statement.differs');
    expect(reason?.ruleId).toBe('fund-statement.differs-unexplained');
    expect(reason?.message).toContain('1406');
  });

  it('the Fund shows not insured though contributions were paid long ago: unexplained, and the status stays insured', async () => {
    const d = await decide(
      adult({ payments: monthly('self_payer', '2024-01', 17, 4250), fundStatement: { checkedOn: '2025-06-30', status: 'not_insured' } }),
      '2025-07-01',
    );
    expect(d.insurance.status).toBe('insured');
    expect(d.reasons.filter((r) => r.code === 'fund-statement.differs').map((r) => r.ruleId)).toEqual([
      'fund-statement.differs-unexplained',
    ]);
  });

  it('a refugee (not applicable) whom the Fund shows as not insured: no difference', async () => {
    const d = await decide(adult({ fundStatement: { checkedOn: '2025-06-01', status: 'not_insured' } }, 'refugee'), '2025-06-15');
    expect(d.reasons.map((r) => r.code)).not.toContain('fund-statement.differs');
  });
});
