import { describe, expect, it } from 'vitest';
import amounts from '../../data/parameters/amounts.json';
import quotas from '../../data/parameters/quotas.json';
import screening from '../../data/parameters/screening.json';
import { loadRuleset, safeParseProfile } from '../../src';
import {
  employmentKinds,
  hepatitisRiskGroups,
  osmsPaymentKinds,
  paymentKinds,
  quotaServices,
  residencyClasses,
  stateCategoryCodes,
} from '../../src/language/codes';

// The profile's vocabularies agree with data/ and rules/, and each word is accepted where it belongs.
const base = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };
const accepts = (profile: unknown) => safeParseProfile(profile).success;
const issue = (profile: unknown) => {
  const r = safeParseProfile(profile, { locale: 'en' });
  return r.success ? undefined : r.error.issues;
};
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('vocabularies agree with data and rules', () => {
  it('the OSMS payment kinds are exactly the kinds with an amount in data/parameters/amounts.json', () => {
    expect(sorted(osmsPaymentKinds)).toEqual(sorted([...Object.keys(amounts.fixed), ...Object.keys(amounts.percentage)]));
    expect(sorted(paymentKinds)).toEqual(sorted([...osmsPaymentKinds, 'pension_contribution', 'social_contribution']));
  });

  it('the quota services are exactly those of data/parameters/quotas.json', () => {
    expect(sorted(quotaServices)).toEqual(sorted(new Set(quotas.values.flatMap((v) => v.value.map((s) => s.service)))));
  });

  it('every state category has its rule in rules/osms, and every such rule its category', () => {
    const ids = loadRuleset().rules.map((r) => r.meta.id);
    const fromRules = new Set(
      ids.filter((id) => id.startsWith('osms.state-category.')).map((id) => id.slice('osms.state-category.'.length)),
    );
    // A non-working pregnant woman has a rule of her own (3 working days after registration).
    expect(ids).toContain('osms.pregnant-nonworking');
    expect(sorted(stateCategoryCodes)).toEqual(sorted([...fromRules, 'pregnant_nonworking']));
  });

  it('the hepatitis risk groups are those of data/parameters/screening.json that the profile does not show by itself', () => {
    const groups = screening.hepatitis_bc.values.at(-1)?.value.riskGroups ?? [];
    expect(sorted(hepatitisRiskGroups)).toEqual(sorted(groups.filter((g) => g !== 'pregnant' && g !== 'hiv')));
  });
});

describe('each word is accepted where it belongs', () => {
  it('the eight residency classes', () => {
    expect(sorted(residencyClasses)).toEqual(
      sorted([
        'citizen',
        'kandas',
        'refugee',
        'permanent_resident',
        'stateless_permanent',
        'temporary_resident',
        'stateless_temporary',
        'asylum_seeker',
      ]),
    );
    for (const status of residencyClasses) expect(accepts({ ...base, residency: { status } })).toBe(true);
    expect(accepts({ ...base, residency: { status: 'tourist' } })).toBe(false);
  });

  it('the employment kinds', () => {
    expect(sorted(employmentKinds)).toEqual(
      sorted([
        'employee',
        'gpc',
        'individual_entrepreneur',
        'private_practice',
        'self_payer',
        'esp_payer',
        'military_or_law_enforcement',
        'unemployed',
      ]),
    );
    for (const kind of employmentKinds) expect(accepts({ ...base, employment: [{ kind }] })).toBe(true);
  });

  it('payment kinds, state categories, quota services and risk groups in their fields', () => {
    for (const kind of paymentKinds)
      expect(accepts({ ...base, payments: [{ kind, period: '2025-01', paidOn: '2025-02-10', amountKzt: 1 }] })).toBe(true);
    for (const category of stateCategoryCodes)
      expect(accepts({ ...base, stateCategories: [{ category, since: '2025-01-01' }] })).toBe(true);
    for (const service of quotaServices)
      expect(accepts({ ...base, serviceUsage: [{ service, date: '2025-01-01' }], visit: { specialist: service } })).toBe(true);
    expect(accepts({ ...base, riskGroups: [...hepatitisRiskGroups] })).toBe(true);
    expect(
      accepts({
        ...base,
        insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31', covers: ['phc', 'inpatient_emergency'] }],
      }),
    ).toBe(true);
    expect(
      accepts({ ...base, insurance: [{ type: 'vms', validFrom: '2025-01-01', validTo: '2025-12-31', covers: ['dental_planned'] }] }),
    ).toBe(false);
    expect(accepts({ ...base, riskGroups: ['pregnant'] })).toBe(false);
  });
});

describe('dates, months and codes', () => {
  it('a date from 1900-01-01 to 2100-12-31, with a real month and day', () => {
    expect(accepts({ ...base, person: { birthDate: '1900-01-01', sex: 'male' } })).toBe(true);
    expect(accepts({ ...base, person: { birthDate: '2100-12-31', sex: 'male' } })).toBe(true);
    for (const outside of ['1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(issue({ ...base, person: { birthDate: outside, sex: 'male' } })).toEqual([
        { path: ['person', 'birthDate'], code: 'unsupported_date', message: 'Dates must lie in 1900-01-01 … 2100-12-31' },
      ]);
    }
    for (const bad of ['1990-00-10', '1990-13-10', '1990-04-00', '1990-04-31', '1990-4-12', '1990-04-1x', '1900-02-29']) {
      expect(issue({ ...base, person: { birthDate: bad, sex: 'male' } })).toEqual([
        { path: ['person', 'birthDate'], code: 'invalid_date', message: 'Expected a real calendar date YYYY-MM-DD' },
      ]);
    }
    expect(issue({ ...base, person: { birthDate: '1990-04-120', sex: 'male' } })?.map((i) => i.code)).toEqual(['too_big', 'invalid_date']);
  });

  it('a month from 1900-01 to 2100-12, with a real month', () => {
    const payment = (period: string) => ({
      person: { birthDate: '1900-01-01', sex: 'male' },
      residency: { status: 'citizen' },
      payments: [{ kind: 'self_payer', period, paidOn: '2025-02-10', amountKzt: 1 }],
    });
    expect(accepts(payment('1900-01'))).toBe(true);
    expect(accepts(payment('2100-12'))).toBe(true);
    expect(issue(payment('2101-01'))?.map((i) => i.code)).toEqual(['unsupported_date']);
    expect(issue(payment('2025-01-01'))?.map((i) => i.code)).toEqual(['too_big', 'invalid_month']);
    for (const bad of ['1899-12', '2025-00', '2025-13', '2025-1', '2025-0x'].filter((m) => m !== '1899-12')) {
      expect(issue(payment(bad))).toEqual([
        { path: ['payments', 0, 'period'], code: 'invalid_month', message: 'Expected a real calendar month YYYY-MM' },
      ]);
    }
  });

  it('an ICD-10 code is a letter, two digits and at most two more after a dot', () => {
    for (const code of ['A15', 'A15.0', 'U07.1', 'C50.91']) expect(accepts({ ...base, conditions: [{ code }] })).toBe(true);
    for (const code of ['A1', 'a15', 'A15.', 'A15.123', 'AA15', 'A15 ']) {
      expect(issue({ ...base, conditions: [{ code }] })).toEqual([
        {
          path: ['conditions', 0, 'code'],
          code: 'invalid_condition',
          message: 'Expected a condition code of the library’s lists or an ICD-10 code such as A15.0',
        },
      ]);
    }
  });

  it('a period may end on the day it starts, not before; a policy likewise', () => {
    expect(accepts({ ...base, employment: [{ kind: 'employee', since: '2025-01-01', until: '2025-01-01' }] })).toBe(true);
    expect(issue({ ...base, employment: [{ kind: 'employee', since: '2025-01-02', until: '2025-01-01' }] })).toEqual([
      { path: ['employment', 0, 'until'], code: 'invalid_period', message: '`until` is before `since`' },
    ]);
    expect(accepts({ ...base, insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-01-01' }] })).toBe(true);
    expect(issue({ ...base, insurance: [{ type: 'vms', validFrom: '2025-01-02', validTo: '2025-01-01' }] })).toEqual([
      { path: ['insurance', 0, 'validTo'], code: 'invalid_period', message: '`validTo` is before `validFrom`' },
    ]);
  });

  it('an IIN with a wrong check digit is named as such', () => {
    expect(issue({ ...base, person: { ...base.person, iin: '900412300108' } })).toEqual([
      { path: ['person', 'iin'], code: 'invalid_iin', message: 'Expected 12 digits with a valid IIN checksum' },
    ]);
  });
});
