import { describe, expect, it } from 'vitest';
import { adult } from '../../support/profiles';
import { stepOf } from '../../support/steps';

// rules/next-steps/student-nobd.json — seed 002 (students in Kazakhstan)
describe('ask the school to enter you into NOBD', () => {
  it('a domestic full-time student not in NOBD is told to ask the school; one in NOBD is not', async () => {
    expect(await stepOf(adult({ education: { fullTime: true, location: 'domestic' } }), '2025-06-15', 'student_nobd')).toBeDefined();
    expect(
      await stepOf(adult({ education: { fullTime: true, location: 'domestic', inNobd: true } }), '2025-06-15', 'student_nobd'),
    ).toBeUndefined();
  });
});

describe('only where being recorded would make the student insured (revision 3)', () => {
  it('a temporarily residing foreign student is not told to get into NOBD: no state category counts for him', async () => {
    expect(
      await stepOf(adult({ education: { fullTime: true, location: 'domestic' } }, 'temporary_resident'), '2025-06-15', 'student_nobd'),
    ).toBeUndefined();
    expect(
      await stepOf(
        adult({ education: { fullTime: true, location: 'abroad' } }, 'temporary_resident'),
        '2025-06-15',
        'student_abroad_register',
      ),
    ).toBeUndefined();
  });
});
