import { describe, expect, it } from 'vitest';
import { adult, codes, decide } from '../../support/profiles';

// rules/fund-statement/differs-category-pending.json — seed 003 status "from the moment the data is received"
const pensioner = (fundStatement: Record<string, unknown>) =>
  adult({ stateCategories: [{ category: 'pension_recipient', since: '2015-03-01' }], fundStatement });

describe("the Fund shows no status: the category's data may not have reached it", () => {
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
    expect(codes(await decide(pensioner({ checkedOn: '2025-06-10', status: 'insured' }), '2025-06-15'))).not.toContain(
      'fund-statement.differs',
    );
    expect(codes(await decide(pensioner({ checkedOn: '2025-06-10' }), '2025-06-15'))).not.toContain('fund-statement.differs');
  });
});

describe('what the category-pending message says (revision 3)', () => {
  it('it does not send the parent of a 15-year-old to "the body that granted the category": it says to check the category is confirmed, then ask the Fund', async () => {
    const child = {
      person: { birthDate: '2010-03-01', sex: 'female' },
      residency: { status: 'citizen' },
      fundStatement: { checkedOn: '2025-06-10', status: 'not_insured' },
    };
    const reason = (await decide(child, '2025-06-15', { locale: 'en' })).reasons.find((r) => r.code === 'fund-statement.differs');
    expect(reason?.message).not.toMatch(/body that granted/);
    expect(reason?.message).toContain('Check that the category is confirmed');
    expect(reason?.message).toContain('call centre 1406');
  });

  it('it cites seed 003 verbatim: the status is given from the moment the Ministry of Labour data is received', async () => {
    const reason = (await decide(pensioner({ checkedOn: '2025-06-10', status: 'not_insured' }), '2025-06-15')).reasons.find(
      (r) => r.code === 'fund-statement.differs',
    );
    expect(reason?.source).toMatchObject({
      document: 'seed:003',
      ref: '«Сақтандырылған» мәртебесі Еңбек және халықты әлеуметтік қорғау Министрлігінің ақпараттық жүйесінен деректер алынған сәттен бастап беріледі',
    });
  });
});
