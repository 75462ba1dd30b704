import { describe, expect, it } from 'vitest';
import { service } from '../../support/services';
import { insuredIn2026 } from '../../support/services';

// rules/services/osms-dental-emergency.json — seed 002 dental section, Order ҚР ДСМ-106/2020
const child = (birthDate: string) => ({ person: { birthDate, sex: 'male' }, residency: { status: 'citizen' } });

describe('emergency dental care', () => {
  it('a 17-year-old (insured as a child) gets emergency dental care under OSMS; on the 18th birthday no longer', async () => {
    expect(await service(child('2008-06-15'), '2026-06-14', 'dental_emergency')).toMatchObject({ covered: true, payer: 'osms' });
    const adultNow = await service(child('2008-06-15'), '2026-06-15', 'dental_emergency');
    expect(adultNow.covered).toBe(false);
  });

  it('an insured pensioner and an insured person with a disability are covered; an insured employee is not', async () => {
    expect(
      (
        await service(
          insuredIn2026({ stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }] }),
          '2026-03-01',
          'dental_emergency',
        )
      ).covered,
    ).toBe(true);
    expect((await service(insuredIn2026({ disability: { group: 3 } }), '2026-03-01', 'dental_emergency')).covered).toBe(true);
    expect(await service(insuredIn2026(), '2026-03-01', 'dental_emergency')).toMatchObject({
      covered: false,
      reasons: ['not_in_dental_category'],
    });
  });

  it('an insured person with a socially significant disease is covered', async () => {
    expect((await service(insuredIn2026({ conditions: [{ code: 'hiv' }] }), '2026-03-01', 'dental_emergency')).covered).toBe(true);
  });
});
