import { describe, expect, it } from 'vitest';
import { loadRuleset, parseProfile } from '../../src';
import { Almanac } from '../../src/facts/almanac';
import { arrears } from '../../src/facts/arrears';
import { inIcdRange } from '../../src/facts/conditions';
import type { StageOutcome } from '../../src/facts/stage-outcome';
import { ownPayingKind } from '../../src/facts/paying-kind';
import { FACTS, type FactName } from '../../src/facts/registry';
import type { DatedLeaf } from '../../src/parameters/dated';

// The computed facts, one by one, at the edges of their periods. Every expected value is worked
// out by hand from the profile, the rules and data/ (amounts: data/parameters/minimumWageKzt.json,
// mciKzt.json and amounts.json).
const { parameters } = loadRuleset();
const ASOF = '2025-06-15';
const outcome: StageOutcome = {
  packages: { gobmp: 'full', osms: true, dms: false, vms: false },
  excludedPaymentKinds: [],
  insurance: { status: 'not_insured', bases: [], stateInsured: false },
  eligibleScreenings: [],
  services: {},
  grace: null,
};
/** The facts of one evaluation, each called by its name as a rule names it (e.g. `at(p).arrears()`), through the registry. */
type Facts = { [name in FactName]: (params?: Record<string, unknown>) => any } & { ownPayingKind(): string };
const at = (extra: Record<string, unknown> = {}, asOf = ASOF, changes: Partial<StageOutcome> = {}): Facts => {
  const almanac = new Almanac(
    parseProfile({ person: { birthDate: '1985-04-12', sex: 'female' }, residency: { status: 'citizen' }, ...extra }),
    asOf,
    parameters,
    { ...outcome, ...changes },
  );
  return new Proxy({} as Facts, {
    get: (_, name: string) => {
      if (name === 'ownPayingKind') return () => ownPayingKind(almanac);
      const fact = FACTS[name];
      if (fact === undefined) throw new Error(`no fact ${name}`);
      return (params: Record<string, unknown> = {}) => fact.value(almanac, params);
    },
  });
};
const pay = (kind: string, period: string, paidOn: string, amountKzt = 4250, months?: number) => ({
  kind,
  period,
  paidOn,
  amountKzt,
  ...(months ? { months } : {}),
});

describe('ICD-10 ranges', () => {
  it('a three-character range holds every code of its categories: A19.9 is in A15–A19, A20.0 and A14 are not', () => {
    expect(inIcdRange('A19.9', { from: 'A15', to: 'A19' })).toBe(true);
    expect(inIcdRange('A15', { from: 'A15', to: 'A19' })).toBe(true);
    expect(inIcdRange('A20.0', { from: 'A15', to: 'A19' })).toBe(false);
    expect(inIcdRange('A14.9', { from: 'A15', to: 'A19' })).toBe(false);
  });

  it('a range with a dot compares full codes: A01.4 is in A01.1–A01.4, A01.5 and A01.0 are not', () => {
    expect(inIcdRange('A01.4', { from: 'A01.1', to: 'A01.4' })).toBe(true);
    expect(inIcdRange('A01.5', { from: 'A01.1', to: 'A01.4' })).toBe(false);
    expect(inIcdRange('A01.0', { from: 'A01.1', to: 'A01.4' })).toBe(false);
  });

  it('a code is the listed disease of any one of its ranges: B17.2 is viral hepatitis A–E (B15, B17.2)', () => {
    expect(at({ conditions: [{ code: 'B17.2' }] }).conditionCodes()).toEqual(['B17.2', 'viral_hepatitis_a_e']);
  });
});

describe('state categories', () => {
  it('a record counts from its first day through its last day; the list is sorted and adds disability and full-time study', () => {
    const ctx = at({
      stateCategories: [
        { category: 'registered_unemployed', since: ASOF },
        { category: 'childcare_leave', since: '2025-01-01', until: ASOF },
        { category: 'prisoner', since: '2024-01-01', until: '2025-06-14' },
        { category: 'carer_disabled_child', since: '2025-06-16' },
      ],
      disability: { group: 2 },
      education: { fullTime: true, location: 'domestic' },
    });
    expect(ctx.activeCategories()).toEqual(['childcare_leave', 'disabled', 'full_time_student', 'registered_unemployed']);
  });

  it('a child (under 18) is in the child category until the day before the 18th birthday', () => {
    const ctx = at({ person: { birthDate: '2010-03-01', sex: 'male' } });
    expect(ctx.activeCategories()).toEqual(['child']);
    expect(ctx.categoryValidThrough({ category: 'child' })).toBe('2028-02-29');
  });

  it('a category with an end lasts until that end, or until its own cap (stateCategories.maxMonths) when that comes first', () => {
    const kandas = (u: string) => at({ stateCategories: [{ category: 'kandas_unemployed', since: '2025-01-10', until: u }] });
    expect(kandas('2026-03-31').categoryValidThrough({ category: 'kandas_unemployed' })).toBe('2026-01-09');
    expect(kandas('2025-07-01').categoryValidThrough({ category: 'kandas_unemployed' })).toBe('2025-07-01');
    expect(
      at({ stateCategories: [{ category: 'registered_unemployed', since: '2025-01-10', until: '2025-12-31' }] }).categoryValidThrough({
        category: 'registered_unemployed',
      }),
    ).toBe('2025-12-31');
  });

  it('an open-ended category lasts until its cap, or has no end without one', () => {
    expect(
      at({ stateCategories: [{ category: 'kandas_unemployed', since: '2025-01-10' }] }).categoryValidThrough({
        category: 'kandas_unemployed',
      }),
    ).toBe('2026-01-09');
    expect(
      at({ stateCategories: [{ category: 'registered_unemployed', since: '2025-01-10' }] }).categoryValidThrough({
        category: 'registered_unemployed',
      }),
    ).toBeNull();
  });

  it('a child born on 29 February is a child through 28 February of the year she turns 18', () => {
    expect(at({ person: { birthDate: '2008-02-29', sex: 'female' } }, '2025-06-15').categoryValidThrough({ category: 'child' })).toBe(
      '2026-02-28',
    );
  });

  it('with two active records the later end counts, and an open-ended one keeps the category open', () => {
    const two = at({
      stateCategories: [
        { category: 'childcare_leave', since: '2025-01-01', until: '2025-09-30' },
        { category: 'childcare_leave', since: '2025-02-01', until: '2025-08-01' },
      ],
    });
    expect(two.categoryValidThrough({ category: 'childcare_leave' })).toBe('2025-09-30');
    const open = at({
      stateCategories: [
        { category: 'childcare_leave', since: '2025-01-01', until: '2025-09-30' },
        { category: 'childcare_leave', since: '2025-02-01' },
      ],
    });
    expect(open.categoryValidThrough({ category: 'childcare_leave' })).toBeNull();
  });

  it('a category without an active record of its own has no end: another category, a record not yet begun or one that ended do not count', () => {
    const ctx = at({
      stateCategories: [
        { category: 'prisoner', since: '2025-01-01', until: '2025-12-31' },
        { category: 'childcare_leave', since: '2025-06-16', until: '2025-12-31' },
        { category: 'pension_recipient', since: '2024-01-01', until: '2025-06-14' },
      ],
    });
    expect(ctx.categoryValidThrough({ category: 'registered_unemployed' })).toBeNull();
    expect(ctx.categoryValidThrough({ category: 'childcare_leave' })).toBeNull();
    expect(ctx.categoryValidThrough({ category: 'pension_recipient' })).toBeNull();
    expect(ctx.categoryValidThrough({ category: 'prisoner' })).toBe('2025-12-31');
  });

  it('a category record is active on its first and on its last day', () => {
    expect(
      at({ stateCategories: [{ category: 'kandas_unemployed', since: ASOF }] }).categoryMonthsElapsed({ category: 'kandas_unemployed' }),
    ).toBe(0);
    expect(
      at({ stateCategories: [{ category: 'kandas_unemployed', since: '2025-01-15', until: ASOF }] }).categoryMonthsElapsed({
        category: 'kandas_unemployed',
      }),
    ).toBe(5);
  });

  it('the months elapsed count from the latest active record of the category', () => {
    const ctx = at({
      stateCategories: [
        { category: 'kandas_unemployed', since: '2025-03-01' },
        { category: 'kandas_unemployed', since: '2024-01-01' },
        { category: 'prisoner', since: '2020-01-01' },
      ],
    });
    expect(ctx.categoryMonthsElapsed({ category: 'kandas_unemployed' })).toBe(3);
    expect(ctx.categoryMonthsElapsed({ category: 'registered_unemployed' })).toBeNull();
  });
});

describe('employment, payments, policies and conditions on asOf', () => {
  it('employment counts from its first day through its last day; kinds are listed once, sorted', () => {
    const ctx = at({
      employment: [
        { kind: 'gpc', since: ASOF },
        { kind: 'private_practice', until: ASOF },
        { kind: 'employee', since: '2020-01-01' },
        { kind: 'employee', until: '2025-06-01' },
        { kind: 'esp_payer', until: '2025-06-14' },
        { kind: 'self_payer', since: '2025-06-16' },
      ],
    });
    expect(ctx.activeEmploymentKinds()).toEqual(['employee', 'gpc', 'private_practice']);
  });

  it('payment kinds count when paid on or before asOf, listed once, sorted', () => {
    const ctx = at({
      payments: [
        pay('individual_entrepreneur', '2025-05', ASOF, 5950),
        pay('esp', '2023-01', '2023-02-10', 3450),
        pay('self_payer', '2025-04', '2025-05-10'),
        pay('self_payer', '2025-03', '2025-04-10'),
        pay('employer_deduction', '2025-06', '2025-06-16'),
      ],
    });
    expect(ctx.paymentKindsPresent()).toEqual(['esp', 'individual_entrepreneur', 'self_payer']);
  });

  it('a policy is active from validFrom through validTo; types are listed once, sorted', () => {
    const ctx = at({
      insurance: [
        { type: 'vms', validFrom: ASOF, validTo: '2025-12-31' },
        { type: 'dms', validFrom: '2025-01-01', validTo: ASOF },
        { type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' },
        { type: 'dms', validFrom: '2024-01-01', validTo: '2024-12-31' },
      ],
    });
    expect(ctx.activePolicies()).toEqual(['dms', 'vms']);
    expect(at({ insurance: [{ type: 'vms', validFrom: '2025-06-16', validTo: '2025-12-31' }] }).activePolicies()).toEqual([]);
  });

  it('a condition counts from its date (or always without one), with its listed disease, sorted', () => {
    const ctx = at({ conditions: [{ code: 'hiv', since: ASOF }, { code: 'A15.0', since: '2025-06-16' }, { code: 'B17.2' }] });
    expect(ctx.conditionCodes()).toEqual(['B17.2', 'hiv', 'viral_hepatitis_a_e']);
  });

  it('observed conditions are those under observation, sorted, without the ones left out', () => {
    const ctx = at({ conditions: [{ code: 'hiv', underObservation: true }, { code: 'A15.0', underObservation: true }, { code: 'B17.2' }] });
    expect(ctx.observedConditions({})).toEqual(['A15.0', 'hiv', 'tuberculosis']);
    expect(ctx.observedConditions({ except: ['hiv'] })).toEqual(['A15.0', 'tuberculosis']);
  });
});

describe('pregnancy and risk groups', () => {
  it('a pregnancy counts from its registration day, in labour, with a life threat or with the non-working category', () => {
    expect(at({ pregnancy: { registeredOn: ASOF } }).pregnant()).toBe(true);
    expect(at({ pregnancy: { registeredOn: '2025-06-16' } }).pregnant()).toBe(false);
    expect(at({ pregnancy: { inLabour: true } }).pregnant()).toBe(true);
    expect(at({ pregnancy: { lifeThreat: true } }).pregnant()).toBe(true);
    expect(at({ pregnancy: { inLabour: false, lifeThreat: false } }).pregnant()).toBe(false);
    expect(at({ stateCategories: [{ category: 'pregnant_nonworking', since: '2025-06-01' }] }).pregnant()).toBe(true);
    expect(at({}).pregnant()).toBe(false);
  });

  it('a registered pregnancy holds through registeredOn + 299 days and no longer, in labour or not', () => {
    // Registered 2025-01-01 (day 1): day 300 is 2025-10-27 (273 days to 1 October, then 26 more).
    const registered = (asOf: string, extra: Record<string, unknown> = {}) =>
      at({ pregnancy: { registeredOn: '2025-01-01', ...extra } }, asOf);
    expect(registered('2025-10-27').pregnant()).toBe(true);
    expect(registered('2025-10-28').pregnant()).toBe(false);
    expect(registered('2025-10-28', { inLabour: true }).pregnant()).toBe(false);
    expect(registered('2025-10-28', { lifeThreat: true }).pregnant()).toBe(false);
    // Ended on 2025-08-01: the last day is 31 July.
    expect(registered('2025-07-31', { endedOn: '2025-08-01' }).pregnant()).toBe(true);
    expect(registered('2025-08-01', { endedOn: '2025-08-01' }).pregnant()).toBe(false);
    // In labour without a registration: no bound applies.
    expect(at({ pregnancy: { inLabour: true } }, '2025-10-28').pregnant()).toBe(true);
  });

  it('risk groups are the stated ones plus pregnant and hiv from their own fields, sorted; none without any', () => {
    expect(at({}).riskGroups()).toEqual([]);
    const ctx = at({ riskGroups: ['surgery_patient', 'medical_worker'], pregnancy: { inLabour: true }, conditions: [{ code: 'hiv' }] });
    expect(ctx.riskGroups()).toEqual(['hiv', 'medical_worker', 'pregnant', 'surgery_patient']);
  });
});

describe('requirements, voluntary policies and profile fields', () => {
  it('a requirement is met only when its profile field is true; an unknown requirement is never met', () => {
    const ctx = at({ attachment: { attached: true }, visit: { referral: false } });
    expect(ctx.unmetRequirements({ requirements: ['phc_attachment', 'phc_referral', 'no_such_requirement'] })).toEqual([
      'phc_referral',
      'no_such_requirement',
    ]);
    expect(ctx.unmetRequirements({})).toEqual([]);
  });

  it('a DMS policy pays before a VMS one; a policy pays from validFrom through validTo', () => {
    const both = at({
      insurance: [
        { type: 'vms', validFrom: '2025-01-01', validTo: '2025-12-31' },
        { type: 'dms', validFrom: ASOF, validTo: ASOF },
      ],
    });
    expect(both.voluntaryPayer({ service: 'phc' })).toBe('dms');
    expect(at({ insurance: [{ type: 'vms', validFrom: '2025-01-01', validTo: '2025-12-31' }] }).voluntaryPayer({ service: 'phc' })).toBe(
      'vms',
    );
    expect(
      at({ insurance: [{ type: 'dms', validFrom: '2025-06-16', validTo: '2025-12-31' }] }).voluntaryPayer({ service: 'phc' }),
    ).toBeNull();
    expect(
      at({ insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-06-14' }] }).voluntaryPayer({ service: 'phc' }),
    ).toBeNull();
  });

  it('a policy pays for what it covers, or without `covers` for PHC and emergency admission only', () => {
    const narrow = at({ insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31', covers: ['inpatient_emergency'] }] });
    expect(narrow.voluntaryPayer({ service: 'phc' })).toBeNull();
    expect(narrow.voluntaryPayer({ service: 'inpatient_emergency' })).toBe('dms');
    const plain = at({ insurance: [{ type: 'dms', validFrom: '2025-01-01', validTo: '2025-12-31' }] });
    expect(plain.voluntaryPayer({ service: 'inpatient_emergency' })).toBe('dms');
    expect(plain.voluntaryPayer({ service: 'outpatient_specialist' })).toBeNull();
    expect(plain.voluntaryPayer({})).toBeNull();
  });

  it('a profile has a field when it holds any value there, false included', () => {
    expect(at({ visit: { referral: false } }).profileHas({ path: 'visit.referral' })).toBe(true);
    expect(at({}).profileHas({ path: 'visit.referral' })).toBe(false);
    expect(at({}).profileHas({})).toBe(false);
  });
});

describe('quotas', () => {
  const usage = at({
    serviceUsage: [
      { service: 'therapist', date: '2025-02-01' },
      { service: 'therapist', date: ASOF },
      { service: 'therapist', date: '2025-06-16' },
      { service: 'therapist', date: '2024-12-31' },
      { service: 'chest_xray', date: '2025-01-15' },
      { service: 'chest_xray', date: '2024-12-15' },
      { service: 'pulmonologist', date: '2025-05-01' },
      { service: 'pulmonologist', date: '2025-03-01' },
    ],
    visit: { specialist: 'therapist' },
  });
  const quota = (service: string) => (usage.quotaUsage() as { service: string }[]).find((q) => q.service === service);

  it('a yearly quota counts this year’s uses up to asOf and frees on 1 January', () => {
    expect(quota('therapist')).toEqual({
      service: 'therapist',
      limit: 2,
      per: 'calendar_year',
      used: 2,
      remaining: 0,
      nextAvailableOn: '2026-01-01',
    });
    expect(quota('surgeon')).toEqual({ service: 'surgeon', limit: 1, per: 'calendar_year', used: 0, remaining: 1, nextAvailableOn: null });
  });

  it('a six-month quota counts uses of the last six months and frees six months after the use that frees a place', () => {
    // 2024-12-15 + 6 months = 2025-06-15, not after asOf: no longer counted.
    expect(quota('chest_xray')).toEqual({
      service: 'chest_xray',
      limit: 1,
      per: 'six_months',
      used: 1,
      remaining: 0,
      nextAvailableOn: '2025-07-15',
    });
    // Two uses against a limit of one: a place frees when the later use (2025-05-01) is six months old.
    expect(quota('pulmonologist')).toEqual({
      service: 'pulmonologist',
      limit: 1,
      per: 'six_months',
      used: 2,
      remaining: 0,
      nextAvailableOn: '2025-11-01',
    });
  });

  it('the remaining uses are those of the service the visit names; none without one', () => {
    expect(usage.quotaRemaining({ path: 'visit.specialist' })).toBe(0);
    expect(
      at({ serviceUsage: [{ service: 'therapist', date: '2025-02-01' }], visit: { specialist: 'therapist' } }).quotaRemaining({
        path: 'visit.specialist',
      }),
    ).toBe(1);
    expect(at({}).quotaRemaining({ path: 'visit.specialist' })).toBeNull();
    expect(at({}).quotaRemaining({})).toBeNull();
  });
});

describe('family and policies to renew', () => {
  it('children under 18 and everyone else not attached are counted apart; an 18th birthday on asOf makes an adult', () => {
    const ctx = at({
      family: [
        { relation: 'child', birthDate: '2010-01-01' },
        { relation: 'child', birthDate: '2007-06-15' },
        { relation: 'spouse', birthDate: '1985-01-01' },
        { relation: 'child', birthDate: '2015-01-01', attached: true },
        { relation: 'other', birthDate: '1960-01-01', attached: false },
        { relation: 'other', birthDate: '2015-01-01' },
      ],
    });
    // Only a child of the person counts as a child; a younger relative of another kind does not.
    expect(ctx.familyToAttach({ children: true })).toBe(1);
    expect(ctx.familyToAttach({ children: false })).toBe(4);
    expect(at({}).familyToAttach({ children: false })).toBe(0);
  });

  it('the latest active policy is expiring when it ends within the days given, the last of them included', () => {
    const ctx = at({
      insurance: [
        { type: 'dms', validFrom: '2025-01-01', validTo: '2025-07-15' },
        { type: 'vms', validFrom: '2025-01-01', validTo: '2025-07-01' },
      ],
    });
    expect(ctx.expiringPolicy({ withinDays: 30 })).toBe('2025-07-15');
    expect(ctx.expiringPolicy({ withinDays: 29 })).toBeNull();
    expect(at({ insurance: [{ type: 'dms', validFrom: ASOF, validTo: ASOF }] }).expiringPolicy({})).toBe(ASOF);
    expect(
      at({ insurance: [{ type: 'dms', validFrom: '2025-06-16', validTo: '2025-06-20' }] }).expiringPolicy({ withinDays: 30 }),
    ).toBeNull();
    expect(at({}).expiringPolicy({ withinDays: 30 })).toBeNull();
  });
});

describe('refundable records', () => {
  it('a self-paid record is refundable when every month it covers lies inside a state category record, paid by asOf', () => {
    const ctx = at({
      stateCategories: [{ category: 'registered_unemployed', since: '2025-02-01', until: '2025-03-31' }],
      payments: [
        pay('self_payer', '2025-02', '2025-03-10'), // February inside: refundable
        pay('self_payer', '2025-03', '2025-04-10', 8500, 2), // March inside, April not
        pay('self_payer', '2025-01', '2025-02-10'), // January outside
        pay('self_payer', '2025-03', ASOF), // paid on asOf: refundable
        pay('self_payer', '2025-03', '2025-06-16'), // paid after asOf
        pay('individual_entrepreneur', '2025-03', '2025-04-10', 5950), // not a kind asked about
      ],
    });
    expect(ctx.refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] })).toBe(2);
    expect(ctx.refundableRecords({})).toBe(0);
  });

  it('a category record from the 2nd of a month or ending before its last day does not make that month refundable', () => {
    const late = at({
      stateCategories: [{ category: 'registered_unemployed', since: '2025-02-02' }],
      payments: [pay('self_payer', '2025-02', '2025-03-10')],
    });
    expect(late.refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] })).toBe(0);
    const early = at({
      stateCategories: [{ category: 'registered_unemployed', since: '2025-01-01', until: '2025-02-27' }],
      payments: [pay('self_payer', '2025-02', '2025-03-10')],
    });
    expect(early.refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] })).toBe(0);
  });

  it('a student record counts for refunds only with NOBD; a military service makes its months refundable', () => {
    const payments = [pay('self_payer', '2025-02', '2025-03-10')];
    const student = (inNobd: boolean) =>
      at({
        stateCategories: [{ category: 'full_time_student', since: '2024-09-01' }],
        education: { fullTime: true, location: 'domestic', inNobd },
        payments,
      });
    expect(student(false).refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] })).toBe(0);
    expect(student(true).refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] })).toBe(1);
    const served = at({ employment: [{ kind: 'military_or_law_enforcement', since: '2024-01-01', until: '2025-03-31' }], payments });
    expect(served.refundableRecords({ ownKinds: ['self_payer'], selfPaidKinds: ['self_payer'] })).toBe(1);
  });

  it('a record of a kind not counted for the person is refundable whatever its months', () => {
    const ctx = at({ payments: [pay('self_payer', '2025-01', '2025-02-10')] }, ASOF, { excludedPaymentKinds: ['self_payer'] });
    expect(ctx.refundableRecords({ ownKinds: ['self_payer'] })).toBe(1);
    expect(ctx.refundableRecords({ ownKinds: ['individual_entrepreneur'] })).toBe(0);
  });
});

describe('services decided earlier', () => {
  it('the payer is that of the first covered service in the order given', () => {
    const ctx = at({}, ASOF, {
      services: {
        inpatient_emergency: { covered: false, payer: null, reasons: [], requires: [] },
        inpatient_planned: { covered: true, payer: 'osms', reasons: [], requires: [] },
        day_hospital: { covered: true, payer: 'gobmp', reasons: [], requires: [] },
      },
    });
    expect(ctx.coveredPayer({ services: ['no_such_service', 'inpatient_emergency', 'inpatient_planned', 'day_hospital'] })).toBe('osms');
    expect(ctx.coveredPayer({ services: ['inpatient_emergency'] })).toBeNull();
    expect(ctx.coveredPayer({})).toBeNull();
  });
});

describe('covered months and dates in the profile', () => {
  // Self-payer months January–May 2025 at 4,250 (5 % of 85,000), each paid on the 10th of the next month.
  const paidMonths = ['01', '02', '03', '04', '05'].map((m) =>
    pay('self_payer', `2025-${m}`, `2025-${String(Number(m) + 1).padStart(2, '0')}-10`),
  );
  const paid = at({ payments: paidMonths });

  it('the covered run ends at the month before asOf unless another end is given', () => {
    expect(paid.coveredRun({})).toBe(5);
    expect(paid.coveredRun({ endOffset: 2 })).toBe(4);
    expect(paid.coveredRun({ endOffset: 0 })).toBe(0);
  });

  it('months covered by the state join the records with stateMonths, unless the state covers asOf itself', () => {
    // Registered unemployed 2024-01-01 … 2024-12-31, then self-paid January … May 2025.
    const after = at({
      stateCategories: [{ category: 'registered_unemployed', since: '2024-01-01', until: '2024-12-31' }],
      payments: paidMonths,
    });
    expect(after.coveredRun({})).toBe(5);
    expect(after.coveredRun({ stateMonths: true })).toBe(17);
    // A record still open on asOf: the records alone count.
    const open = at({ stateCategories: [{ category: 'registered_unemployed', since: '2024-01-01' }], payments: paidMonths });
    expect(open.coveredRun({ stateMonths: true })).toBe(5);
    // A month the state covers counts for no payment kind of its own.
    expect(after.coveredRun({ stateMonths: true, kinds: ['esp'] })).toBe(0);
    // The run 2024-01 … 2025-05 holds through June, then three months of grace after May: 2025-08-31.
    // (grace gives its anchor L = C−2 = 2025-04 too: the rule reports grace only when 12 payments fail.)
    expect(after.contributionValidThrough({ stateMonths: true })).toBe('2025-08-31');
    expect(after.grace({ stateMonths: true })).toEqual({ lastPaidMonth: '2025-04', endsOn: '2025-08-31' });
    expect(after.grace({})).toBeNull();
  });

  it('the state covers no month past asOf: a record that starts later in the month of asOf does not count', () => {
    const later = at({ stateCategories: [{ category: 'registered_unemployed', since: '2025-06-20' }], payments: paidMonths });
    expect(later.coveredRun({ stateMonths: true, endOffset: 0 })).toBe(0);
  });

  it('working days are counted only from a date in the profile', () => {
    expect(at({ pregnancy: { inLabour: true } }).workingDaysSince({ path: 'pregnancy.inLabour' })).toBeNull();
    expect(at({}).workingDaysSince({ path: 'pregnancy.registeredOn' })).toBeNull();
    expect(at({}).workingDaysSince({})).toBeNull();
  });
});

describe('months without pension or social contributions before registration', () => {
  const kinds = ['pension_contribution', 'social_contribution'];
  const registered = (payments: unknown[]) => at({ pregnancy: { registeredOn: '2025-06-02' }, payments });

  it('without any record, every month from the birth month on counts: April 1985 to May 2025 are 482', () => {
    expect(registered([]).monthsWithoutRecordsBefore({ kinds, path: 'pregnancy.registeredOn' })).toBe(482);
  });

  it('the months after the latest record before the registration month count', () => {
    const records = [
      pay('pension_contribution', '2025-03', '2025-04-10', 10000),
      pay('social_contribution', '2025-01', '2025-02-10', 3000),
    ];
    expect(registered(records).monthsWithoutRecordsBefore({ kinds, path: 'pregnancy.registeredOn' })).toBe(2);
  });

  it('a record reaching into the registration month leaves no month without one', () => {
    const records = [pay('pension_contribution', '2025-04', '2025-04-10', 30000, 3)];
    expect(registered(records).monthsWithoutRecordsBefore({ kinds, path: 'pregnancy.registeredOn' })).toBe(0);
  });

  it('records for later months, of other kinds or paid after asOf do not count', () => {
    const records = [
      pay('pension_contribution', '2025-07', '2025-06-05', 10000),
      pay('self_payer', '2025-05', '2025-06-10'),
      pay('social_contribution', '2025-05', '2025-06-16', 3000),
    ];
    expect(registered(records).monthsWithoutRecordsBefore({ kinds, path: 'pregnancy.registeredOn' })).toBe(482);
  });

  it('a record paid on asOf counts', () => {
    expect(
      registered([pay('social_contribution', '2025-05', ASOF, 3000)]).monthsWithoutRecordsBefore({ kinds, path: 'pregnancy.registeredOn' }),
    ).toBe(0);
  });

  it('no date gives no count', () => {
    expect(at({}).monthsWithoutRecordsBefore({ kinds, path: 'pregnancy.registeredOn' })).toBeNull();
  });
});

describe('months ruled out by an employment', () => {
  it('ESP months of a registered entrepreneur are listed: those the registration touches on any day', () => {
    const esp = [pay('esp', '2023-03', '2023-03-05', 3450), pay('esp', '2023-04', '2023-04-05', 6900, 2)];
    const ctx = at({ employment: [{ kind: 'individual_entrepreneur', since: '2023-04-30' }], payments: esp }, '2023-06-20');
    expect(ctx.monthsRuledOut({ kinds: ['esp'] })).toEqual(['2023-04', '2023-05']);
    expect(ctx.monthsRuledOut({ kinds: ['self_payer'] })).toEqual([]);
    expect(ctx.coveredRun({ kinds: ['esp'], endOffset: 3 })).toBe(1);
    expect(at({ payments: esp }, '2023-06-20').monthsRuledOut({ kinds: ['esp'] })).toEqual([]);
  });
});

describe('records from a month on', () => {
  it('a record covering the month or a later one counts; one ending the month before does not', () => {
    const through = (period: string, months: number) => at({ payments: [pay('self_payer', period, '2025-02-10', 4250 * months, months)] });
    expect(through('2025-03', 3).hasRecordFrom({ kinds: ['self_payer'], from: '2025-05-01' })).toBe(true);
    expect(through('2025-02', 3).hasRecordFrom({ kinds: ['self_payer'], from: '2025-05-01' })).toBe(false);
    expect(through('2025-03', 3).hasRecordFrom({ kinds: ['self_payer'] })).toBe(false);
    expect(
      at({ pregnancy: { registeredOn: '2025-05-20' }, payments: [pay('self_payer', '2025-05', '2025-06-10')] }).hasRecordFrom({
        kinds: ['self_payer'],
        path: 'pregnancy.registeredOn',
      }),
    ).toBe(true);
  });
});

describe('the paying kind and its contribution', () => {
  it('GPC workers are paid for by the agent; military staff have no paying kind of their own (outside OSMS while serving: the default)', () => {
    expect(at({ employment: [{ kind: 'military_or_law_enforcement' }] }).ownPayingKind()).toBe('self_payer');
    expect(at({ employment: [{ kind: 'gpc' }] }).ownPayingKind()).toBe('gpc_contribution');
    expect(at({ employment: [{ kind: 'employee' }, { kind: 'individual_entrepreneur' }] }).ownPayingKind()).toBe('individual_entrepreneur');
    expect(at({}).ownPayingKind()).toBe('self_payer');
  });

  it('an ESP payer without a settlement pays the city rate: 1 MCI = 3,450 in 2023', () => {
    expect(at({ employment: [{ kind: 'esp_payer' }] }, '2023-06-15').ownContribution()).toEqual({ kind: 'esp', monthlyMinimumKzt: 3450 });
  });

  it('a former ESP payer pays as a self-payer from January 2024: 4,250', () => {
    expect(at({ employment: [{ kind: 'esp_payer' }] }, '2023-12-31').ownContribution().kind).toBe('esp');
    expect(at({ employment: [{ kind: 'esp_payer' }] }, '2024-01-01').ownContribution()).toEqual({
      kind: 'self_payer',
      monthlyMinimumKzt: 4250,
    });
  });
});

describe('arrears', () => {
  it('months with a state category record for any day of the month are left out', () => {
    const ctx = at({ stateCategories: [{ category: 'registered_unemployed', since: '2025-02-28', until: '2025-03-01' }] });
    const a = ctx.arrears();
    expect(a.months).toEqual([
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-04',
      '2025-05',
    ]);
    expect(a.monthCount).toBe(10);
    expect(a.employerMonths).toEqual([]);
    // 10 months × 4,250 (5 % of 85,000 in 2024 and 2025).
    expect(a.amountKzt).toBe(42500);
  });

  it('childhood months are left out up to the month of the 18th birthday; a birthday on the 1st owes that month', () => {
    expect(at({ person: { birthDate: '2007-04-01', sex: 'male' } }).arrears().months).toEqual(['2025-04', '2025-05']);
  });

  it('a kandas record without an end is in force for 12 months only: the months after it are debt', () => {
    // since 2024-03-10: in force 2024-03-10 … 2025-03-09, so March 2025 is touched; April and May are owed.
    const a = at(
      { residency: { status: 'kandas' }, stateCategories: [{ category: 'kandas_unemployed', since: '2024-03-10' }] },
      ASOF,
    ).arrears();
    expect(a.months).toEqual(['2025-04', '2025-05']);
  });

  it('a category that does not count covers no month: a citizen’s kandas record, a student record without NOBD, any record of a temporary resident', () => {
    expect(at({ stateCategories: [{ category: 'kandas_unemployed', since: '2024-03-10' }] }).arrears().monthCount).toBe(12);
    const student = { stateCategories: [{ category: 'full_time_student', since: '2022-09-01' }] };
    expect(at({ ...student, education: { fullTime: true, location: 'domestic', inNobd: false } }).arrears().monthCount).toBe(12);
    expect(at({ ...student, education: { fullTime: true, location: 'domestic', inNobd: true } }).arrears().monthCount).toBe(0);
    expect(at({ ...student, education: { fullTime: true, location: 'abroad', registeredAbroad: true } }).arrears().monthCount).toBe(0);
    const temporary = {
      residency: { status: 'temporary_resident' },
      employment: [{ kind: 'employee', since: '2020-01-01' }],
      stateCategories: [{ category: 'pension_recipient', since: '2020-01-01' }],
    };
    expect(at(temporary).arrears().employerMonths).toHaveLength(12);
  });

  it('a military or law-enforcement service covers its months on any day of them, even for the employer: they are never debt', () => {
    // Served 2024-06-01 … 2024-09-01: June … September 2024 are the state's; October … May are own (8 months).
    const a = at({ employment: [{ kind: 'military_or_law_enforcement', since: '2024-06-01', until: '2024-09-01' }] }).arrears();
    expect(a.months).toEqual(['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05']);
    expect(a.employerMonths).toEqual([]);
  });

  it('an employer owes the months of an employee: no own month, so no amount', () => {
    const a = at({ employment: [{ kind: 'employee', since: '2024-01-01' }] }).arrears();
    expect(a.amountKzt).toBeNull();
    expect(a.employerMonths).toHaveLength(12);
    expect(a.ownMonths).toEqual([]);
  });

  it('a contract counts for a month when it overlaps any day of it; the other months are own, at the self-payer rate', () => {
    const a = at({ employment: [{ kind: 'employee', since: '2025-04-30', until: '2025-05-01' }] }).arrears();
    expect(a.kind).toBe('self_payer');
    expect(a.employerMonths).toEqual(['2025-04', '2025-05']);
    expect(a.ownMonths).toHaveLength(10);
    expect(a.amountKzt).toBe(42500);
    const gpc = at({ employment: [{ kind: 'gpc', since: '2025-05-31', until: '2025-05-31' }] }).arrears();
    expect(gpc.employerMonths).toEqual(['2025-05']);
  });

  it('an open-ended category record leaves out every month from its start', () => {
    const a = at({ stateCategories: [{ category: 'registered_unemployed', since: '2025-04-10' }] }).arrears();
    expect(a.months.at(-1)).toBe('2025-03');
    expect(a.monthCount).toBe(10);
  });

  it('a contract counts only from the month it begins, and any other kind of work never does', () => {
    expect(at({ employment: [{ kind: 'employee', since: '2025-05-15' }] }).arrears().employerMonths).toEqual(['2025-05']);
    const mixed = at({ employment: [{ kind: 'employee', since: '2025-04-30', until: '2025-05-01' }, { kind: 'self_payer' }] }).arrears();
    expect(mixed.employerMonths).toEqual(['2025-04', '2025-05']);
    expect(at({ employment: [{ kind: 'self_payer' }] }).arrears().employerMonths).toEqual([]);
  });

  it('a contract that ended is not counted for the months after it', () => {
    const a = at({ employment: [{ kind: 'employee', since: '2024-01-01', until: '2025-03-31' }] }).arrears();
    expect(a.employerMonths).toEqual([
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(a.ownMonths).toEqual(['2025-04', '2025-05']);
  });

  it('own contributions were first due for January 2020: on 2020-06-15 a self-payer owes January … May only, 5 × 2,125', () => {
    // Revision 3 (revision 2 listed June 2019 … May 2020 with no amount at all).
    const a = at({ employment: [{ kind: 'self_payer' }] }, '2020-06-15').arrears();
    expect(a.ownMonths).toEqual(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05']);
    expect(a.amountKzt).toBe(10625);
    // On 2020-01-01 the 12 months looked back on are all of 2019: nothing is owed.
    expect(at({ employment: [{ kind: 'self_payer' }] }, '2020-01-01').arrears().monthCount).toBe(0);
    // A 2019 month is still debt when it is an employer's.
    const employee = at({ employment: [{ kind: 'employee', since: '2019-11-01', until: '2019-12-31' }] }, '2020-02-15').arrears();
    expect(employee).toMatchObject({ employerMonths: ['2019-11', '2019-12'], ownMonths: ['2020-01'], amountKzt: 2125 });
  });

  it('one month without an amount leaves the whole amount unknown, even when later months have one', () => {
    // With minimum wages only from 2021 (a rule author's parameters), 2020's own months have no amount.
    const later = {
      ...parameters,
      minimumWageKzt: { values: (parameters.minimumWageKzt as DatedLeaf<number>).values.filter((v) => v.from >= '2021-01-01') },
    };
    const almanac = new Almanac(
      parseProfile({
        person: { birthDate: '1985-04-12', sex: 'female' },
        residency: { status: 'citizen' },
        employment: [{ kind: 'self_payer' }],
      }),
      '2021-06-15',
      later,
      outcome,
    );
    expect(arrears(almanac).monthCount).toBe(12);
    expect(arrears(almanac).amountKzt).toBeNull();
  });

  it('an ESP payer owes his months at the self-payer rate, during ESP and after it', () => {
    // 2023-06-15: June 2022 – May 2023: 7 × 3,000 (60,000 in 2022) + 5 × 3,500 (70,000 in 2023) = 38,500.
    expect(at({ employment: [{ kind: 'esp_payer' }] }, '2023-06-15').arrears()).toMatchObject({ kind: 'self_payer', amountKzt: 38500 });
    // 2024-06-15: June 2023 – May 2024: 7 × 3,500 + 5 × 4,250 = 45,750.
    expect(at({ employment: [{ kind: 'esp_payer' }] }, '2024-06-15').arrears()).toMatchObject({ kind: 'self_payer', amountKzt: 45750 });
  });

  it('an individual entrepreneur owes his months at his own rate: 12 × 5,950', () => {
    expect(at({ employment: [{ kind: 'individual_entrepreneur' }] }).arrears()).toMatchObject({
      kind: 'individual_entrepreneur',
      amountKzt: 71400,
    });
  });

  it('a temporary resident has no own months: only the months of a contract are debt', () => {
    const profile = { residency: { status: 'temporary_resident' }, employment: [{ kind: 'employee', since: '2025-05-01' }] };
    const a = at(profile).arrears();
    expect(a.months).toEqual(['2025-05']);
    expect(a.employerMonths).toEqual(['2025-05']);
    expect(a.amountKzt).toBeNull();
  });
});
