import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/osms/state-category-kandas-unemployed.json — seed 002: non-working kandas, 1 year after the status
const kandas = (residency = 'kandas') => adult({ stateCategories: [{ category: 'kandas_unemployed', since: '2025-03-10' }] }, residency);

describe('a non-working kandas is insured for one year', () => {
  it('a kandas two months after the status date is insured, until the day before the first anniversary', async () => {
    const d = await decide(kandas(), '2025-05-10');
    expect(d.insurance.bases).toEqual(['osms.state-category.kandas_unemployed']);
    expect(d.insurance.validThrough).toBe('2026-03-09');
  });

  it('the status lasts through 2026-03-09 and ends on 2026-03-10 without an until date', async () => {
    expect((await decide(kandas(), '2026-03-09')).insurance.bases).toEqual(['osms.state-category.kandas_unemployed']);
    // The day after, the kandas basis is gone; its months (2025-03 … 2026-03) keep the status by the 12
    // payments (revision 3), through April and grace to 2026-06-30.
    const after = await decide(kandas(), '2026-03-10');
    expect(after.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(after.insurance.validThrough).toBe('2026-06-30');
  });

  it('a kandas whose state year ended and who then works is insured by the state’s months and the employer’s', async () => {
    // Status 2024-03-01: in force 2024-03-01 … 2025-02-28; deductions 2025-03 … 2025-05. On 2025-06-15
    // C−12 … C−1 = 2024-06 … 2025-05: nine months of the state, three of the employer.
    const worker = adult(
      {
        stateCategories: [{ category: 'kandas_unemployed', since: '2024-03-01' }],
        employment: [{ kind: 'employee', since: '2025-03-01' }],
        payments: monthly('employer_deduction', '2025-03', 3, 9000),
      },
      'kandas',
    );
    const d = await decide(worker, '2025-06-15');
    expect(d.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(d.insurance.debt).toBeNull();
    // Without the deductions the months since March are the employer's, and grace from February ends on 2025-05-31.
    const unpaid = await decide({ ...worker, payments: [] }, '2025-06-15');
    expect(unpaid.insurance.status).toBe('not_insured');
    expect(unpaid.insurance.debt).toEqual({
      months: ['2025-03', '2025-04', '2025-05'],
      employerMonths: ['2025-03', '2025-04', '2025-05'],
      amountKzt: null,
    });
  });

  it('a citizen’s kandas record covers no month: kandas_unemployed counts only for a kandas', async () => {
    const d = await decide(kandas('citizen'), '2026-03-10');
    expect(d.insurance.status).toBe('not_insured');
    expect(d.insurance.debt?.months).toHaveLength(12);
  });

  it('a citizen with a kandas_unemployed record does not get this basis', async () => {
    expect((await decide(kandas('citizen'), '2025-05-10')).insurance.bases).toEqual([]);
  });
});
