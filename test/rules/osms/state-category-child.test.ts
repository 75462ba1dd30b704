import { describe, expect, it } from 'vitest';
import { decide } from '../../support/profiles';

// rules/osms/state-category-child.json —: a child is younger than 18 on asOf; no record needed
const child = (birthDate: string, status = 'citizen') => ({ person: { birthDate, sex: 'female' }, residency: { status } });

describe('children are insured by the state', () => {
  it('a citizen child is insured by the state until the day before turning 18', async () => {
    const d = await decide(child('2020-02-01'), '2025-06-15');
    expect(d.insurance.status).toBe('insured');
    expect(d.insurance.bases).toEqual(['osms.state-category.child']);
    expect(d.insurance.validThrough).toBe('2038-01-31');
    expect(d.insurance.monthlyContributionKzt).toBeNull();
  });

  it('the day before the 18th birthday the person is still a child; on the birthday no longer', async () => {
    expect((await decide(child('2007-06-15'), '2025-06-14')).insurance.bases).toEqual(['osms.state-category.child']);
    const adultNow = await decide(child('2007-06-15'), '2025-06-15');
    expect(adultNow.insurance.bases).toEqual([]);
    expect(adultNow.insurance.status).toBe('not_insured');
  });

  it('a kandas child and a permanent-resident child are insured; a temporary-resident child participates but is not state-insured', async () => {
    expect((await decide(child('2015-01-01', 'kandas'), '2025-06-15')).insurance.status).toBe('insured');
    expect((await decide(child('2015-01-01', 'permanent_resident'), '2025-06-15')).insurance.status).toBe('insured');
    const temporary = await decide(child('2015-01-01', 'temporary_resident'), '2025-06-15');
    expect(temporary.insurance.status).toBe('not_insured');
    expect(temporary.insurance.debt).toBeNull();
  });

  it('a child born on 29 February is a child through 28 February of the common year she turns 18, and validThrough says so', async () => {
    // 2008-02-29: turns 18 on 2026-03-01.
    const d = await decide(child('2008-02-29'), '2026-02-28');
    expect(d.insurance.bases).toEqual(['osms.state-category.child']);
    expect(d.insurance.validThrough).toBe('2026-02-28');
    expect((await decide(child('2008-02-29'), '2026-03-01')).insurance.bases).toEqual([]);
  });
});

describe('childhood comes from the birth date alone', () => {
  it('a child record on an adult does not make her state-insured, and on a child changes nothing', async () => {
    const adultWithRecord = { ...child('2002-01-01'), stateCategories: [{ category: 'child', since: '2020-01-01' }] };
    expect((await decide(adultWithRecord, '2020-01-01')).insurance.status).toBe('not_insured');
    const childWithRecord = { ...child('2015-01-01'), stateCategories: [{ category: 'child', since: '2015-01-01', until: '2016-01-01' }] };
    expect((await decide(childWithRecord, '2025-06-15')).insurance.validThrough).toBe('2032-12-31');
  });
});
