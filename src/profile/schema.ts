import * as z from 'zod';
import conditions from '../../data/conditions.json';
import { isValidIin } from './iin';

/** Limits on input size: a profile is one person, not a database dump. Dates lie in 1900-01-01 … 2100-12-31. */
export const LIMITS = { arrayItems: 10_000, stringLength: 200, earliestDate: '1900-01-01', latestDate: '2100-12-31' } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real `YYYY-MM-DD` date (any four-digit year): read digit by digit, it runs for every date of a profile. */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

function isCalendarMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Whether a string is a real calendar date within the library's bounds (1900-01-01 … 2100-12-31). */
export const isSupportedDate = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDate(value) && value >= LIMITS.earliestDate && value <= LIMITS.latestDate;
/** Whether a string is a real calendar month within the library's bounds (1900-01 … 2100-12). */
export const isSupportedMonth = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarMonth(value) && value >= LIMITS.earliestDate.slice(0, 7) && value <= LIMITS.latestDate.slice(0, 7);

const outOfRange = { message: `Dates must lie in ${LIMITS.earliestDate} … ${LIMITS.latestDate}`, params: { code: 'unsupported_date' } };

export const isoDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, { message: 'Expected a real calendar date YYYY-MM-DD', params: { code: 'invalid_date' }, abort: true })
  .refine((v) => v >= LIMITS.earliestDate && v <= LIMITS.latestDate, outOfRange);
const isoMonth = z
  .string()
  .max(7)
  .refine(isCalendarMonth, { message: 'Expected a real calendar month YYYY-MM', params: { code: 'invalid_month' }, abort: true })
  .refine((v) => v >= LIMITS.earliestDate.slice(0, 7) && v <= LIMITS.latestDate.slice(0, 7), outOfRange);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.arrayItems);

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

const conditionCodeSet = new Set(Object.values(conditions.groups).flatMap((group) => group.entries.map((entry) => entry.code)));
/** ICD-10: a letter, two digits, optionally a dot and one or two more characters (A15, A15.0, U07.1). */
const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;

const conditionCode = z
  .string()
  .max(LIMITS.stringLength)
  .refine((code) => conditionCodeSet.has(code) || ICD10.test(code), {
    message: 'Expected a condition code of RULES.md sections 5, 6.0, 6.1, 6.2 or an ICD-10 code such as A15.0',
    params: { code: 'invalid_condition' },
  });

const period = { since: isoDate, until: isoDate.optional() };
/** Awards of mothers of many children (RULES.md 3.1, 6.3). */
export const motherAwards = ['altyn_alka', 'kumis_alka', 'batyr_ana', 'ana_dankhy_1', 'ana_dankhy_2'] as const;

export const profileSchema = z.strictObject({
  asOf: isoDate.optional(),
  person: z.strictObject({
    birthDate: isoDate,
    sex: z.enum(['female', 'male']),
    iin: z
      .string()
      .max(12)
      .refine(isValidIin, { message: 'Expected 12 digits with a valid IIN checksum', params: { code: 'invalid_iin' } })
      .optional(),
  }),
  residency: z.strictObject({
    status: z.enum(residencyClasses),
    eaeu: z.boolean().optional(),
    residencePermitUntil: isoDate.optional(),
  }),
  settlement: z.enum(['city', 'other']).optional(),
  employment: list(
    z.strictObject({ kind: z.enum(employmentKinds), since: isoDate.optional(), until: isoDate.optional() }),
  ).optional(),
  stateCategories: list(z.strictObject({ category: z.enum(stateCategoryCodes), ...period, award: z.enum(motherAwards).optional() })).optional(),
  payments: list(
    z.strictObject({
      kind: z.enum(paymentKinds),
      period: isoMonth,
      months: z.number().int().min(1).max(120).optional(),
      paidOn: isoDate,
      amountKzt: z.number().nonnegative().max(1e12),
    }),
  ).optional(),
  pregnancy: z
    .strictObject({ registeredOn: isoDate.optional(), endedOn: isoDate.optional(), inLabour: z.boolean().optional(), lifeThreat: z.boolean().optional() })
    .optional(),
  disability: z.strictObject({ group: z.union([z.literal(1), z.literal(2), z.literal(3)]), sinceChildhood: z.boolean().optional() }).optional(),
  conditions: list(
    z.strictObject({ code: conditionCode, since: isoDate.optional(), underObservation: z.boolean().optional() }),
  ).optional(),
  education: z
    .strictObject({
      fullTime: z.boolean(),
      location: z.enum(['domestic', 'abroad']),
      inNobd: z.boolean().optional(),
      registeredAbroad: z.boolean().optional(),
    })
    .optional(),
  insurance: list(
    z.strictObject({
      type: z.enum(['dms', 'vms']),
      validFrom: isoDate,
      validTo: isoDate,
      covers: z.array(z.enum(['phc', 'inpatient_emergency'])).max(2).optional(),
    }),
  ).optional(),
  attachment: z.strictObject({ attached: z.boolean(), since: isoDate.optional(), hasEds: z.boolean().optional() }).optional(),
  family: list(
    z.strictObject({ relation: z.enum(['spouse', 'child', 'other']), birthDate: isoDate, attached: z.boolean().optional() }),
  ).optional(),
  serviceUsage: list(z.strictObject({ service: z.enum(quotaServices), date: isoDate })).optional(),
  visit: z.strictObject({ emergency: z.boolean().optional(), referral: z.boolean().optional(), specialist: z.enum(quotaServices).optional() }).optional(),
  /** Hepatitis B/C screening risk groups (RULES.md 6.2); pregnancy and HIV are read from their own fields. */
  riskGroups: z.array(z.enum(hepatitisRiskGroups)).max(10).optional(),
  /** What the Fund's channels (egov.kz, fms.kz, Qoldau) show, as the registrar read it (RULES.md 8.1). */
  fundStatement: z
    .strictObject({ checkedOn: isoDate, status: z.enum(['insured', 'not_insured']).optional(), debtMonths: list(isoMonth).optional() })
    .optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ResidencyClass = (typeof residencyClasses)[number];
export type StateCategory = (typeof stateCategoryCodes)[number];
export type PaymentKind = (typeof paymentKinds)[number];
export type QuotaService = (typeof quotaServices)[number];
export type Payment = NonNullable<Profile['payments']>[number];
