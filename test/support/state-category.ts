import { describe, expect, it } from 'vitest';
import { adult, decide } from './profiles';

/**
 * The cases every state-category rule must satisfy: an active record gives the basis, an ended or
 * future record does not, a temporary resident and a refugee never get it.
 */
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

    it('the record counts on its last day and not the day after', async () => {
      expect((await decide(adult(record('2024-01-01', asOf)), asOf)).insurance.bases).toEqual([basis]);
      expect((await decide(adult(record('2024-01-01', shiftBack(asOf))), asOf)).insurance.bases).toEqual([]);
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
