import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/get-iin.json — seed 001 step 1
describe('obtain an IIN', () => {
  it('a temporary resident without an IIN is told to get one first, at a public service centre', async () => {
    const steps = await stepsOf(adult({}, 'temporary_resident'), '2025-06-15');
    expect(steps[0]?.code).toBe('get_iin');
    expect(steps[0]?.message).toMatch(/IIN/);
  });

  it('a citizen, or a foreigner who has an IIN, is not', async () => {
    expect(await stepOf(adult(), '2025-06-15', 'get_iin')).toBeUndefined();
    expect(await stepOf({ ...adult({}, 'permanent_resident'), person: { birthDate: '1990-04-12', sex: 'male', iin: '900412300127' } }, '2025-06-15', 'get_iin')).toBeUndefined();
  });
});
