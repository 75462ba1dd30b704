/**
 * Every fact a rule may use, once: the first stage that offers it (later stages offer it too),
 * the params it accepts and how it is computed for one evaluation. The validator's list of
 * known facts, its check of each fact's params and the engines' facts all come from this table.
 */
import * as z from 'zod/mini';
import { pathSegments } from '../ruleset/path';
import type { FactContext } from './context';

export const STAGE_ORDER = ['eligibility', 'insurance', 'consequences', 'coverage', 'derived', 'guidance'] as const;
export type Stage = (typeof STAGE_ORDER)[number];

type Params = Record<string, unknown>;
interface FactDefinition {
  stage: Stage;
  /** The params a rule may pass (strict: an unknown key is an error). */
  params: z.ZodMiniType;
  value(ctx: FactContext, params: Params): unknown;
}

const none = z.strictObject({});
const code = z.string().check(z.minLength(1)).check(z.maxLength(200));
const codes = z.array(code).check(z.maxLength(1000));
const safePath = z
  .string().check(z.maxLength(200)).check(z.refine((p) => pathSegments(p) !== null, 'Expected a plain dot path of own properties'));
const smallCount = z.number().check(z.int()).check(z.gte(0)).check(z.lte(1200));
const coverage = { kinds: z.optional(codes), singleMonthOnly: z.optional(z.boolean()), stateMonths: z.optional(z.boolean()) };
const stateMonths = z.strictObject({ stateMonths: z.optional(z.boolean()) });

export const FACTS: Record<string, FactDefinition> = {
  profile: { stage: 'eligibility', params: none, value: (ctx) => ctx.profile },
  asOf: { stage: 'eligibility', params: none, value: (ctx) => ctx.asOf },
  parameters: { stage: 'eligibility', params: none, value: (ctx) => ctx.parameters },
  age: { stage: 'eligibility', params: none, value: (ctx) => ctx.age() },
  residencePermitExpired: { stage: 'eligibility', params: none, value: (ctx) => ctx.residencePermitExpired() },
  activeCategories: { stage: 'eligibility', params: none, value: (ctx) => ctx.activeCategories() },
  categoryValidThrough: {
    stage: 'eligibility',
    params: z.strictObject({ category: z.optional(code), endsWithPregnancy: z.optional(z.boolean()) }),
    value: (ctx, p) => ctx.categoryValidThrough(p),
  },
  categoryMonthsElapsed: { stage: 'eligibility', params: z.strictObject({ category: z.optional(code) }), value: (ctx, p) => ctx.categoryMonthsElapsed(p) },
  categoryAwards: { stage: 'eligibility', params: z.strictObject({ category: z.optional(code) }), value: (ctx, p) => ctx.categoryAwards(p) },
  activeEmploymentKinds: { stage: 'eligibility', params: none, value: (ctx) => ctx.activeEmploymentKinds() },
  paymentKindsPresent: { stage: 'eligibility', params: none, value: (ctx) => ctx.paymentKindsPresent() },
  activePolicies: { stage: 'eligibility', params: none, value: (ctx) => ctx.activePolicies() },
  conditionCodes: { stage: 'eligibility', params: none, value: (ctx) => ctx.conditionCodes() },
  observedConditions: { stage: 'eligibility', params: z.strictObject({ except: z.optional(codes) }), value: (ctx, p) => ctx.observedConditions(p) },
  pregnant: { stage: 'eligibility', params: none, value: (ctx) => ctx.pregnant() },
  pregnancyRegistered: { stage: 'eligibility', params: none, value: (ctx) => ctx.pregnancyRegistered() },
  riskGroups: { stage: 'eligibility', params: none, value: (ctx) => ctx.riskGroups() },
  unmetRequirements: { stage: 'eligibility', params: z.strictObject({ requirements: z.optional(codes) }), value: (ctx, p) => ctx.unmetRequirements(p) },
  voluntaryPayer: { stage: 'eligibility', params: z.strictObject({ service: z.optional(code) }), value: (ctx, p) => ctx.voluntaryPayer(p) },
  profileHas: { stage: 'eligibility', params: z.strictObject({ path: z.optional(safePath) }), value: (ctx, p) => ctx.profileHas(p) },
  quotaUsage: { stage: 'eligibility', params: none, value: (ctx) => ctx.quotaUsage() },
  quotaRemaining: { stage: 'eligibility', params: z.strictObject({ path: z.optional(safePath) }), value: (ctx, p) => ctx.quotaRemaining(p) },
  familyToAttach: { stage: 'eligibility', params: z.strictObject({ children: z.optional(z.boolean()) }), value: (ctx, p) => ctx.familyToAttach(p) },
  expiringPolicy: { stage: 'eligibility', params: z.strictObject({ withinDays: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(366))) }), value: (ctx, p) => ctx.expiringPolicy(p) },
  statementStatus: { stage: 'eligibility', params: none, value: (ctx) => ctx.statementStatus() },
  statementCategoryMonths: { stage: 'eligibility', params: none, value: (ctx) => ctx.statementCategoryMonths() },
  monthsRuledOut: { stage: 'eligibility', params: z.strictObject({ kinds: z.optional(codes) }), value: (ctx, p) => ctx.monthsRuledOut(p) },
  paymentNotYetCredited: { stage: 'eligibility', params: z.strictObject({ days: z.number().check(z.int()).check(z.gte(0)).check(z.lte(366)) }), value: (ctx, p) => ctx.paymentNotYetCredited(p) },
  packages: { stage: 'insurance', params: none, value: (ctx) => ctx.outcome.packages },
  coveredRun: {
    stage: 'insurance',
    params: z.strictObject({ ...coverage, endOffset: z.optional(smallCount) }),
    value: (ctx, p) => ctx.coveredRun(p),
  },
  coveredThrough: { stage: 'insurance', params: z.strictObject(coverage), value: (ctx, p) => ctx.coveredThrough(p) },
  contributionValidThrough: { stage: 'insurance', params: stateMonths, value: (ctx, p) => ctx.contributionValidThrough(p) },
  grace: { stage: 'insurance', params: stateMonths, value: (ctx, p) => ctx.grace(p) },
  workingDaysSince: { stage: 'insurance', params: z.strictObject({ path: z.optional(safePath) }), value: (ctx, p) => ctx.workingDaysSince(p) },
  monthsWithoutRecordsBefore: {
    stage: 'insurance',
    params: z.strictObject({ kinds: z.optional(codes), path: z.optional(safePath) }),
    value: (ctx, p) => ctx.monthsWithoutRecordsBefore(p),
  },
  hasRecordFrom: {
    stage: 'insurance',
    params: z.strictObject({ kinds: z.optional(codes), path: z.optional(safePath), from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/))) }),
    value: (ctx, p) => ctx.hasRecordFrom(p),
  },
  insurance: { stage: 'consequences', params: none, value: (ctx) => ctx.outcome.insurance },
  insuranceGrace: { stage: 'consequences', params: none, value: (ctx) => ctx.outcome.grace },
  arrears: { stage: 'consequences', params: none, value: (ctx) => ctx.arrears() },
  ownContribution: { stage: 'consequences', params: none, value: (ctx) => ctx.ownContribution() },
  refundableRecords: {
    stage: 'consequences',
    params: z.strictObject({ ownKinds: z.optional(codes), selfPaidKinds: z.optional(codes) }),
    value: (ctx, p) => ctx.refundableRecords(p),
  },
  eligibleScreenings: { stage: 'coverage', params: none, value: (ctx) => ctx.outcome.eligibleScreenings },
  services: { stage: 'derived', params: none, value: (ctx) => ctx.outcome.services },
  coveredPayer: { stage: 'derived', params: z.strictObject({ services: z.optional(codes) }), value: (ctx, p) => ctx.coveredPayer(p) },
};

/** The facts a stage offers: those of its own and of every earlier stage. */
export function factsOf(stage: Stage): string[] {
  const upTo = STAGE_ORDER.indexOf(stage);
  return Object.keys(FACTS).filter((name) => STAGE_ORDER.indexOf((FACTS[name] as FactDefinition).stage) <= upTo);
}
