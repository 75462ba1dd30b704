/**
 * Every fact a rule may use, once: the first stage that offers it (later stages offer it too),
 * the params it accepts and how it is computed for one evaluation. The validator's list of
 * known facts, its check of each fact's params and the engines' facts all come from this table.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { pathSegments } from '../ruleset/path';
import type { FactContext } from './context';

export const STAGE_ORDER = ['eligibility', 'insurance', 'consequences', 'coverage', 'derived', 'guidance'] as const;
export type Stage = (typeof STAGE_ORDER)[number];

type Params = Record<string, unknown>;
interface FactDefinition {
  stage: Stage;
  /**
   * The value is settled before the stage that first offers it and stays the same for the rest of
   * the decision (an earlier stage's outcome of few possible values): the compiled engine may
   * leave out the rules it rules out (src/engine/compiled-engine.ts).
   */
  settled?: true;
  /** The params a rule may pass (strict: an unknown key is an error); built on first use. */
  params: () => z.ZodMiniType;
  value(ctx: FactContext, params: Params): unknown;
}

const code = () => z.string().check(z.minLength(1)).check(z.maxLength(200));
const codes = () => z.array(code()).check(z.maxLength(1000));
const safePath = () =>
  z.string().check(z.maxLength(200)).check(z.refine((p) => pathSegments(p) !== null, 'Expected a plain dot path of own properties'));
const smallCount = () => z.number().check(z.int()).check(z.gte(0)).check(z.lte(1200));
const coverage = () => ({ kinds: z.optional(codes()), singleMonthOnly: z.optional(z.boolean()) });
/** The params schema of a fact, built on first use. */
const params = (shape: () => z.core.$ZodLooseShape) => lazy(() => z.strictObject(shape()));
const none = params(() => ({}));

export const FACTS: Record<string, FactDefinition> = {
  profile: { stage: 'eligibility', params: none, value: (ctx) => ctx.profile },
  asOf: { stage: 'eligibility', params: none, value: (ctx) => ctx.asOf },
  parameters: { stage: 'eligibility', params: none, value: (ctx) => ctx.parameters },
  age: { stage: 'eligibility', params: none, value: (ctx) => ctx.age() },
  residencePermitExpired: { stage: 'eligibility', params: none, value: (ctx) => ctx.residencePermitExpired() },
  activeCategories: { stage: 'eligibility', params: none, value: (ctx) => ctx.activeCategories() },
  categoryValidThrough: {
    stage: 'eligibility',
    params: params(() => ({ category: z.optional(code()), endsWithPregnancy: z.optional(z.boolean()) })),
    value: (ctx, p) => ctx.categoryValidThrough(p),
  },
  categoryMonthsElapsed: { stage: 'eligibility', params: params(() => ({ category: z.optional(code()) })), value: (ctx, p) => ctx.categoryMonthsElapsed(p) },
  categoryAwards: { stage: 'eligibility', params: params(() => ({ category: z.optional(code()) })), value: (ctx, p) => ctx.categoryAwards(p) },
  activeEmploymentKinds: { stage: 'eligibility', params: none, value: (ctx) => ctx.activeEmploymentKinds() },
  paymentKindsPresent: { stage: 'eligibility', params: none, value: (ctx) => ctx.paymentKindsPresent() },
  activePolicies: { stage: 'eligibility', params: none, value: (ctx) => ctx.activePolicies() },
  conditionCodes: { stage: 'eligibility', params: none, value: (ctx) => ctx.conditionCodes() },
  observedConditions: { stage: 'eligibility', params: params(() => ({ except: z.optional(codes()) })), value: (ctx, p) => ctx.observedConditions(p) },
  pregnant: { stage: 'eligibility', params: none, value: (ctx) => ctx.pregnant() },
  pregnancyRegistered: { stage: 'eligibility', params: none, value: (ctx) => ctx.pregnancyRegistered() },
  riskGroups: { stage: 'eligibility', params: none, value: (ctx) => ctx.riskGroups() },
  unmetRequirements: { stage: 'eligibility', params: params(() => ({ requirements: z.optional(codes()) })), value: (ctx, p) => ctx.unmetRequirements(p) },
  voluntaryPayer: { stage: 'eligibility', params: params(() => ({ service: z.optional(code()) })), value: (ctx, p) => ctx.voluntaryPayer(p) },
  profileHas: { stage: 'eligibility', params: params(() => ({ path: z.optional(safePath()) })), value: (ctx, p) => ctx.profileHas(p) },
  quotaUsage: { stage: 'eligibility', params: none, value: (ctx) => ctx.quotaUsage() },
  quotaRemaining: { stage: 'eligibility', params: params(() => ({ path: z.optional(safePath()) })), value: (ctx, p) => ctx.quotaRemaining(p) },
  familyToAttach: { stage: 'eligibility', params: params(() => ({ children: z.optional(z.boolean()) })), value: (ctx, p) => ctx.familyToAttach(p) },
  expiringPolicy: { stage: 'eligibility', params: params(() => ({ withinDays: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(366))) })), value: (ctx, p) => ctx.expiringPolicy(p) },
  statementStatus: { stage: 'eligibility', params: none, value: (ctx) => ctx.statementStatus() },
  statementCategoryMonths: { stage: 'eligibility', params: none, value: (ctx) => ctx.statementCategoryMonths() },
  paymentNotYetCredited: { stage: 'eligibility', params: params(() => ({ days: z.number().check(z.int()).check(z.gte(0)).check(z.lte(366)) })), value: (ctx, p) => ctx.paymentNotYetCredited(p) },
  packages: { stage: 'insurance', settled: true, params: none, value: (ctx) => ctx.outcome.packages },
  coveredRun: {
    stage: 'insurance',
    params: params(() => ({ ...coverage(), endOffset: z.optional(smallCount()) })),
    value: (ctx, p) => ctx.coveredRun(p),
  },
  coveredThrough: { stage: 'insurance', params: params(() => coverage()), value: (ctx, p) => ctx.coveredThrough(p) },
  contributionValidThrough: { stage: 'insurance', params: none, value: (ctx) => ctx.contributionValidThrough() },
  grace: { stage: 'insurance', params: none, value: (ctx) => ctx.grace() },
  workingDaysSince: { stage: 'insurance', params: params(() => ({ path: z.optional(safePath()) })), value: (ctx, p) => ctx.workingDaysSince(p) },
  monthsWithoutRecordsBefore: {
    stage: 'insurance',
    params: params(() => ({ kinds: z.optional(codes()), path: z.optional(safePath()) })),
    value: (ctx, p) => ctx.monthsWithoutRecordsBefore(p),
  },
  hasRecordFrom: {
    stage: 'insurance',
    params: params(() => ({ kinds: z.optional(codes()), path: z.optional(safePath()), from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/))) })),
    value: (ctx, p) => ctx.hasRecordFrom(p),
  },
  insurance: { stage: 'consequences', params: none, value: (ctx) => ctx.outcome.insurance },
  insuranceGrace: { stage: 'consequences', params: none, value: (ctx) => ctx.outcome.grace },
  arrears: { stage: 'consequences', params: none, value: (ctx) => ctx.arrears() },
  ownContribution: { stage: 'consequences', params: none, value: (ctx) => ctx.ownContribution() },
  refundableRecords: {
    stage: 'consequences',
    params: params(() => ({ ownKinds: z.optional(codes()), selfPaidKinds: z.optional(codes()) })),
    value: (ctx, p) => ctx.refundableRecords(p),
  },
  eligibleScreenings: { stage: 'coverage', params: none, value: (ctx) => ctx.outcome.eligibleScreenings },
  services: { stage: 'derived', params: none, value: (ctx) => ctx.outcome.services },
  coveredPayer: { stage: 'derived', params: params(() => ({ services: z.optional(codes()) })), value: (ctx, p) => ctx.coveredPayer(p) },
};

/** The facts a stage offers: those of its own and of every earlier stage. */
export function factsOf(stage: Stage): string[] {
  const upTo = STAGE_ORDER.indexOf(stage);
  return Object.keys(FACTS).filter((name) => STAGE_ORDER.indexOf((FACTS[name] as FactDefinition).stage) <= upTo);
}
