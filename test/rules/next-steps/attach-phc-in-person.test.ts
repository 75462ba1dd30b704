import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/attach-phc-in-person.json — seed 001 steps 6, 7, 9
describe('attach in person', () => {
  it('a citizen not attached applies in person, after choosing the organisation', async () => {
    const codes = (await stepsOf(adult(), '2025-06-15')).map((s) => s.code);
    expect(codes.indexOf('attach_phc_in_person')).toBe(codes.indexOf('choose_phc') + 1);
  });

  it('in Russian the seed wording is used', async () => {
    expect((await stepOf(adult(), '2025-06-15', 'attach_phc_in_person', 'ru'))?.message).toMatch(/^Подать заявку при непосредственном обращении/);
  });

  it('an attached person has nothing to do', async () => {
    expect(await stepOf(adult({ attachment: { attached: true } }), '2025-06-15', 'attach_phc_in_person')).toBeUndefined();
  });
});
