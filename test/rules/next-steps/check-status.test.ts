import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf, stepsOf } from '../../support/steps';

// rules/next-steps/check-status.json — seed 004 (four ways), seed 002 (1406)
describe('check your status', () => {
  it('is the last step of every OSMS participant, with the channels that have an address as links (the Qoldau app is named in the message)', async () => {
    for (const profile of [adult(), adult({ employment: [{ kind: 'employee' }] }, 'temporary_resident')]) {
      const last = (await stepsOf(profile, '2025-06-15')).at(-1);
      expect(last?.code).toBe('check_status');
      expect(last?.links).toEqual(['https://egov.kz', 'https://fms.kz', 'https://t.me/SaqtandyryBot', 'tel:1406']);
      expect(last?.message).toContain('Qoldau 24/7');
    }
  });

  it('a refugee has no OSMS status to check', async () => {
    expect(await stepOf(adult({}, 'refugee'), '2025-06-15', 'check_status')).toBeUndefined();
  });
});
