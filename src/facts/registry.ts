/**
 * Every fact a rule may use, once: the first stage that offers it (later stages offer it too),
 * the params it accepts and how it is computed for one evaluation. The validator's list of
 * known facts, its check of each fact's params and the engines' facts all come from this table.
 */
import * as z from 'zod/mini';
import { SCREENING_PROGRAMS, SERVICE_CODES } from '../decision/schema';
import { type ValueType, t, typeOfValue } from '../language/types';
import { lazy } from '../lazy';
import { PROFILE_TYPE } from '../profile/quick-parse';
import { employmentKinds, hepatitisRiskGroups, motherAwards, paymentKinds, quotaServices, stateCategoryCodes } from '../profile/schema';
import { pathSegments } from '../language/path';
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
  /** The type of its value (or, for `parameters`, of the ruleset's parameters): what `validateRuleset` checks conditions against. */
  type: ValueType | ((parameters: unknown) => ValueType);
  value(ctx: FactContext, params: Params): unknown;
}

const PAYERS = ['gobmp', 'osms', 'dms', 'vms'];
const grace = t.object({ lastPaidMonth: t.month(), endsOn: t.date() });
const service = t.object({ covered: t.boolean(), payer: t.nullable(t.code(PAYERS)), reasons: t.list(t.string()), requires: t.list(t.string()) });

const code = () => z.string().check(z.minLength(1)).check(z.maxLength(200));
const codes = () => z.array(code()).check(z.maxLength(1000));
const safePath = () =>
  z.string().check(z.maxLength(200)).check(z.refine((p) => pathSegments(p) !== null, 'Expected a plain dot path of own properties'));
const smallCount = () => z.number().check(z.int()).check(z.gte(0)).check(z.lte(1200));
const coverage = () => ({ kinds: z.optional(codes()), singleMonthOnly: z.optional(z.boolean()), stateMonths: z.optional(z.boolean()) });
/** The params schema of a fact, built on first use. */
const params = (shape: () => z.core.$ZodLooseShape) => lazy(() => z.strictObject(shape()));
const none = params(() => ({}));
const stateMonths = params(() => ({ stateMonths: z.optional(z.boolean()) }));

export const FACTS: Record<string, FactDefinition> = {
  profile: { stage: 'eligibility', type: PROFILE_TYPE, params: none, value: (ctx) => ctx.profile },
  asOf: { stage: 'eligibility', type: t.date(), params: none, value: (ctx) => ctx.asOf },
  parameters: { stage: 'eligibility', type: (parameters) => typeOfValue(parameters), params: none, value: (ctx) => ctx.parameters },
  age: { stage: 'eligibility', type: t.integer(), params: none, value: (ctx) => ctx.age() },
  residencePermitExpired: { stage: 'eligibility', type: t.boolean(), params: none, value: (ctx) => ctx.residencePermitExpired() },
  activeCategories: { stage: 'eligibility', type: t.list(t.code(stateCategoryCodes)), params: none, value: (ctx) => ctx.activeCategories() },
  categoryValidThrough: {
    stage: 'eligibility', type: t.nullable(t.date()),
    params: params(() => ({ category: z.optional(code()), endsWithPregnancy: z.optional(z.boolean()) })),
    value: (ctx, p) => ctx.categoryValidThrough(p),
  },
  categoryMonthsElapsed: { stage: 'eligibility', type: t.nullable(t.integer()), params: params(() => ({ category: z.optional(code()) })), value: (ctx, p) => ctx.categoryMonthsElapsed(p) },
  categoryAwards: { stage: 'eligibility', type: t.list(t.code([...motherAwards, 'unstated'])), params: params(() => ({ category: z.optional(code()) })), value: (ctx, p) => ctx.categoryAwards(p) },
  activeEmploymentKinds: { stage: 'eligibility', type: t.list(t.code(employmentKinds)), params: none, value: (ctx) => ctx.activeEmploymentKinds() },
  paymentKindsPresent: { stage: 'eligibility', type: t.list(t.code(paymentKinds)), params: none, value: (ctx) => ctx.paymentKindsPresent() },
  activePolicies: { stage: 'eligibility', type: t.list(t.code(['dms', 'vms'])), params: none, value: (ctx) => ctx.activePolicies() },
  conditionCodes: { stage: 'eligibility', type: t.list(t.string()), params: none, value: (ctx) => ctx.conditionCodes() },
  observedConditions: { stage: 'eligibility', type: t.list(t.string()), params: params(() => ({ except: z.optional(codes()) })), value: (ctx, p) => ctx.observedConditions(p) },
  pregnant: { stage: 'eligibility', type: t.boolean(), params: none, value: (ctx) => ctx.pregnant() },
  pregnancyRegistered: { stage: 'eligibility', type: t.boolean(), params: none, value: (ctx) => ctx.pregnancyRegistered() },
  riskGroups: { stage: 'eligibility', type: t.list(t.code([...hepatitisRiskGroups, 'pregnant', 'hiv'])), params: none, value: (ctx) => ctx.riskGroups() },
  unmetRequirements: { stage: 'eligibility', type: t.list(t.string()), params: params(() => ({ requirements: z.optional(codes()) })), value: (ctx, p) => ctx.unmetRequirements(p) },
  voluntaryPayer: { stage: 'eligibility', type: t.nullable(t.code(['dms', 'vms'])), params: params(() => ({ service: z.optional(code()) })), value: (ctx, p) => ctx.voluntaryPayer(p) },
  profileHas: { stage: 'eligibility', type: t.boolean(), params: params(() => ({ path: z.optional(safePath()) })), value: (ctx, p) => ctx.profileHas(p) },
  quotaUsage: { stage: 'eligibility', type: t.list(t.object({ service: t.code(quotaServices), limit: t.integer(), per: t.code(['calendar_year', 'six_months']), used: t.integer(), remaining: t.integer(), nextAvailableOn: t.nullable(t.date()) })), params: none, value: (ctx) => ctx.quotaUsage() },
  quotaRemaining: { stage: 'eligibility', type: t.nullable(t.integer()), params: params(() => ({ path: z.optional(safePath()) })), value: (ctx, p) => ctx.quotaRemaining(p) },
  familyToAttach: { stage: 'eligibility', type: t.integer(), params: params(() => ({ children: z.optional(z.boolean()) })), value: (ctx, p) => ctx.familyToAttach(p) },
  expiringPolicy: { stage: 'eligibility', type: t.nullable(t.date()), params: params(() => ({ withinDays: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(366))) })), value: (ctx, p) => ctx.expiringPolicy(p) },
  statementStatus: { stage: 'eligibility', type: t.nullable(t.code(['insured', 'not_insured'])), params: none, value: (ctx) => ctx.statementStatus() },
  statementCategoryMonths: { stage: 'eligibility', type: t.list(t.month()), params: none, value: (ctx) => ctx.statementCategoryMonths() },
  monthsRuledOut: { stage: 'eligibility', type: t.list(t.month()), params: params(() => ({ kinds: z.optional(codes()) })), value: (ctx, p) => ctx.monthsRuledOut(p) },
  paymentNotYetCredited: { stage: 'eligibility', type: t.boolean(), params: params(() => ({ days: z.number().check(z.int()).check(z.gte(0)).check(z.lte(366)) })), value: (ctx, p) => ctx.paymentNotYetCredited(p) },
  packages: { stage: 'insurance', type: t.object({ gobmp: t.code(['full', 'dangerous_diseases', 'none']), osms: t.boolean(), dms: t.boolean(), vms: t.boolean() }), settled: true, params: none, value: (ctx) => ctx.outcome.packages },
  coveredRun: {
    stage: 'insurance', type: t.integer(),
    params: params(() => ({ ...coverage(), endOffset: z.optional(smallCount()) })),
    value: (ctx, p) => ctx.coveredRun(p),
  },
  coveredThrough: { stage: 'insurance', type: t.nullable(t.date()), params: params(() => coverage()), value: (ctx, p) => ctx.coveredThrough(p) },
  contributionValidThrough: { stage: 'insurance', type: t.nullable(t.date()), params: stateMonths, value: (ctx, p) => ctx.contributionValidThrough(p) },
  grace: { stage: 'insurance', type: t.nullable(grace), params: stateMonths, value: (ctx, p) => ctx.grace(p) },
  workingDaysSince: { stage: 'insurance', type: t.nullable(t.integer()), params: params(() => ({ path: z.optional(safePath()) })), value: (ctx, p) => ctx.workingDaysSince(p) },
  monthsWithoutRecordsBefore: {
    stage: 'insurance', type: t.nullable(t.integer()),
    params: params(() => ({ kinds: z.optional(codes()), path: z.optional(safePath()) })),
    value: (ctx, p) => ctx.monthsWithoutRecordsBefore(p),
  },
  hasRecordFrom: {
    stage: 'insurance', type: t.boolean(),
    params: params(() => ({ kinds: z.optional(codes()), path: z.optional(safePath()), from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/))) })),
    value: (ctx, p) => ctx.hasRecordFrom(p),
  },
  insurance: { stage: 'consequences', type: t.object({ status: t.code(['insured', 'not_insured', 'not_applicable']), bases: t.list(t.string()), stateInsured: t.boolean() }), params: none, value: (ctx) => ctx.outcome.insurance },
  insuranceGrace: { stage: 'consequences', type: t.nullable(grace), params: none, value: (ctx) => ctx.outcome.grace },
  arrears: { stage: 'consequences', type: t.object({ months: t.list(t.month()), monthCount: t.integer(), employerMonths: t.list(t.month()), ownMonths: t.list(t.month()), amountKzt: t.nullable(t.number()), kind: t.code(paymentKinds) }), params: none, value: (ctx) => ctx.arrears() },
  ownContribution: { stage: 'consequences', type: t.object({ kind: t.code(paymentKinds), monthlyMinimumKzt: t.nullable(t.number()) }), params: none, value: (ctx) => ctx.ownContribution() },
  refundableRecords: {
    stage: 'consequences', type: t.integer(),
    params: params(() => ({ ownKinds: z.optional(codes()), selfPaidKinds: z.optional(codes()) })),
    value: (ctx, p) => ctx.refundableRecords(p),
  },
  eligibleScreenings: { stage: 'coverage', type: t.list(t.code(SCREENING_PROGRAMS)), params: none, value: (ctx) => ctx.outcome.eligibleScreenings },
  services: { stage: 'derived', type: t.object(Object.fromEntries(SERVICE_CODES.map((code) => [code, service]))), params: none, value: (ctx) => ctx.outcome.services },
  coveredPayer: { stage: 'derived', type: t.nullable(t.code(PAYERS)), params: params(() => ({ services: z.optional(codes()) })), value: (ctx, p) => ctx.coveredPayer(p) },
};

/** The facts a stage offers: those of its own and of every earlier stage. */
export function factsOf(stage: Stage): string[] {
  const upTo = STAGE_ORDER.indexOf(stage);
  return Object.keys(FACTS).filter((name) => STAGE_ORDER.indexOf((FACTS[name] as FactDefinition).stage) <= upTo);
}
