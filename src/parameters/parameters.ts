import * as z from 'zod/mini';
import data from '../generated/data.json';
import { lazy } from '../lazy';
import { isoDateSchema } from '../calendar/dates';
import { quotaServices, residencyClasses } from '../language/codes';
import { pathSegments } from '../language/path';

/** The shape `ruleset.parameters` must have; a rule author's override is checked against it. */
function buildParametersSchema() {
  const isoDate = isoDateSchema();
  const source = z.strictObject({ document: z.string().check(z.minLength(1)), ref: z.optional(z.string()) });
  const dated = <T extends z.ZodMiniType>(value: T) =>
    z.array(z.strictObject({ from: isoDate, to: z.optional(isoDate), value, source })).check(z.minLength(1)).check(z.maxLength(1000));
  /** A count of months, days or years, bounded so that no rule can make an evaluation loop for long. */
  const count = (max: number) => z.number().check(z.int()).check(z.nonnegative()).check(z.lte(max));
  const months = count(1200);
  const codes = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000));
  const month = z.string().check(z.regex(/^\d{4}-\d{2}$/));
  const profilePath = z.string().check(z.maxLength(200)).check(z.refine((p) => pathSegments(p) !== null, 'Expected a plain dot path of own properties'));
  /** Alternatives, each a set of profile paths with the value each must have: one alternative must hold. */
  const profileAlternatives = z
    .array(z.record(profilePath, z.union([z.string().check(z.maxLength(200)), z.boolean()])).check(z.refine((r) => Object.keys(r).length <= 20)))
    .check(z.maxLength(20));

  const fixedAmount = z.strictObject({
    base: z.enum(['minimumWageKzt', 'mciKzt']),
    share: z.number().check(z.positive()).check(z.lte(10)),
    shareOutsideCities: z.optional(z.number().check(z.positive()).check(z.lte(10))),
    baseMultiple: z.number().check(z.positive()).check(z.lte(1000)),
  });
  return z.looseObject({
  evaluation: z.looseObject({ earliestAsOf: isoDate, latestAsOf: isoDate }),
  contributions: z.looseObject({
    consecutiveMonths: count(120).check(z.gte(1)),
    graceMonths: count(120),
    extendedGraceMonths: count(120),
    extendedGraceMinRunMonths: months.check(z.gte(1)),
    extendedGraceFrom: isoDate,
    stateCoveredEmploymentKinds: codes,
    notCoveringWhileEmployed: z.record(z.string(), codes),
  }),
  esp: z.looseObject({ previousMonths: count(120), abolishedFrom: z.string().check(z.regex(/^\d{4}-\d{2}$/)), ownKindAfterAbolition: z.string() }),
  debt: z.looseObject({
    capMonths: count(120),
    employerEmploymentKinds: codes,
    ownRateKinds: codes,
    defaultOwnKind: z.string(),
    noOwnMonthsResidency: codes,
    ownMonthsFrom: month,
  }),
  pregnancy: z.looseObject({ statusAfterWorkingDays: count(366), monthsWithoutPensionOrSocial: count(120), maxDays: count(400).check(z.gte(1)), minAgeYears: count(100) }),
  stateCategories: z.looseObject({
    childUnderAge: count(100),
    maxMonths: z.record(z.string(), months),
    notForResidency: z.array(z.enum(residencyClasses)),
    countsOnlyWhen: z.record(z.string(), profileAlternatives),
  }),
  residency: z.looseObject({ permitExpiredAs: z.record(z.string(), z.enum(residencyClasses)) }),
  fundStatement: z.looseObject({ recentPaymentDays: count(366) }),
  minimumWageKzt: dated(z.number().check(z.positive()).check(z.lte(1e9))),
  mciKzt: dated(z.number().check(z.positive()).check(z.lte(1e9))),
  amounts: z.strictObject({
    fixed: z.record(z.string(), dated(fixedAmount)),
    percentage: z.record(z.string(), dated(z.strictObject({ rate: z.number().check(z.positive()).check(z.lte(1)), capMinimumWages: z.number().check(z.positive()).check(z.lte(1000)) }))),
  }),
  conditionGroups: z.record(z.string(), codes),
  icd10: z.array(z.strictObject({ code: z.string().check(z.maxLength(200)), ranges: z.array(z.strictObject({ from: z.string().check(z.maxLength(10)), to: z.string().check(z.maxLength(10)) })).check(z.minLength(1)).check(z.maxLength(20)) })).check(z.maxLength(200)),
  conditionTimeLimits: z.record(z.string(), months),
  screening: z.record(
    z.string(),
    z.looseObject({
      minAge: z.optional(count(150)),
      maxAge: z.optional(count(150)),
      sexes: z.optional(z.array(z.enum(['female', 'male']))),
      excludedWhenObserved: z.optional(z.array(z.string())),
      riskGroups: z.optional(z.array(z.string())),
    }),
  ),
  dental: z.looseObject({ plannedUnderAge: count(100), emergencyUnderAge: count(100), emergencyStateCategories: codes, emergencyAwards: codes }),
  coverage: z.looseObject({
    payerPrecedence: z.array(z.enum(['regardless', 'gobmp', 'osms', 'dms', 'vms'])).check(z.length(5)),
    requirementSatisfiedBy: z.record(z.string(), z.string()),
    voluntaryPolicyDefaultCovers: codes,
  }),
  quotas: z.array(z.strictObject({ service: z.enum(quotaServices), limit: z.number().check(z.int()).check(z.positive()).check(z.lte(1000)), per: z.enum(['calendar_year', 'six_months']) })).check(z.maxLength(100)),
  links: z.record(z.string(), z.string().check(z.maxLength(500))),
  /** The bibliography (data/sources.json): each document id's title in every locale. */
  bibliography: z.record(z.string(), z.strictObject({ ru: z.string().check(z.maxLength(500)), kk: z.string().check(z.maxLength(500)), en: z.string().check(z.maxLength(500)), ky: z.string().check(z.maxLength(500)) })),
  nextSteps: z.looseObject({ renewPolicyWithinDays: count(366), adultAge: count(100) }),
  holidays: z.strictObject({
    fixed: z.array(
      z.strictObject({
        month: z.number().check(z.int()).check(z.gte(1)).check(z.lte(12)),
        day: z.number().check(z.int()).check(z.gte(1)).check(z.lte(31)),
        name: z.string(),
        weekendTransfer: z.boolean(),
        from: z.optional(isoDate),
        to: z.optional(isoDate),
      }),
    ).check(z.maxLength(60)),
    dated: z.array(z.strictObject({ date: isoDate, name: z.string().check(z.maxLength(200)), weekendTransfer: z.boolean() })).check(z.maxLength(5000)),
  }),
});
}
/** The zod schema of `ruleset.parameters` (built on first use). */
export const parametersSchema = lazy(buildParametersSchema);

/**
 * `ruleset.parameters`: thresholds, dated amounts, lists and the bibliography, from data/.
 *
 * @example
 * loadRuleset().parameters.contributions.consecutiveMonths // 12
 */
export type Parameters = z.infer<ReturnType<typeof buildParametersSchema>>;

// The data files without their names and descriptions (scripts/build-ruleset.mjs).
const { conditions, contributions, coverage, 'dental-care': dental, holidays, links, mci, quotas, screenings, sources, 'minimum-wage': minimumWage, thresholds } = data;

/** Builds `ruleset.parameters` from the files in `data/`: thresholds become plain nested values (a copy unless `copy` is false). */
export function shippedParameters(copy = true): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  for (const { path, value } of thresholds.values) {
    const keys = path.split('.');
    let node = parameters;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1] as string] = value;
  }
  parameters.minimumWageKzt = minimumWage.values;
  parameters.mciKzt = mci.values;
  parameters.amounts = { fixed: contributions.fixed, percentage: contributions.percentage };
  parameters.holidays = { fixed: holidays.fixed, dated: holidays.dated };
  // A group may also count as part of other lists (countsAs): tuberculosis_other is tuberculosis for the socially significant list.
  const groups: Record<string, string[]> = Object.fromEntries(Object.entries(conditions.groups).map(([group, list]) => [group, list.entries.map((e) => e.code)]));
  for (const [group, extra] of Object.entries(conditions.extraGroups)) groups[group] = [...extra.codes];
  for (const list of Object.values(conditions.groups) as { entries: { code: string }[]; countsAs?: string[] }[]) {
    for (const other of list.countsAs ?? []) groups[other] = [...(groups[other] ?? []), ...list.entries.map((e) => e.code)];
  }
  parameters.conditionGroups = groups;
  parameters.icd10 = (Object.values(conditions.groups) as { entries: { code: string; icd10?: { from: string; to: string }[] }[] }[]).flatMap((list) =>
    list.entries.flatMap((e) => (e.icd10 === undefined ? [] : [{ code: e.code, ranges: e.icd10 }])),
  );
  parameters.conditionTimeLimits = Object.fromEntries(conditions.timeLimits.values.map((v) => [v.code, v.months]));
  parameters.screening = Object.fromEntries(
    screenings.programs.map(({ code, source: _source, ...program }) => [
      code,
      'riskGroups' in program ? { riskGroups: (program.riskGroups as { code: string }[]).map((g) => g.code) } : program,
    ]),
  );
  parameters.dental = {
    plannedUnderAge: dental.plannedUnderAge,
    emergencyUnderAge: dental.emergencyUnderAge,
    emergencyStateCategories: dental.emergencyStateCategories,
    emergencyAwards: dental.emergencyAwards,
  };
  parameters.quotas = quotas.services.map(({ service, limit, per }) => ({ service, limit, per }));
  parameters.links = links.links;
  parameters.bibliography = Object.fromEntries(sources.sources.map((s) => [s.id, s.title]));
  parameters.coverage = {
    payerPrecedence: coverage.payerPrecedence,
    requirementSatisfiedBy: coverage.requirementSatisfiedBy,
    voluntaryPolicyDefaultCovers: coverage.voluntaryPolicyDefaultCovers,
  };
  return copy ? structuredClone(parameters) : parameters;
}
