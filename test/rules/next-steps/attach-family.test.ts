import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/attach-family.json — seed 001 step 11
describe('attach family members', () => {
  it('a spouse not attached gives the family step; an attached spouse does not', async () => {
    expect(await stepOf(adult({ family: [{ relation: 'spouse', birthDate: '1988-01-01' }] }), '2025-06-15', 'attach_family')).toBeDefined();
    expect(
      await stepOf(adult({ family: [{ relation: 'spouse', birthDate: '1988-01-01', attached: true }] }), '2025-06-15', 'attach_family'),
    ).toBeUndefined();
  });

  it('an adult child counts as a family member, not as a child', async () => {
    expect(await stepOf(adult({ family: [{ relation: 'child', birthDate: '2005-01-01' }] }), '2025-06-15', 'attach_family')).toBeDefined();
  });
});
