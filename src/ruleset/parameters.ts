import * as z from 'zod';
import conditions from '../../data/conditions.json';
import contributions from '../../data/contributions.json';
import coverage from '../../data/coverage.json';
import dental from '../../data/dental-care.json';
import holidays from '../../data/holidays.json';
import links from '../../data/links.json';
import mci from '../../data/mci.json';
import quotas from '../../data/quotas.json';
import screenings from '../../data/screenings.json';
import minimumWage from '../../data/minimum-wage.json';
import thresholds from '../../data/thresholds.json';
import { isoDate } from '../profile/schema';

const source = z.strictObject({ document: z.string().min(1), ref: z.string().optional() });
const dated = <T extends z.ZodType>(value: T) =>
  z.array(z.strictObject({ from: isoDate, to: isoDate.optional(), value, source })).min(1);
const count = z.number().int().nonnegative();

const fixedAmount = z.strictObject({
  base: z.enum(['minimumWageKzt', 'mciKzt']),
  share: z.number().positive(),
  shareOutsideCities: z.number().positive().optional(),
  baseMultiple: z.number().positive(),
});

/** The shape `ruleset.parameters` must have; a rule author's override is checked against it. */
export const parametersSchema = z.looseObject({
  evaluation: z.looseObject({ earliestAsOf: isoDate }),
  contributions: z.looseObject({
    consecutiveMonths: count.min(1),
    graceMonths: count,
    extendedGraceMonths: count,
    extendedGraceMinRunMonths: count.min(1),
    extendedGraceFrom: isoDate,
  }),
  esp: z.looseObject({ previousMonths: count }),
  debt: z.looseObject({ capMonths: count.max(120) }),
  pregnancy: z.looseObject({ statusAfterWorkingDays: count, monthsWithoutPensionOrSocial: count }),
  stateCategories: z.looseObject({ childUnderAge: count, kandasUnemployedMonths: count }),
  minimumWageKzt: dated(z.number().positive()),
  mciKzt: dated(z.number().positive()),
  amounts: z.strictObject({
    fixed: z.record(z.string(), dated(fixedAmount)),
    percentage: z.record(z.string(), dated(z.strictObject({ rate: z.number().positive(), capMinimumWages: z.number().positive() }))),
  }),
  conditionGroups: z.record(z.string(), z.array(z.string())),
  icd10: z.array(z.strictObject({ code: z.string(), ranges: z.array(z.strictObject({ from: z.string(), to: z.string() })).min(1) })),
  screening: z.record(
    z.string(),
    z.looseObject({
      minAge: count.optional(),
      maxAge: count.optional(),
      sexes: z.array(z.enum(['female', 'male'])).optional(),
      excludedWhenObserved: z.array(z.string()).optional(),
      riskGroups: z.array(z.string()).optional(),
    }),
  ),
  dental: z.looseObject({ plannedUnderAge: count, emergencyUnderAge: count, emergencyStateCategories: z.array(z.string()) }),
  coverage: z.looseObject({
    payerPrecedence: z.array(z.enum(['regardless', 'gobmp', 'osms', 'dms', 'vms'])).length(5),
    requirementSatisfiedBy: z.record(z.string(), z.string()),
    voluntaryPolicyDefaultCovers: z.array(z.string()),
  }),
  quotas: z.array(z.strictObject({ service: z.string(), limit: z.number().int().positive(), per: z.enum(['calendar_year', 'six_months']) })),
  links: z.record(z.string(), z.string()),
  nextSteps: z.looseObject({ renewPolicyWithinDays: count, adultAge: count }),
  holidays: z.strictObject({
    fixed: z.array(
      z.strictObject({
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
        name: z.string(),
        weekendTransfer: z.boolean(),
        from: isoDate.optional(),
      }),
    ),
    dated: z.array(z.strictObject({ date: isoDate, name: z.string(), weekendTransfer: z.boolean() })),
  }),
});

export type Parameters = z.infer<typeof parametersSchema>;

/** Builds `ruleset.parameters` from the files in `data/`: thresholds become plain nested values. */
export function shippedParameters(): Record<string, unknown> {
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
  parameters.conditionGroups = Object.fromEntries(Object.entries(conditions.groups).map(([group, list]) => [group, list.entries.map((e) => e.code)]));
  parameters.icd10 = conditions.groups.dangerous_to_others.entries.map((e) => ({ code: e.code, ranges: e.icd10 }));
  parameters.screening = Object.fromEntries(
    screenings.programs.map(({ code, names: _names, source: _source, ...program }) => [
      code,
      'riskGroups' in program ? { riskGroups: (program.riskGroups as { code: string }[]).map((g) => g.code) } : program,
    ]),
  );
  parameters.dental = { plannedUnderAge: dental.plannedUnderAge, emergencyUnderAge: dental.emergencyUnderAge, emergencyStateCategories: dental.emergencyStateCategories };
  parameters.quotas = quotas.services.map(({ service, limit, per }) => ({ service, limit, per }));
  parameters.links = links.links;
  parameters.coverage = {
    payerPrecedence: coverage.payerPrecedence,
    requirementSatisfiedBy: coverage.requirementSatisfiedBy,
    voluntaryPolicyDefaultCovers: coverage.voluntaryPolicyDefaultCovers,
  };
  return structuredClone(parameters);
}
