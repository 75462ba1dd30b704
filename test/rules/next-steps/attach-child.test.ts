import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/attach-child.json — seed 001 step 12
describe('attach a child', () => {
  it('a child of 17 not attached gives the child step; at 18 the family step instead', async () => {
    expect(await stepOf(adult({ family: [{ relation: 'child', birthDate: '2007-06-16' }] }), '2025-06-15', 'attach_child')).toBeDefined();
    expect(await stepOf(adult({ family: [{ relation: 'child', birthDate: '2007-06-15' }] }), '2025-06-15', 'attach_child')).toBeUndefined();
  });

  it('in Kyrgyz the seed 000 wording is used', async () => {
    const step = await stepOf(
      adult({ family: [{ relation: 'child', birthDate: '2016-05-20' }] }, 'temporary_resident'),
      '2025-06-15',
      'attach_child',
      'ky',
    );
    expect(step?.message).toMatch(/^Он сегиз жашка толо элек баланы бекитүү/);
  });
});
