import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/write-off-preferential-debt.json — seed 002 «Қарыз жеңілдік санатында болған кезеңде туындаған болса»
describe("write off the Fund's debt of state-insured months", () => {
  it('the Fund lists two months of a pensioner: both are to be written off', async () => {
    const profile = adult({
      stateCategories: [{ category: 'pension_recipient', since: '2015-03-01' }],
      fundStatement: { checkedOn: '2025-06-10', status: 'not_insured', debtMonths: ['2025-03', '2025-04'] },
    });
    const step = await stepOf(profile, '2025-06-15', 'write_off_preferential_debt');
    expect(step?.message).toContain('03.2025, 04.2025');
    expect(step?.links).toEqual(['https://fms.kz']);
  });

  it('only the statement months inside the category are listed: unemployed until 2025-02-10 covers February, not March', async () => {
    const profile = adult({
      stateCategories: [{ category: 'registered_unemployed', since: '2024-01-01', until: '2025-02-10' }],
      fundStatement: { checkedOn: '2025-06-10', debtMonths: ['2025-03', '2025-02', '2023-12'] },
    });
    const step = await stepOf(profile, '2025-06-15', 'write_off_preferential_debt');
    expect(step?.message).toContain('(02.2025)');
  });

  it('a pensioner, a child or a person with a disability without a statement is never told to have debt written off', async () => {
    expect(
      await stepOf(
        adult({ stateCategories: [{ category: 'pension_recipient', since: '2015-03-01' }] }),
        '2025-06-15',
        'write_off_preferential_debt',
      ),
    ).toBeUndefined();
    expect(
      await stepOf(
        { person: { birthDate: '2015-01-10', sex: 'male' }, residency: { status: 'citizen' } },
        '2025-06-15',
        'write_off_preferential_debt',
      ),
    ).toBeUndefined();
    expect(await stepOf(adult({ disability: { group: 2 } }), '2025-06-15', 'write_off_preferential_debt')).toBeUndefined();
  });

  it("the library's own debt never gives the step: months after the kandas year are ordinary debt", async () => {
    const d = await decide(adult({ stateCategories: [{ category: 'kandas_unemployed', since: '2023-04-01' }] }, 'kandas'), '2025-02-10');
    expect(d.nextSteps.map((s) => s.code)).not.toContain('write_off_preferential_debt');
  });
});

describe('not for months of a military service (the library’s choice)', () => {
  it('a former officer whose Fund statement shows debt for months of his service is not told to apply for a write-off', async () => {
    const officer = adult({
      employment: [{ kind: 'military_or_law_enforcement', since: '2015-09-01', until: '2025-02-28' }],
      fundStatement: { checkedOn: '2025-06-10', status: 'not_insured', debtMonths: ['2024-12', '2025-01'] },
    });
    expect(await stepOf(officer, '2025-06-15', 'write_off_preferential_debt')).toBeUndefined();
  });
});
