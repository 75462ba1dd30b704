import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/student-abroad-register.json — seed 002 (students abroad)
describe('register as a student abroad', () => {
  it('a full-time student abroad not registered is pointed to egov.kz with EDS; a registered one is not', async () => {
    const step = await stepOf(adult({ education: { fullTime: true, location: 'abroad' } }), '2025-06-15', 'student_abroad_register');
    expect(step?.message).toMatch(/EDS/);
    expect(
      await stepOf(
        adult({ education: { fullTime: true, location: 'abroad', registeredAbroad: true } }),
        '2025-06-15',
        'student_abroad_register',
      ),
    ).toBeUndefined();
  });
});
