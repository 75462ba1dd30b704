import { describe, expect, it } from 'vitest';
import { adult, decide } from './profiles';

/**
 * The cases every state-category rule must satisfy: an active record gives the basis, an ended or
 * future record does not, a temporary resident and a refugee never get it.
 */
/**
 * By hand, for the dates the category tests use. 2025-06-15: a record ending 2025-06-14 covers June,
 * so the status lasts through July and grace to 2025-09-30; a record ending 2025-01-31 leaves
 * 2025-02 … 2025-05 (4 months). 2026-03-01: a record ending 2026-02-28 covers February, so March, then
 * grace to 2026-05-31; one ending 2025-01-31 leaves all of 2025-03 … 2026-02 (12 months).
 */
const AFTER_RECORD: Record<string, { validThrough: string; debtMonths: number }> = {
  '2025-06-15': { validThrough: '2025-09-30', debtMonths: 4 },
  '2026-03-01': { validThrough: '2026-05-31', debtMonths: 12 },
};

export function stateCategoryCases(category: string, asOf = '2025-06-15') {
  const basis = `osms.state-category.${category}`;
  const record = (since: string, until?: string) => ({ stateCategories: [{ category, since, ...(until ? { until } : {}) }] });

  describe(`the ${category} category`, () => {
    it(`a citizen with an active ${category} record is insured by the state on that basis`, async () => {
      const d = await decide(adult(record('2024-01-01', '2027-12-31')), asOf);
      expect(d.insurance.status).toBe('insured');
      expect(d.insurance.bases).toEqual([basis]);
      expect(d.insurance.validThrough).toBe('2027-12-31');
      expect(d.insurance.debt).toBeNull();
    });

    it('the record counts on its last day and not the day after, when its months keep the status as payments would', async () => {
      expect((await decide(adult(record('2024-01-01', asOf)), asOf)).insurance.bases).toEqual([basis]);
      // Revision 3: the months the category was in force count like paid months. A record that ends the
      // day before asOf covers every month from 2024-01 to that day's month: C−12 … C−1 are covered, so
      // the 12-payments basis holds, through the last covered month and three months of grace after it.
      const after = await decide(adult(record('2024-01-01', shiftBack(asOf))), asOf);
      expect(after.insurance.bases).toEqual(['osms.contributions.continuous']);
      expect(after.insurance.validThrough).toBe(AFTER_RECORD[asOf]?.validThrough);
      // A record that ended on 2025-01-31 covers nothing after 2025-01: no status, and the rest is own debt.
      const longAgo = await decide(adult(record('2024-01-01', '2025-01-31')), asOf);
      expect(longAgo.insurance.status).toBe('not_insured');
      expect(longAgo.insurance.debt?.months.length).toBe(AFTER_RECORD[asOf]?.debtMonths);
    });

    it('a record that starts after asOf gives no status yet', async () => {
      const d = await decide(adult(record(shiftForward(asOf))), asOf);
      expect(d.insurance.status).toBe('not_insured');
    });

    it('a temporary resident with the record is not insured through it', async () => {
      const profile = adult({ ...record('2024-01-01'), employment: [{ kind: 'employee', since: '2024-01-01' }] }, 'temporary_resident');
      const d = await decide(profile, asOf);
      expect(d.insurance.bases).not.toContain(basis);
      expect(d.insurance.status).toBe('not_insured');
    });

    it('a refugee with the record is not an OSMS participant', async () => {
      const d = await decide(adult(record('2024-01-01'), 'refugee'), asOf);
      expect(d.insurance.status).toBe('not_applicable');
      expect(d.insurance.bases).toEqual([]);
    });
  });
}

function shiftBack(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function shiftForward(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
