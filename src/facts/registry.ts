/**
 * Every fact a rule may use, once: the first stage that offers it (later stages offer it too)
 * and how it is computed for one evaluation. The validator's list of known facts and the
 * engines' facts are both derived from this table.
 */
import type { FactContext } from './context';

export const STAGE_ORDER = ['eligibility', 'insurance', 'consequences', 'coverage', 'derived', 'guidance'] as const;
export type Stage = (typeof STAGE_ORDER)[number];

type Params = Record<string, unknown>;
interface FactDefinition {
  stage: Stage;
  value(ctx: FactContext, params: Params): unknown;
}

export const FACTS: Record<string, FactDefinition> = {
  profile: { stage: 'eligibility', value: (ctx) => ctx.profile },
  asOf: { stage: 'eligibility', value: (ctx) => ctx.asOf },
  parameters: { stage: 'eligibility', value: (ctx) => ctx.parameters },
  age: { stage: 'eligibility', value: (ctx) => ctx.age() },
  activeCategories: { stage: 'eligibility', value: (ctx) => ctx.activeCategories() },
  categoryValidThrough: { stage: 'eligibility', value: (ctx, p) => ctx.categoryValidThrough(p) },
  categoryMonthsElapsed: { stage: 'eligibility', value: (ctx, p) => ctx.categoryMonthsElapsed(p) },
  activeEmploymentKinds: { stage: 'eligibility', value: (ctx) => ctx.activeEmploymentKinds() },
  paymentKindsPresent: { stage: 'eligibility', value: (ctx) => ctx.paymentKindsPresent() },
  activePolicies: { stage: 'eligibility', value: (ctx) => ctx.activePolicies() },
  conditionCodes: { stage: 'eligibility', value: (ctx) => ctx.conditionCodes() },
  observedConditions: { stage: 'eligibility', value: (ctx, p) => ctx.observedConditions(p) },
  pregnant: { stage: 'eligibility', value: (ctx) => ctx.pregnant() },
  riskGroups: { stage: 'eligibility', value: (ctx) => ctx.riskGroups() },
  unmetRequirements: { stage: 'eligibility', value: (ctx, p) => ctx.unmetRequirements(p) },
  voluntaryPayer: { stage: 'eligibility', value: (ctx, p) => ctx.voluntaryPayer(p) },
  profileHas: { stage: 'eligibility', value: (ctx, p) => ctx.profileHas(p) },
  quotaUsage: { stage: 'eligibility', value: (ctx) => ctx.quotaUsage() },
  quotaRemaining: { stage: 'eligibility', value: (ctx, p) => ctx.quotaRemaining(p) },
  familyToAttach: { stage: 'eligibility', value: (ctx, p) => ctx.familyToAttach(p) },
  expiringPolicy: { stage: 'eligibility', value: (ctx, p) => ctx.expiringPolicy(p) },
  packages: { stage: 'insurance', value: (ctx) => ctx.outcome.packages },
  coveredRun: { stage: 'insurance', value: (ctx, p) => ctx.coveredRun(p) },
  coveredThrough: { stage: 'insurance', value: (ctx, p) => ctx.coveredThrough(p) },
  contributionValidThrough: { stage: 'insurance', value: (ctx) => ctx.contributionValidThrough() },
  grace: { stage: 'insurance', value: (ctx) => ctx.grace() },
  workingDaysSince: { stage: 'insurance', value: (ctx, p) => ctx.workingDaysSince(p) },
  monthsWithoutRecordsBefore: { stage: 'insurance', value: (ctx, p) => ctx.monthsWithoutRecordsBefore(p) },
  hasRecordFrom: { stage: 'insurance', value: (ctx, p) => ctx.hasRecordFrom(p) },
  insurance: { stage: 'consequences', value: (ctx) => ctx.outcome.insurance },
  insuranceGrace: { stage: 'consequences', value: (ctx) => ctx.outcome.grace },
  arrears: { stage: 'consequences', value: (ctx, p) => ctx.arrears(p) },
  ownContribution: { stage: 'consequences', value: (ctx) => ctx.ownContribution() },
  refundableRecords: { stage: 'consequences', value: (ctx, p) => ctx.refundableRecords(p) },
  eligibleScreenings: { stage: 'coverage', value: (ctx) => ctx.outcome.eligibleScreenings },
  services: { stage: 'derived', value: (ctx) => ctx.outcome.services },
  coveredPayer: { stage: 'derived', value: (ctx, p) => ctx.coveredPayer(p) },
};

/** The facts a stage offers: those of its own and of every earlier stage. */
export function factsOf(stage: Stage): string[] {
  const upTo = STAGE_ORDER.indexOf(stage);
  return Object.keys(FACTS).filter((name) => STAGE_ORDER.indexOf((FACTS[name] as FactDefinition).stage) <= upTo);
}
