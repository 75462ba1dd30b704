import * as z from 'zod/mini';
import data from '../generated/data.json';
import { lazyObject } from '../lazy';
import { isValidIin } from './iin';
import { DATE_LIMITS, buildIsoDate, isoMonth } from '../calendar/dates';
import {
  employmentKinds,
  hepatitisRiskGroups,
  motherAwards,
  paymentKinds,
  quotaServices,
  residencyClasses,
  stateCategoryCodes,
} from '../language/codes';

/** Limits on input size: a profile is one person, not a database dump. Dates lie in 1900-01-01 … 2100-12-31. */
export const LIMITS = { arrayItems: 10_000, stringLength: 200, ...DATE_LIMITS } as const;

const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIMITS.arrayItems));

/** ICD-10: a letter, two digits, optionally a dot and one or two more characters (A15, A15.0, U07.1). */
const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;

const conditionCode = () => {
  const conditionCodeSet = new Set(Object.values(data.parameters.conditionGroups).flatMap((group) => group.values.flatMap((v) => v.value)));
  return z
    .string()
    .check(z.maxLength(LIMITS.stringLength))
    .check(
      z.refine((code) => conditionCodeSet.has(code) || ICD10.test(code), {
        message: 'Expected a condition code of the library’s lists or an ICD-10 code such as A15.0',
        params: { code: 'invalid_condition' },
      }),
    );
};
function buildProfileSchema() {
  const isoDate = buildIsoDate();
  const month = isoMonth();
  const period = { since: isoDate, until: z.optional(isoDate) };
  return z.strictObject({
    asOf: z.optional(isoDate),
    person: z.strictObject({
      birthDate: isoDate,
      sex: z.enum(['female', 'male']),
      iin: z.optional(
        z
          .string()
          .check(z.maxLength(12))
          .check(z.refine(isValidIin, { message: 'Expected 12 digits with a valid IIN checksum', params: { code: 'invalid_iin' } })),
      ),
    }),
    residency: z.strictObject({
      status: z.enum(residencyClasses),
      eaeu: z.optional(z.boolean()),
      residencePermitUntil: z.optional(isoDate),
    }),
    settlement: z.optional(z.enum(['city', 'other'])),
    employment: z.optional(list(z.strictObject({ kind: z.enum(employmentKinds), since: z.optional(isoDate), until: z.optional(isoDate) }))),
    stateCategories: z.optional(
      list(z.strictObject({ category: z.enum(stateCategoryCodes), ...period, award: z.optional(z.enum(motherAwards)) })),
    ),
    payments: z.optional(
      list(
        z.strictObject({
          kind: z.enum(paymentKinds),
          period: month,
          months: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(120))),
          paidOn: isoDate,
          amountKzt: z.number().check(z.nonnegative()).check(z.lte(1e12)),
        }),
      ),
    ),
    pregnancy: z.optional(
      z.strictObject({
        registeredOn: z.optional(isoDate),
        endedOn: z.optional(isoDate),
        inLabour: z.optional(z.boolean()),
        lifeThreat: z.optional(z.boolean()),
      }),
    ),
    disability: z.optional(
      z.strictObject({ group: z.union([z.literal(1), z.literal(2), z.literal(3)]), sinceChildhood: z.optional(z.boolean()) }),
    ),
    conditions: z.optional(
      list(z.strictObject({ code: conditionCode(), since: z.optional(isoDate), underObservation: z.optional(z.boolean()) })),
    ),
    education: z.optional(
      z.strictObject({
        fullTime: z.boolean(),
        location: z.enum(['domestic', 'abroad']),
        inNobd: z.optional(z.boolean()),
        registeredAbroad: z.optional(z.boolean()),
      }),
    ),
    insurance: z.optional(
      list(
        z.strictObject({
          type: z.enum(['dms', 'vms']),
          validFrom: isoDate,
          validTo: isoDate,
          covers: z.optional(z.array(z.enum(['phc', 'inpatient_emergency'])).check(z.maxLength(2))),
        }),
      ),
    ),
    attachment: z.optional(z.strictObject({ attached: z.boolean(), since: z.optional(isoDate), hasEds: z.optional(z.boolean()) })),
    family: z.optional(
      list(z.strictObject({ relation: z.enum(['spouse', 'child', 'other']), birthDate: isoDate, attached: z.optional(z.boolean()) })),
    ),
    serviceUsage: z.optional(list(z.strictObject({ service: z.enum(quotaServices), date: isoDate }))),
    visit: z.optional(
      z.strictObject({
        emergency: z.optional(z.boolean()),
        referral: z.optional(z.boolean()),
        specialist: z.optional(z.enum(quotaServices)),
      }),
    ),
    /** Hepatitis B/C screening risk groups; pregnancy and HIV are read from their own fields. */
    riskGroups: z.optional(z.array(z.enum(hepatitisRiskGroups)).check(z.maxLength(10))),
    /** What the Fund's channels (egov.kz, fms.kz, Qoldau) show, as the registrar read it. */
    fundStatement: z.optional(
      z.strictObject({ checkedOn: isoDate, status: z.optional(z.enum(['insured', 'not_insured'])), debtMonths: z.optional(list(month)) }),
    ),
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
