import { describe, expect, it } from 'vitest';
import { adult, codes, decide, monthly } from '../../support/profiles';

// rules/osms/debt.json — Law on OSMS art. 5 p.3 (at most 12 months), seed 002 «ҚАРЫЗ ҚАЛАЙ ӨТЕЛЕДІ»
describe('arrears a person repays', () => {
  it('a self-payer with three unpaid months owes them: 3 × 4,250 = 12,750', async () => {
    const d = await decide(adult({ employment: [{ kind: 'self_payer' }], payments: monthly('self_payer', '2024-06', 9, 4250) }), '2025-06-15');
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], amountKzt: 12750 });
    expect(codes(d)).toContain('osms.debt');
  });

  it('a person who never paid owes at most the 12 months before this one', async () => {
    const d = await decide(adult(), '2025-06-15');
    expect(d.insurance.debt?.months).toEqual([
      '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05',
    ]);
    expect(d.insurance.debt?.amountKzt).toBe(51000);
  });

  it('each month is owed at its own rate: 10 months of 2022 at 3,000 and 2 of 2023 at 3,500 make 37,000', async () => {
    const d = await decide(adult(), '2023-03-15');
    expect(d.insurance.debt?.amountKzt).toBe(37000);
  });

  it('an individual entrepreneur owes 5,950 a month in 2025', async () => {
    const d = await decide(adult({ employment: [{ kind: 'individual_entrepreneur' }], payments: monthly('individual_entrepreneur', '2024-06', 7, 5950) }), '2025-06-15');
    expect(d.insurance.debt).toEqual({ months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'], amountKzt: 29750 });
  });

  it('months in which a state category was active are left out', async () => {
    const d = await decide(adult({ stateCategories: [{ category: 'registered_unemployed', since: '2024-01-01', until: '2025-02-10' }] }), '2025-06-15');
    expect(d.insurance.debt).toEqual({ months: ['2025-03', '2025-04', '2025-05'], amountKzt: 12750 });
  });

  it('months of childhood are left out: 18 on 2025-01-10, so January 2025 is not owed', async () => {
    const d = await decide({ person: { birthDate: '2007-01-10', sex: 'male' }, residency: { status: 'citizen' } }, '2025-06-15');
    expect(d.insurance.debt).toEqual({ months: ['2025-02', '2025-03', '2025-04', '2025-05'], amountKzt: 17000 });
  });

  it('an insured person and a refugee have no debt', async () => {
    expect((await decide(adult({ payments: monthly('self_payer', '2024-06', 12, 4250) }), '2025-06-15')).insurance.debt).toBeNull();
    expect((await decide(adult({}, 'refugee'), '2025-06-15')).insurance.debt).toBeNull();
  });
});
