import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

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
    expect((await decide(kandas(), '2026-03-10')).insurance.bases).toEqual([]);
  });

  it('a citizen with a kandas_unemployed record does not get this basis', async () => {
    expect((await decide(kandas('citizen'), '2025-05-10')).insurance.bases).toEqual([]);
  });
});
