import { describe, expect, it } from 'vitest';
import { ProfileValidationError, RuleValidationError } from '../../src';
import { daysOff, workingDaysAfter } from '../../src/calendar/working-days';

describe('days off', () => {
  const calendar = {
    fixed: [
      { month: 1, day: 1, weekendTransfer: true },
      { month: 1, day: 2, weekendTransfer: true },
      { month: 10, day: 25, weekendTransfer: true, from: '2022-10-25' },
    ],
    dated: [
      { date: '2023-06-28', weekendTransfer: false },
      { date: '2022-07-09', weekendTransfer: false },
    ],
  };
  const sorted = (s: Set<string>) => [...s].sort();

  it('a holiday counts from its first year on, its first day included; a dated holiday only in its year', () => {
    expect(sorted(daysOff(calendar, 2021))).toEqual(['2021-01-01', '2021-01-02', '2021-01-04']);
    expect(sorted(daysOff(calendar, 2023))).toEqual(['2023-01-01', '2023-01-02', '2023-01-03', '2023-06-28', '2023-10-25']);
  });

  it('two weekend holidays move to the next two working days; a weekend holiday without transfer does not move', () => {
    // 1 and 2 January 2022 are a Saturday and a Sunday; 9 July 2022 is a Saturday.
    expect(sorted(daysOff(calendar, 2022))).toEqual(['2022-01-01', '2022-01-02', '2022-01-03', '2022-01-04', '2022-07-09', '2022-10-25']);
  });

  it('working days after a date run up to and including the end, across a new year', () => {
    expect(workingDaysAfter(calendar, '2022-01-01', '2022-01-07')).toBe(3);
    expect(workingDaysAfter(calendar, '2021-12-30', '2022-01-05')).toBe(2);
    expect(workingDaysAfter(calendar, '2022-01-05', '2022-01-05')).toBe(0);
    expect(workingDaysAfter(calendar, '2022-01-07', '2022-01-05')).toBe(0);
  });
});

describe('errors', () => {
  it('a ProfileValidationError carries its code, name, issues and a message naming each path', () => {
    const error = new ProfileValidationError([
      { path: ['person', 'birthDate'], code: 'invalid_date', message: 'Bad date' },
      { path: [], code: 'invalid_type', message: 'Not an object' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ProfileValidationError', code: 'PROFILE_INVALID' });
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe('Invalid profile: person.birthDate: Bad date; (root): Not an object');
  });

  it('a RuleValidationError carries its code, name, issues and a message naming each rule and path', () => {
    const error = new RuleValidationError([
      { ruleId: 'osms.a', path: ['conditions', 'all', 0], code: 'x', message: 'Broken' },
      { ruleId: null, path: ['rules'], code: 'y', message: 'Missing' },
    ]);
    expect(error).toMatchObject({ name: 'RuleValidationError', code: 'RULESET_INVALID' });
    expect(error.message).toBe('Invalid ruleset: osms.a conditions.all.0: Broken; (ruleset) rules: Missing');
  });
});

describe('parseProfile', () => {
  it('throws the ProfileValidationError with every problem; safeParseProfile returns it', async () => {
    const { parseProfile, safeParseProfile } = await import('../../src');
    expect(() => parseProfile({})).toThrow(ProfileValidationError);
    const result = safeParseProfile({});
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toEqual(['person', 'residency']);
  });
});
