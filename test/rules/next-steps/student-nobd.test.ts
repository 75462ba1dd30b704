import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/student-nobd.json — seed 002 (students in Kazakhstan)
describe('ask the school to enter you into NOBD', () => {
  it('a domestic full-time student not in NOBD is told to ask the school; one in NOBD is not', async () => {
    expect(await stepOf(adult({ education: { fullTime: true, location: 'domestic' } }), '2025-06-15', 'student_nobd')).toBeDefined();
    expect(await stepOf(adult({ education: { fullTime: true, location: 'domestic', inNobd: true } }), '2025-06-15', 'student_nobd')).toBeUndefined();
  });
});
