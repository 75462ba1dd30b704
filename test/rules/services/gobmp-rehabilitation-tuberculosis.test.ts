import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { service, withConditions } from '../../support/services';

// rules/services/gobmp-rehabilitation-tuberculosis.json — seed 002 ТМККК 5
describe('rehabilitation of tuberculosis patients', () => {
  it('an uninsured citizen with tuberculosis (A16.2) gets rehabilitation under GOBMP', async () => {
    expect(await service(withConditions([{ code: 'A16.2' }]), '2025-06-15', 'rehabilitation')).toMatchObject({
      covered: true,
      payer: 'gobmp',
    });
  });

  it('a temporary resident with tuberculosis has no full package: no rehabilitation', async () => {
    expect(
      (await service(withConditions([{ code: 'tuberculosis' }], adult({}, 'temporary_resident')), '2025-06-15', 'rehabilitation')).covered,
    ).toBe(false);
  });

  it('an uninsured citizen without tuberculosis gets no rehabilitation', async () => {
    expect((await service(adult(), '2025-06-15', 'rehabilitation')).reasons).toEqual(
      expect.arrayContaining(['no_tuberculosis', 'not_insured']),
    );
  });
});

describe('rehabilitation for every form of tuberculosis (revision 2)', () => {
  it.each(['A18.0', 'A16.2', 'tuberculosis_other', 'A19.0'])('a citizen with %s is rehabilitated under GOBMP', async (code) => {
    expect(await service(withConditions([{ code }]), '2025-06-15', 'rehabilitation')).toMatchObject({ covered: true, payer: 'gobmp' });
  });
});
