import * as z from 'zod';
import { quotaServices } from '../profile/schema';
import { LOCALES } from '../messages/format';

export const SERVICE_CODES = [
  'ambulance',
  'phc',
  'outpatient_specialist',
  'dynamic_observation',
  'screening',
  'dental_emergency',
  'dental_planned',
  'day_hospital',
  'inpatient_emergency',
  'inpatient_planned',
  'rehabilitation',
  'palliative',
  'blood_products',
  'pathology',
  'donor_preparation',
  'treatment_abroad',
  'drugs_inpatient',
  'drugs_outpatient',
  'vaccination',
] as const;

export const SCREENING_PROGRAMS = [
  'behavioural_risk',
  'cardio_diabetes',
  'glaucoma',
  'cervical_cancer',
  'breast_cancer',
  'colorectal_cancer',
  'hepatitis_bc',
] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const payer = z.enum(['gobmp', 'osms', 'dms', 'vms']).nullable();
const service = z.strictObject({ covered: z.boolean(), payer, reasons: z.array(z.string()), requires: z.array(z.string()) });

/** The shape of every Decision; a decision is plain JSON data. */
export const decisionSchema = z.strictObject({
  asOf: date,
  locale: z.enum(LOCALES),
  rulesetVersion: z.string(),
  packages: z.strictObject({
    gobmp: z.enum(['full', 'dangerous_diseases', 'none']),
    osms: z.boolean(),
    dms: z.boolean(),
    vms: z.boolean(),
  }),
  insurance: z.strictObject({
    status: z.enum(['insured', 'not_insured', 'not_applicable']),
    bases: z.array(z.string()),
    validThrough: date.nullable(),
    grace: z.strictObject({ lastPaidMonth: month, endsOn: date }).nullable(),
    debt: z.strictObject({ months: z.array(month).max(120), employerMonths: z.array(month).max(120), amountKzt: z.number().nonnegative().nullable() }).nullable(),
    monthlyContributionKzt: z.number().nonnegative().nullable(),
  }),
  services: z.strictObject(Object.fromEntries(SERVICE_CODES.map((code) => [code, service])) as Record<(typeof SERVICE_CODES)[number], typeof service>),
  quotas: z.array(
    z.strictObject({
      service: z.enum(quotaServices),
      limit: z.number().int().positive(),
      per: z.enum(['calendar_year', 'six_months']),
      used: z.number().int().nonnegative(),
      remaining: z.number().int().nonnegative(),
      nextAvailableOn: date.nullable(),
    }),
  ),
  screenings: z.array(z.strictObject({ program: z.enum(SCREENING_PROGRAMS), eligible: z.boolean(), reasons: z.array(z.string()) })),
  reasons: z.array(
    z.strictObject({
      code: z.string(),
      ruleId: z.string(),
      message: z.string(),
      source: z.strictObject({ document: z.string(), title: z.string(), ref: z.string().optional() }),
    }),
  ),
  nextSteps: z.array(
    z.strictObject({
      code: z.string(),
      message: z.string(),
      amountKzt: z.number().nonnegative().optional(),
      deadline: date.optional(),
      links: z.array(z.string()).optional(),
    }),
  ),
  trace: z
    .array(z.strictObject({ ruleId: z.string(), stage: z.string(), result: z.boolean(), conditions: z.unknown() }))
    .optional(),
});

export type Decision = z.infer<typeof decisionSchema>;
export type ServiceCode = (typeof SERVICE_CODES)[number];
