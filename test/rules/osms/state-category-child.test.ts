import { describe, expect, it } from 'vitest';
import { decide, monthly } from '../../support/profiles';

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
    expect(adultNow.insurance.bases).not.toContain('osms.state-category.child');
    // Revision 3: the months of childhood count like paid months (2024-06 … 2025-06 are all covered by the
    // state), so on her birthday she is insured by the 12 payments, through July and three months of grace.
    expect(adultNow.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(adultNow.insurance.validThrough).toBe('2025-09-30');
  });

  it('a child who turns 18 and starts work keeps the status without a gap, then by the employer’s deductions', async () => {
    // 18 on 2025-01-10, employed from 2025-02-01 with deductions from February: on 2026-01-15 the 12 months
    // 2025-01 … 2025-12 are January (childhood, in force 1–9 January) and eleven months of deductions.
    const worker = {
      ...child('2007-01-10'),
      employment: [{ kind: 'employee', since: '2025-02-01' }],
      payments: monthly('employer_deduction', '2025-02', 11, 9000),
    };
    for (const asOf of ['2025-01-10', '2025-02-15', '2025-06-15', '2026-01-15'])
      expect((await decide(worker, asOf)).insurance.status, asOf).toBe('insured');
    expect((await decide(worker, '2026-01-15')).insurance.bases).toEqual(['osms.contributions.continuous']);
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
    // On 1 March she is 18: the child basis ends, the months of childhood keep the status (revision 3).
    expect((await decide(child('2008-02-29'), '2026-03-01')).insurance.bases).toEqual(['osms.contributions.continuous']);
  });
});

describe('childhood comes from the birth date alone', () => {
  it('a child record on an adult does not make her state-insured, and on a child changes nothing', async () => {
    // 18 on 2020-01-01: the record gives no child basis. (Her childhood months, 2019-01 … 2019-12, still keep
    // the status by the 12 payments, revision 3 — with the record or without it.)
    const adultWithRecord = { ...child('2002-01-01'), stateCategories: [{ category: 'child', since: '2020-01-01' }] };
    const withRecord = await decide(adultWithRecord, '2020-01-01');
    expect(withRecord.insurance.bases).toEqual(['osms.contributions.continuous']);
    expect(withRecord).toEqual(await decide(child('2002-01-01'), '2020-01-01'));
    const childWithRecord = { ...child('2015-01-01'), stateCategories: [{ category: 'child', since: '2015-01-01', until: '2016-01-01' }] };
    expect((await decide(childWithRecord, '2025-06-15')).insurance.validThrough).toBe('2032-12-31');
  });
});
