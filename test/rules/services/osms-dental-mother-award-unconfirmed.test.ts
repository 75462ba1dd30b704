import { describe, expect, it } from 'vitest';
import { adult, decide, monthly } from '../../support/profiles';

// rules/services/osms-dental-mother-award-unconfirmed.json and osms-dental-emergency.json —
describe('emergency dental care for a mother of many children by her award', () => {
  const mother = (award?: string) =>
    adult({
      person: { birthDate: '1980-01-01', sex: 'female' },
      stateCategories: [{ category: 'mother_many_children', since: '2020-01-01', ...(award ? { award } : {}) }],
    });

  it.each(['altyn_alka', 'kumis_alka'])('a mother awarded %s receives it with no further requirement', async (award) => {
    const d = await decide(mother(award), '2025-06-15');
    expect(d.services.dental_emergency).toMatchObject({ covered: true, payer: 'osms', requires: [] });
  });

  it.each(['batyr_ana', 'ana_dankhy_1', 'ana_dankhy_2'])('a mother awarded %s is insured but not in the dental list', async (award) => {
    const d = await decide(mother(award), '2025-06-15');
    expect(d.insurance.status).toBe('insured');
    expect(d.services.dental_emergency.covered).toBe(false);
    expect(d.services.dental_emergency.reasons).toContain('not_in_dental_category');
  });

  it('a mother whose award is not stated is covered on condition that the award is confirmed', async () => {
    const d = await decide(mother(), '2025-06-15');
    expect(d.services.dental_emergency).toMatchObject({ covered: true, payer: 'osms', requires: ['confirm_award'] });
  });

  it('a mother without a stated award who is also a pensioner needs no confirmation', async () => {
    const profile = {
      ...mother(),
      stateCategories: [
        { category: 'mother_many_children', since: '2020-01-01' },
        { category: 'pension_recipient', since: '2020-01-01' },
      ],
    };
    expect((await decide(profile, '2025-06-15')).services.dental_emergency.requires).toEqual([]);
  });

  it('an uninsured person gets no emergency dental care under OSMS', async () => {
    const d = await decide(adult({ payments: monthly('self_payer', '2024-01', 2, 4250) }), '2025-06-15');
    expect(d.services.dental_emergency.covered).toBe(false);
  });
});
