import * as z from 'zod/mini';
import { quotaServices } from '../language/codes';
import { LOCALES } from '../messages/format';
import { lazyObject } from '../lazy';
import { GOBMP_PACKAGES, PAYERS, SCREENING_PROGRAMS, SERVICE_CODES } from '../language/codes';
import { DATE_PATTERN, MONTH_PATTERN } from '../calendar/dates';

function buildDecisionSchema() {
  const date = z.string().check(z.regex(DATE_PATTERN));
  const month = z.string().check(z.regex(MONTH_PATTERN));
  const payer = z.nullable(z.enum(PAYERS));
  const service = z.strictObject({ covered: z.boolean(), payer, reasons: z.array(z.string()), requires: z.array(z.string()) });
  return z.strictObject({
    asOf: date,
    locale: z.enum(LOCALES),
    rulesetVersion: z.string(),
    packages: z.strictObject({
      gobmp: z.enum(GOBMP_PACKAGES),
      osms: z.boolean(),
      dms: z.boolean(),
      vms: z.boolean(),
    }),
    insurance: z.strictObject({
      status: z.enum(['insured', 'not_insured', 'not_applicable']),
      bases: z.array(z.string()),
      validThrough: z.nullable(date),
      grace: z.nullable(z.strictObject({ lastPaidMonth: month, endsOn: date })),
      debt: z.nullable(
        z.strictObject({
          months: z.array(month).check(z.maxLength(120)),
          employerMonths: z.array(month).check(z.maxLength(120)),
          amountKzt: z.nullable(z.number().check(z.nonnegative())),
        }),
      ),
      monthlyContributionKzt: z.nullable(z.number().check(z.nonnegative())),
    }),
    services: z.strictObject(
      Object.fromEntries(SERVICE_CODES.map((code) => [code, service])) as Record<(typeof SERVICE_CODES)[number], typeof service>,
    ),
    quotas: z.array(
      z.strictObject({
        service: z.enum(quotaServices),
        limit: z.number().check(z.int()).check(z.positive()),
        per: z.enum(['calendar_year', 'six_months']),
        used: z.number().check(z.int()).check(z.nonnegative()),
        remaining: z.number().check(z.int()).check(z.nonnegative()),
        nextAvailableOn: z.nullable(date),
      }),
    ),
    screenings: z.array(z.strictObject({ program: z.enum(SCREENING_PROGRAMS), eligible: z.boolean(), reasons: z.array(z.string()) })),
    reasons: z.array(
      z.strictObject({
        code: z.string(),
        ruleId: z.string(),
        message: z.string(),
        source: z.strictObject({ document: z.string(), title: z.string(), ref: z.optional(z.string()) }),
      }),
    ),
    nextSteps: z.array(
      z.strictObject({
        code: z.string(),
        message: z.string(),
        amountKzt: z.optional(z.number().check(z.nonnegative())),
        deadline: z.optional(date),
        links: z.optional(z.array(z.string())),
      }),
    ),
    trace: z.optional(z.array(z.strictObject({ ruleId: z.string(), stage: z.string(), result: z.boolean(), conditions: z.unknown() }))),
  });
}

/**
 * The shape of every Decision (zod/mini); a decision is plain JSON data.
 *
 * @example
 * decisionSchema.safeParse(await evaluate(profile, { asOf: '2025-06-15' })).success // true
 */
export const decisionSchema: ReturnType<typeof buildDecisionSchema> = lazyObject(buildDecisionSchema);

/**
 * What `evaluate` answers: packages, insured status with its bases, grace and debt, every
 * service's cover and payer, quotas, screenings, reasons with their sources, next steps.
 *
 * @example
 * const d: Decision = await evaluate(profile, { asOf: '2025-06-15' })
 * d.services.phc.payer // 'gobmp'
 */
export type Decision = z.infer<ReturnType<typeof buildDecisionSchema>>;
/**
 * A key of `decision.services`: one of the 19 services of the GOBMP and OSMS packages.
 *
 * @example
 * const code: ServiceCode = 'inpatient_planned'
 */
export type ServiceCode = (typeof SERVICE_CODES)[number];
