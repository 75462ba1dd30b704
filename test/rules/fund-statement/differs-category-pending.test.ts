import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/fund-statement/differs-category-pending.json — seed 003 status "from the moment the data is received"
describe("the Fund shows no status: the category's data may not have reached it", () => {
  const pensioner = (fundStatement: Record<string, unknown>) =>
    adult({ stateCategories: [{ category: 'pension_recipient', since: '2015-03-01' }], fundStatement });

  it('a pensioner whom the Fund shows as not insured is told the statement differs, and stays insured', async () => {
    const d = await decide(pensioner({ checkedOn: '2025-06-10', status: 'not_insured' }), '2025-06-15', { locale: 'en' });
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.state-category.pension_recipient']);
    const reason = d.reasons.find((r) => r.code === 'fund-statement.differs');
    expect(reason?.ruleId).toBe('fund-statement.differs-category-pending');
    expect(reason?.message).toContain('10.06.2025');
    expect(reason?.message).toContain("category's data reaches the Fund");
  });

  it('a statement that agrees, or one without a status, says nothing', async () => {
    expect(codes(await decide(pensioner({ checkedOn: '2025-06-10', status: 'insured' }), '2025-06-15'))).not.toContain('fund-statement.differs');
    expect(codes(await decide(pensioner({ checkedOn: '2025-06-10' }), '2025-06-15'))).not.toContain('fund-statement.differs');
  });
});
