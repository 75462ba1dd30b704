import { describe, expect, it } from 'vitest';
import { ProfileValidationError, parseProfile, safeParseProfile } from '../../src';
import { evaluate } from '../support/untyped';

const valid = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };
const pathsOf = (input: unknown) => {
  const result = safeParseProfile(input);
  if (result.success) throw new Error('expected a validation error');
  return result.error.issues.map((i) => i.path.join('.'));
};

describe('profile validation', () => {
  it('a minimal profile is valid and parsed as given', () => {
    expect(parseProfile(valid)).toEqual(valid);
  });

  it('every problem is reported at once, each with its path', () => {
    const paths = pathsOf({
      person: { birthDate: '1990-02-30', sex: 'x', iin: '900412300128' },
      residency: { status: 'tourist' },
      payments: [{ kind: 'self_payer', period: '2025-13', paidOn: '2025-06-01', amountKzt: -1 }],
      extra: true,
    });
    expect(paths).toEqual(
      expect.arrayContaining([
        'person.birthDate',
        'person.sex',
        'person.iin',
        'residency.status',
        'payments.0.period',
        'payments.0.amountKzt',
        'extra',
      ]),
    );
  });

  it('29 February exists in 2024 and not in 2025', () => {
    expect(safeParseProfile({ ...valid, asOf: '2024-02-29' }).success).toBe(true);
    expect(pathsOf({ ...valid, asOf: '2025-02-29' })).toEqual(['asOf']);
  });

  it('an issue carries a code: invalid_month for 2025-13, invalid_iin for a bad checksum', () => {
    const result = safeParseProfile({
      ...valid,
      person: { ...valid.person, iin: '900412300128' },
      payments: [{ kind: 'esp', period: '2025-13', paidOn: '2025-06-01', amountKzt: 1 }],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.code).sort()).toEqual(['invalid_iin', 'invalid_month']);
  });

  it('conditions may be our codes or ICD-10 codes, nothing else', () => {
    expect(safeParseProfile({ ...valid, conditions: [{ code: 'tuberculosis' }, { code: 'A15.0' }, { code: 'U07.1' }] }).success).toBe(true);
    expect(pathsOf({ ...valid, conditions: [{ code: 'flu' }] })).toEqual(['conditions.0.code']);
  });

  it('a category that ends before it starts is rejected at its until', () => {
    expect(pathsOf({ ...valid, stateCategories: [{ category: 'disabled', since: '2025-01-01', until: '2024-01-01' }] })).toEqual([
      'stateCategories.0.until',
    ]);
  });

  it('a __proto__ key is an unknown key and pollutes nothing', () => {
    const input = JSON.parse(
      '{"person":{"birthDate":"1990-04-12","sex":"male"},"residency":{"status":"citizen"},"__proto__":{"polluted":true}}',
    );
    expect(pathsOf(input)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('evaluate rejects with ProfileValidationError, never a decision, when asOf is missing everywhere', async () => {
    const error = await evaluate(valid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileValidationError);
    expect((error as ProfileValidationError).issues).toEqual([expect.objectContaining({ path: ['asOf'], code: 'missing_as_of' })]);
  });

  it('evaluate reports bad options together with profile problems', async () => {
    const error = (await evaluate({ ...valid, residency: { status: 'x' } }, { asOf: '2025-02-30', locale: 'de' as never }).catch(
      (e: unknown) => e,
    )) as ProfileValidationError;
    expect(error.name).toBe('ProfileValidationError');
    expect(error.issues.map((i) => i.path.join('.')).sort()).toEqual(['asOf', 'locale', 'residency.status']);
  });

  it('asOf before 2020-01-01 and a birth after asOf are rejected', async () => {
    await expect(evaluate(valid, { asOf: '2019-12-31' })).rejects.toMatchObject({ issues: [{ path: ['asOf'], code: 'unsupported_date' }] });
    await expect(evaluate(valid, { asOf: '1990-04-11' })).rejects.toBeInstanceOf(ProfileValidationError);
  });

  it('asOf in the options wins over asOf in the profile', async () => {
    expect((await evaluate({ ...valid, asOf: '2025-01-01' }, { asOf: '2025-06-15' })).asOf).toBe('2025-06-15');
    expect((await evaluate({ ...valid, asOf: '2025-01-01' })).asOf).toBe('2025-01-01');
  });
});
