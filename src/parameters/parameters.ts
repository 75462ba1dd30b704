import * as z from 'zod/mini';
import data from '../generated/data.json';
import { lazy } from '../lazy';
import { isoDateSchema } from '../calendar/dates';
import { quotaServices, residencyClasses } from '../language/codes';
import { pathSegments } from '../language/path';
import { type DatedLeaf, type ValuesOn, isDatedLeaf } from './dated';

/** The shape `ruleset.parameters` must have; a rule author's override is checked against it. */
function buildParametersSchema() {
  const isoDate = isoDateSchema();
  const source = z.strictObject({ document: z.string().check(z.minLength(1)), ref: z.optional(z.string()) });
  /**
   * A parameter: one value for every date, or its dated values (oldest first, each `from` once).
   * Which of the two is told by the shape (`isDatedLeaf`), so that a problem is reported at its
   * own path inside the one that was meant.
   */
  const dated = <T extends z.ZodMiniType>(value: T) => {
    const leaf = z.strictObject({
      description: z.optional(z.string().check(z.maxLength(2000))),
      unit: z.optional(z.string().check(z.maxLength(100))),
      values: z
        .array(z.strictObject({ from: isoDate, value, source }))
        .check(z.minLength(1))
        .check(z.maxLength(1000))
        .check(
          z.superRefine((values, ctx) => {
            values.forEach((v, i) => {
              if (i > 0 && (values[i - 1] as { from: string }).from >= v.from)
                ctx.addIssue({
                  code: 'custom',
                  path: [i, 'from'],
                  message: 'Expected the values oldest first, each from once',
                  input: v.from,
                });
            });
          }),
        ),
    });
    return z.unknown().check(
      z.superRefine((input, ctx) => {
        const checked = (isDatedLeaf(input) ? leaf : value).safeParse(input);
        if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, input: undefined });
      }),
    ) as unknown as z.ZodMiniType<z.infer<T> | DatedLeaf<z.infer<T>>>;
  };
  /** A count of months, days or years, bounded so that no rule can make an evaluation loop for long. */
  const count = (max: number) => z.number().check(z.int()).check(z.nonnegative()).check(z.lte(max));
  const months = count(1200);
  const codes = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000));
  const month = z.string().check(z.regex(/^\d{4}-\d{2}$/));
  const profilePath = z
    .string()
    .check(z.maxLength(200))
    .check(z.refine((p) => pathSegments(p) !== null, 'Expected a plain dot path of own properties'));
  /** Alternatives, each a set of profile paths with the value each must have: one alternative must hold. */
  const profileAlternatives = z
    .array(
      z.record(profilePath, z.union([z.string().check(z.maxLength(200)), z.boolean()])).check(z.refine((r) => Object.keys(r).length <= 20)),
    )
    .check(z.maxLength(20));

  const fixedAmount = z.strictObject({
    base: z.enum(['minimumWageKzt', 'mciKzt']),
    share: z.number().check(z.positive()).check(z.lte(10)),
    shareOutsideCities: z.optional(z.number().check(z.positive()).check(z.lte(10))),
    baseMultiple: z.number().check(z.positive()).check(z.lte(1000)),
  });
  const kzt = z.number().check(z.positive()).check(z.lte(1e9));
  const tiers = z.array(z.strictObject({ minRunMonths: months.check(z.gte(1)), graceMonths: count(120) })).check(z.maxLength(20));
  const payingKinds = z.strictObject({
    byEmployment: z
      .array(z.strictObject({ employment: z.string().check(z.maxLength(200)), kind: z.string().check(z.maxLength(200)) }))
      .check(z.maxLength(50)),
    otherwise: z.string().check(z.maxLength(200)),
  });
  return z.looseObject({
    evaluation: z.looseObject({ earliestAsOf: dated(isoDate), latestAsOf: dated(isoDate) }),
    contributions: z.looseObject({
      consecutiveMonths: dated(count(120).check(z.gte(1))),
      graceMonths: dated(count(120)),
      extendedGraceTiers: dated(tiers),
      payingKinds: dated(payingKinds),
      stateCoveredEmploymentKinds: dated(codes),
      notCoveringWhileEmployed: dated(z.record(z.string(), codes)),
    }),
    esp: z.looseObject({ previousMonths: dated(count(120)), abolishedFrom: dated(month) }),
    debt: z.looseObject({
      capMonths: dated(count(120)),
      employerEmploymentKinds: dated(codes),
      ownRateKinds: dated(codes),
      defaultOwnKind: dated(z.string()),
      noOwnMonthsResidency: dated(codes),
      ownMonthsOwed: dated(z.boolean()),
    }),
    pregnancy: z.looseObject({
      statusAfterWorkingDays: dated(count(366)),
      monthsWithoutPensionOrSocial: dated(count(120)),
      maxDays: dated(count(400).check(z.gte(1))),
      minAgeYears: dated(count(100)),
    }),
    stateCategories: z.looseObject({
      childUnderAge: dated(count(100)),
      maxMonths: dated(z.record(z.string(), months)),
      notForResidency: dated(z.array(z.enum(residencyClasses))),
      countsOnlyWhen: dated(z.record(z.string(), profileAlternatives)),
    }),
    residency: z.looseObject({ permitExpiredAs: dated(z.record(z.string(), z.enum(residencyClasses))) }),
    fundStatement: z.looseObject({ recentPaymentDays: dated(count(366)) }),
    minimumWageKzt: dated(kzt),
    mciKzt: dated(kzt),
    amounts: z.strictObject({
      fixed: z.record(z.string(), dated(z.nullable(fixedAmount))),
      percentage: z.record(
        z.string(),
        dated(
          z.nullable(
            z.strictObject({
              rate: z.number().check(z.positive()).check(z.lte(1)),
              capMinimumWages: z.number().check(z.positive()).check(z.lte(1000)),
            }),
          ),
        ),
      ),
    }),
    conditionGroups: z.record(z.string(), dated(codes)),
    icd10: dated(
      z
        .array(
          z.strictObject({
            code: z.string().check(z.maxLength(200)),
            ranges: z
              .array(z.strictObject({ from: z.string().check(z.maxLength(10)), to: z.string().check(z.maxLength(10)) }))
              .check(z.minLength(1))
              .check(z.maxLength(20)),
          }),
        )
        .check(z.maxLength(200)),
    ),
    conditionTimeLimits: z.record(z.string(), dated(months)),
    screening: z.record(
      z.string(),
      dated(
        z.looseObject({
          minAge: z.optional(count(150)),
          maxAge: z.optional(count(150)),
          sexes: z.optional(z.array(z.enum(['female', 'male']))),
          excludedWhenObserved: z.optional(z.array(z.string())),
          riskGroups: z.optional(z.array(z.string())),
        }),
      ),
    ),
    dental: z.looseObject({
      plannedUnderAge: dated(count(100)),
      emergencyUnderAge: dated(count(100)),
      emergencyStateCategories: dated(codes),
      emergencyAwards: dated(codes),
    }),
    coverage: z.looseObject({
      payerPrecedence: dated(z.array(z.enum(['regardless', 'gobmp', 'osms', 'dms', 'vms'])).check(z.length(5))),
      requirementSatisfiedBy: dated(z.record(z.string(), z.string())),
      voluntaryPolicyDefaultCovers: dated(codes),
    }),
    quotas: dated(
      z
        .array(
          z.strictObject({
            service: z.enum(quotaServices),
            limit: z.number().check(z.int()).check(z.positive()).check(z.lte(1000)),
            per: z.enum(['calendar_year', 'six_months']),
          }),
        )
        .check(z.maxLength(100)),
    ),
    links: z.record(z.string(), dated(z.string().check(z.maxLength(500)))),
    /**
     * The bibliography (data/sources.json): the document ids a rule may cite. The shipped documents'
     * titles are in src/messages/sources/<locale>.json, loaded with the locale; a ruleset's own
     * document may carry its titles here, which a reason's source then shows.
     */
    bibliography: z.record(
      z.string(),
      z.strictObject({
        ru: z.optional(z.string().check(z.maxLength(500))),
        kk: z.optional(z.string().check(z.maxLength(500))),
        en: z.optional(z.string().check(z.maxLength(500))),
        ky: z.optional(z.string().check(z.maxLength(500))),
      }),
    ),
    nextSteps: z.looseObject({ renewPolicyWithinDays: dated(count(366)), adultAge: dated(count(100)) }),
    holidays: z.strictObject({
      fixed: dated(
        z
          .array(
            z.strictObject({
              month: z.number().check(z.int()).check(z.gte(1)).check(z.lte(12)),
              day: z.number().check(z.int()).check(z.gte(1)).check(z.lte(31)),
              name: z.string(),
              weekendTransfer: z.boolean(),
              from: z.optional(isoDate),
              to: z.optional(isoDate),
            }),
          )
          .check(z.maxLength(60)),
      ),
      dated: dated(
        z
          .array(z.strictObject({ date: isoDate, name: z.string().check(z.maxLength(200)), weekendTransfer: z.boolean() }))
          .check(z.maxLength(5000)),
      ),
    }),
  });
}
/** The zod schema of `ruleset.parameters` (built on first use). */
export const parametersSchema = lazy(buildParametersSchema);

/**
 * `ruleset.parameters`: the parameters of `data/parameters/` (each a dated leaf `{ values }`, or
 * a plain value standing for every date) and the bibliography.
 *
 * @example
 * valueAt(loadRuleset().parameters.contributions.consecutiveMonths, '2025-06-15') // 12
 */
export type DatedParameters = z.infer<ReturnType<typeof buildParametersSchema>>;

/**
 * `ruleset.parameters` as it reads on one date (see `parametersOn`): what the facts and the
 * rules' `{ "param": … }` references read.
 *
 * @example
 * parametersOn(loadRuleset().parameters, '2025-06-15').contributions.consecutiveMonths // 12
 */
export type Parameters = ValuesOn<DatedParameters>;

/**
 * Builds `ruleset.parameters` from the files in `data/` (a copy unless `copy` is false): each file
 * of `data/parameters/` is the subtree of its name (scripts/build-ruleset.mjs strips its leaves
 * to `{ values }`), and `bibliography` holds the document ids of `data/sources.json`.
 */
export function shippedParameters(copy = true): Record<string, unknown> {
  return copy ? structuredClone(data.parameters) : { ...data.parameters };
}
