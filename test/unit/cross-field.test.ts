import { describe, expect, it } from 'vitest';
import { ProfileValidationError, safeParseProfile } from '../../src';
import { evaluate } from '../support/untyped';

// Problems across fields, each at the path of the field that is
// out of place, reported together with every problem of shape.
const person = { birthDate: '1990-04-12', sex: 'female' };
const base = { person, residency: { status: 'citizen' } };
async function issuesOf(input: unknown, asOf = '2025-06-15') {
  const error = await evaluate(input, { asOf }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProfileValidationError);
  return (error as ProfileValidationError).issues.map((i) => [i.path.join('.'), i.code]);
}

describe('dates before the birth date', () => {
  it('a payment for a month before the birth month, and one paid before the birth date, are named', async () => {
    const payments = [
      { kind: 'self_payer', period: '1990-03', paidOn: '2025-01-10', amountKzt: 4250 },
      { kind: 'self_payer', period: '1990-04', paidOn: '1990-04-11', amountKzt: 4250 },
      { kind: 'self_payer', period: '1990-04', paidOn: '1990-04-12', amountKzt: 4250 },
    ];
    expect(await issuesOf({ ...base, payments })).toEqual([
      ['payments.0.period', 'before_birth'],
      ['payments.1.paidOn', 'before_birth'],
    ]);
  });

  it('a category, an employment and a pregnancy registered before birth are named', async () => {
    expect(
      await issuesOf({
        ...base,
        stateCategories: [{ category: 'disabled', since: '1990-04-11' }],
        employment: [{ kind: 'employee', since: '1980-01-01' }],
        pregnancy: { registeredOn: '1989-01-01' },
      }),
    ).toEqual([
      ['stateCategories.0.since', 'before_birth'],
      ['employment.0.since', 'before_birth'],
      ['pregnancy.registeredOn', 'before_birth'],
    ]);
  });
});

describe('ends before their starts', () => {
  it('until, validTo and endedOn before since, validFrom and registeredOn are named at the end field; the same day is fine', async () => {
    expect(
      await issuesOf({
        ...base,
        stateCategories: [
          { category: 'disabled', since: '2025-01-10', until: '2025-01-09' },
          { category: 'disabled', since: '2025-01-10', until: '2025-01-10' },
        ],
        employment: [{ kind: 'employee', since: '2025-01-10', until: '2024-12-31' }],
        insurance: [{ type: 'dms', validFrom: '2025-01-10', validTo: '2025-01-01' }],
        pregnancy: { registeredOn: '2025-03-01', endedOn: '2025-02-28' },
      }),
    ).toEqual([
      ['stateCategories.0.until', 'invalid_period'],
      ['employment.0.until', 'invalid_period'],
      ['insurance.0.validTo', 'invalid_period'],
      ['pregnancy.endedOn', 'invalid_period'],
    ]);
  });
});

describe('people and dates that cannot be', () => {
  it('a pregnancy on a male is named at pregnancy; one registered before the 10th birthday at registeredOn', async () => {
    expect(await issuesOf({ ...base, person: { ...person, sex: 'male' }, pregnancy: { inLabour: true } })).toEqual([
      ['pregnancy', 'invalid_pregnancy'],
    ]);
    expect(await issuesOf({ ...base, pregnancy: { registeredOn: '2000-04-11' } })).toEqual([
      ['pregnancy.registeredOn', 'invalid_pregnancy'],
    ]);
    expect((await evaluate({ ...base, pregnancy: { registeredOn: '2000-04-12' } }, { asOf: '2025-06-15' })).asOf).toBe('2025-06-15');
  });

  it('a family child born after asOf, and the person born after asOf, are named against the asOf in use', async () => {
    expect(await issuesOf({ ...base, family: [{ relation: 'child', birthDate: '2025-06-16' }] })).toEqual([
      ['family.0.birthDate', 'after_as_of'],
    ]);
    expect((await evaluate({ ...base, family: [{ relation: 'child', birthDate: '2025-06-16' }] }, { asOf: '2025-06-20' })).asOf).toBe(
      '2025-06-20',
    );
    expect(await issuesOf({ ...base, person: { ...person, birthDate: '2025-06-16' } })).toEqual([['person.birthDate', 'after_as_of']]);
  });

  it('an award on a category other than mother_many_children is named', async () => {
    expect(await issuesOf({ ...base, stateCategories: [{ category: 'disabled', since: '2020-01-01', award: 'altyn_alka' }] })).toEqual([
      ['stateCategories.0.award', 'invalid_award'],
    ]);
  });
});

describe('every problem at once', () => {
  it('a pregnancy on a man, a payment before birth, a bad month and an asOf past 2100 are all reported together', async () => {
    const issues = await issuesOf(
      {
        ...base,
        person: { birthDate: '1990-04-12', sex: 'male' },
        pregnancy: { registeredOn: '2025-05-01' },
        payments: [
          { kind: 'self_payer', period: '1989-01', paidOn: '2025-01-10', amountKzt: 4250 },
          { kind: 'self_payer', period: '2025-13', paidOn: '2025-01-10', amountKzt: 4250 },
        ],
      },
      '2101-01-01',
    );
    expect(issues).toEqual([
      ['asOf', 'unsupported_date'],
      ['payments.1.period', 'invalid_month'],
      ['payments.0.period', 'before_birth'],
      ['pregnancy', 'invalid_pregnancy'],
    ]);
  });

  it('parseProfile checks against the profile’s own asOf, or without one only what needs no asOf', () => {
    const child = { ...base, family: [{ relation: 'child', birthDate: '2025-06-16' }] };
    expect(safeParseProfile(child).success).toBe(true);
    const result = safeParseProfile({ ...child, asOf: '2025-06-15' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['family.0.birthDate']);
  });

  it('a malformed date is reported once, by the schema, and compared with nothing', async () => {
    expect(await issuesOf({ ...base, payments: [{ kind: 'self_payer', period: '2025-01', paidOn: '1990-02-30', amountKzt: 1 }] })).toEqual([
      ['payments.0.paidOn', 'invalid_date'],
    ]);
  });
});
