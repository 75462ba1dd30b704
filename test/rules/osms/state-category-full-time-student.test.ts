import { describe, expect, it } from 'vitest';
import { adult, decide } from '../../support/profiles';

// rules/osms/state-category-full-time-student.json — seed 002 «СТУДЕНТТЕР СТАТУСЫН ҚАЛАЙ РАСТАЙ АЛАДЫ»
const student = (education: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  adult({ person: { birthDate: '2005-09-01', sex: 'female' }, education: { fullTime: true, ...education }, ...extra });

describe('full-time students', () => {
  it('a domestic full-time student entered into NOBD is insured by the state', async () => {
    const d = await decide(student({ location: 'domestic', inNobd: true }), '2025-06-15');
    expect(d.insurance.bases).toEqual(['osms.state-category.full_time_student']);
  });

  it('a domestic student not in NOBD is not insured', async () => {
    expect((await decide(student({ location: 'domestic', inNobd: false }), '2025-06-15')).insurance.status).toBe('not_insured');
    expect((await decide(student({ location: 'domestic' }), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('a student abroad counts only after registering via egov', async () => {
    expect((await decide(student({ location: 'abroad', registeredAbroad: true }), '2025-06-15')).insurance.status).toBe('insured');
    expect((await decide(student({ location: 'abroad', inNobd: true }), '2025-06-15')).insurance.status).toBe('not_insured');
  });

  it('a part-time student with a NOBD entry is not a full-time student', async () => {
    const d = await decide(adult({ education: { fullTime: false, location: 'domestic', inNobd: true } }), '2025-06-15');
    expect(d.insurance.status).toBe('not_insured');
  });

  it('a category record until the end of studies gives that date as validThrough', async () => {
    const d = await decide(
      student(
        { location: 'domestic', inNobd: true },
        { stateCategories: [{ category: 'full_time_student', since: '2023-09-01', until: '2027-06-30' }] },
      ),
      '2025-06-15',
    );
    expect(d.insurance.bases).toEqual(['osms.state-category.full_time_student']);
    expect(d.insurance.validThrough).toBe('2027-06-30');
  });
});
