import * as z from 'zod/mini';
import data from '../generated/data.json';
import { lazy, lazyObject } from '../lazy';
import { isValidIin } from './iin';

/** Limits on input size: a profile is one person, not a database dump. Dates lie in 1900-01-01 … 2100-12-31. */
export const LIMITS = { arrayItems: 10_000, stringLength: 200, earliestDate: '1900-01-01', latestDate: '2100-12-31' } as const;


const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i` (0–9), or -1. */
const digit = (value: string, i: number) => {
  const code = value.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};
/** A number of `count` digits from `at`, or -1 when one of them is not a digit. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = digit(value, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A real `YYYY-MM-DD` date (any four-digit year): read digit by digit, it runs for every date of a profile. */
function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

function isCalendarMonth(value: string): boolean {
  if (value.length !== 7 || value.charCodeAt(4) !== 45 || digits(value, 0, 4) < 0) return false;
  const month = digits(value, 5, 2);
  return month >= 1 && month <= 12;
}

/** Whether a string is a real calendar date within the library's bounds (1900-01-01 … 2100-12-31). */
export const isSupportedDate = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDate(value) && value >= LIMITS.earliestDate && value <= LIMITS.latestDate;
/** Whether a string is a real calendar month within the library's bounds (1900-01 … 2100-12). */
export const isSupportedMonth = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarMonth(value) && value >= LIMITS.earliestDate.slice(0, 7) && value <= LIMITS.latestDate.slice(0, 7);

const outOfRange = { message: `Dates must lie in ${LIMITS.earliestDate} … ${LIMITS.latestDate}`, params: { code: 'unsupported_date' } };

const buildIsoDate = () =>
  z
    .string()
    .check(z.maxLength(10))
    .check(z.refine(isCalendarDate, { message: 'Expected a real calendar date YYYY-MM-DD', params: { code: 'invalid_date' }, abort: true }))
    .check(z.refine((v) => v >= LIMITS.earliestDate && v <= LIMITS.latestDate, outOfRange));
/** The zod schema of a date of the library (built on first use). */
export const isoDateSchema = lazy(buildIsoDate);
const isoMonth = lazy(() =>
  z
    .string()
    .check(z.maxLength(7))
    .check(z.refine(isCalendarMonth, { message: 'Expected a real calendar month YYYY-MM', params: { code: 'invalid_month' }, abort: true }))
    .check(z.refine((v) => v >= LIMITS.earliestDate.slice(0, 7) && v <= LIMITS.latestDate.slice(0, 7), outOfRange)),
);
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIMITS.arrayItems));

export const residencyClasses = [
  'citizen',
  'kandas',
  'refugee',
  'permanent_resident',
  'stateless_permanent',
  'temporary_resident',
  'stateless_temporary',
  'asylum_seeker',
] as const;

export const stateCategoryCodes = [
  'child',
  'registered_unemployed',
  'pregnant_nonworking',
  'nonworking_parent_child_under_3',
  'childcare_leave',
  'carer_disabled_child',
  'pension_recipient',
  'prisoner',
  'pretrial_detainee',
  'kandas_unemployed',
  'mother_many_children',
  'disabled',
  'full_time_student',
  'carer_group1_since_childhood',
  'targeted_social_assistance',
] as const;

/** Payment kinds that are OSMS contributions. */
export const osmsPaymentKinds = [
  'employer_deduction',
  'employee_contribution',
  'gpc_contribution',
  'individual_entrepreneur',
  'private_practice',
  'self_payer',
  'esp',
] as const;

/** OSMS contribution kinds, and the two non-OSMS kinds the pregnancy rule reads. */
export const paymentKinds = [...osmsPaymentKinds, 'pension_contribution', 'social_contribution'] as const;

export const employmentKinds = [
  'employee',
  'gpc',
  'individual_entrepreneur',
  'private_practice',
  'self_payer',
  'esp_payer',
  'military_or_law_enforcement',
  'unemployed',
] as const;

export const quotaServices = [
  'therapist',
  'pediatrician',
  'surgeon',
  'infectious_disease',
  'ophthalmologist',
  'gastroenterologist',
  'otorhinolaryngologist',
  'pulmonologist',
  'psychiatrist',
  'radiologist',
  'cholesterol_express',
  'glucose_express',
  'complete_blood_count',
  'urinalysis',
  'sputum_afb_microscopy',
  'ultrasound_complex',
  'chest_xray',
  'eeg',
] as const;

/** Risk groups of the hepatitis B/C screening that the profile states directly (seed 002, screening group 7). */
export const hepatitisRiskGroups = ['medical_worker', 'surgery_patient', 'specialised_centre_patient', 'transfusion_or_transplant_recipient'] as const;

/** ICD-10: a letter, two digits, optionally a dot and one or two more characters (A15, A15.0, U07.1). */
const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;

const conditionCode = () => {
  const conditionCodeSet = new Set(Object.values(data.conditions.groups).flatMap((group) => group.entries.map((entry) => entry.code)));
  return z.string().check(z.maxLength(LIMITS.stringLength)).check(
    z.refine((code) => conditionCodeSet.has(code) || ICD10.test(code), {
      message: 'Expected a condition code of the library’s lists or an ICD-10 code such as A15.0',
      params: { code: 'invalid_condition' },
    }),
  );
};
/** Awards of mothers of many children. */
export const motherAwards = ['altyn_alka', 'kumis_alka', 'batyr_ana', 'ana_dankhy_1', 'ana_dankhy_2'] as const;

function buildProfileSchema() {
  const isoDate = buildIsoDate();
  const month = isoMonth();
  const period = { since: isoDate, until: z.optional(isoDate) };
  return z.strictObject({
  asOf: z.optional(isoDate),
  person: z.strictObject({
    birthDate: isoDate,
    sex: z.enum(['female', 'male']),
    iin: z.optional(z
      .string().check(z.maxLength(12)).check(z.refine(isValidIin, { message: 'Expected 12 digits with a valid IIN checksum', params: { code: 'invalid_iin' } }))),
  }),
  residency: z.strictObject({
    status: z.enum(residencyClasses),
    eaeu: z.optional(z.boolean()),
    residencePermitUntil: z.optional(isoDate),
  }),
  settlement: z.optional(z.enum(['city', 'other'])),
  employment: z.optional(list(
    z.strictObject({ kind: z.enum(employmentKinds), since: z.optional(isoDate), until: z.optional(isoDate) }),
  )),
  stateCategories: z.optional(list(z.strictObject({ category: z.enum(stateCategoryCodes), ...period, award: z.optional(z.enum(motherAwards)) }))),
  payments: z.optional(list(
    z.strictObject({
      kind: z.enum(paymentKinds),
      period: month,
      months: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(120))),
      paidOn: isoDate,
      amountKzt: z.number().check(z.nonnegative()).check(z.lte(1e12)),
    }),
  )),
  pregnancy: z.optional(z
    .strictObject({ registeredOn: z.optional(isoDate), endedOn: z.optional(isoDate), inLabour: z.optional(z.boolean()), lifeThreat: z.optional(z.boolean()) })),
  disability: z.optional(z.strictObject({ group: z.union([z.literal(1), z.literal(2), z.literal(3)]), sinceChildhood: z.optional(z.boolean()) })),
  conditions: z.optional(list(
    z.strictObject({ code: conditionCode(), since: z.optional(isoDate), underObservation: z.optional(z.boolean()) }),
  )),
  education: z.optional(z
    .strictObject({
      fullTime: z.boolean(),
      location: z.enum(['domestic', 'abroad']),
      inNobd: z.optional(z.boolean()),
      registeredAbroad: z.optional(z.boolean()),
    })),
  insurance: z.optional(list(
    z.strictObject({
      type: z.enum(['dms', 'vms']),
      validFrom: isoDate,
      validTo: isoDate,
      covers: z.optional(z.array(z.enum(['phc', 'inpatient_emergency'])).check(z.maxLength(2))),
    }),
  )),
  attachment: z.optional(z.strictObject({ attached: z.boolean(), since: z.optional(isoDate), hasEds: z.optional(z.boolean()) })),
  family: z.optional(list(
    z.strictObject({ relation: z.enum(['spouse', 'child', 'other']), birthDate: isoDate, attached: z.optional(z.boolean()) }),
  )),
  serviceUsage: z.optional(list(z.strictObject({ service: z.enum(quotaServices), date: isoDate }))),
  visit: z.optional(z.strictObject({ emergency: z.optional(z.boolean()), referral: z.optional(z.boolean()), specialist: z.optional(z.enum(quotaServices)) })),
  /** Hepatitis B/C screening risk groups; pregnancy and HIV are read from their own fields. */
  riskGroups: z.optional(z.array(z.enum(hepatitisRiskGroups)).check(z.maxLength(10))),
  /** What the Fund's channels (egov.kz, fms.kz, Qoldau) show, as the registrar read it. */
  fundStatement: z.optional(z
    .strictObject({ checkedOn: isoDate, status: z.optional(z.enum(['insured', 'not_insured'])), debtMonths: z.optional(list(month)) })),
  });
}


/**
 * The zod schema of a profile (zod/mini): strict, every date real and in range; `parseProfile`
 * adds the checks across fields and localised messages.
 *
 * @example
 * profileSchema.safeParse({ person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } }).success // true
 */
export const profileSchema: ReturnType<typeof buildProfileSchema> = lazyObject(buildProfileSchema);

/**
 * A validated profile, as `parseProfile` returns it.
 *
 * @example
 * const profile: Profile = parseProfile(JSON.parse(body))
 * profile.residency.status // 'citizen' | 'kandas' | …
 */
export type Profile = z.infer<ReturnType<typeof buildProfileSchema>>;

/**
 * A profile as you write it: `evaluate` takes this type, so a misspelt key in a literal
 * (`{ persn: … }`) or a wrong code fails to compile. Data of unknown shape (a parsed request
 * body, a database row) goes in through `parseProfile(data)` / `safeParseProfile(data)`, or
 * `evaluator.evaluateMany(items)`, which take `unknown` and report every problem.
 *
 * @example
 * const p: ProfileInput = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } }
 * await evaluate(p, { asOf: '2025-06-15' })
 */
export type ProfileInput = z.input<ReturnType<typeof buildProfileSchema>>;
/**
 * The residency class of `profile.residency.status`.
 *
 * @example
 * const status: ResidencyClass = 'temporary_resident'
 */
export type ResidencyClass = (typeof residencyClasses)[number];
/**
 * A state-insured category of `profile.stateCategories[].category`.
 *
 * @example
 * const category: StateCategory = 'pension_recipient'
 */
export type StateCategory = (typeof stateCategoryCodes)[number];
/**
 * The kind of a payment record (`profile.payments[].kind`).
 *
 * @example
 * const kind: PaymentKind = 'self_payer'
 */
export type PaymentKind = (typeof paymentKinds)[number];
/**
 * A service with a volume limit for temporarily staying persons (`decision.quotas[].service`).
 *
 * @example
 * const service: QuotaService = 'therapist'
 */
export type QuotaService = (typeof quotaServices)[number];
export type Payment = NonNullable<Profile['payments']>[number];
