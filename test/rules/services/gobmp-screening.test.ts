import { describe, expect, it } from 'vitest';
import { adult, woman } from '../../support/profiles';
import { service } from '../../support/services';

// rules/services/gobmp-screening.json — seed 002 screening groups, ТМККК 2
describe('screening under GOBMP', () => {
  it('an uninsured 31-year-old woman (cervical cancer, behavioural risk) is screened under GOBMP', async () => {
    expect(await service(woman(), '2025-06-15', 'screening')).toMatchObject({ covered: true, payer: 'gobmp' });
  });

  it('a 25-year-old man is in no programme', async () => {
    const young = { ...adult(), person: { birthDate: '2000-01-01', sex: 'male' } };
    expect((await service(young, '2025-06-15', 'screening')).reasons).toEqual(expect.arrayContaining(['no_eligible_screening']));
  });
});
