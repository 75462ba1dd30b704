/**
 * What a rule may refer to: the stages, the event types of each stage, the facts each
 * stage offers and the operators. `validateRuleset` rejects anything else.
 */
export const STAGES = ['eligibility', 'insurance', 'consequences', 'coverage', 'derived', 'guidance'] as const;
export type Stage = (typeof STAGES)[number];

export const EVENT_STAGE = {
  package: 'eligibility',
  'exclude-payment-kinds': 'eligibility',
  notice: 'eligibility',
  'insurance-basis': 'insurance',
  debt: 'consequences',
  'monthly-contribution': 'consequences',
  screening: 'consequences',
  quotas: 'consequences',
  service: 'coverage',
  'derived-service': 'derived',
  'next-step': 'guidance',
} as const satisfies Record<string, Stage>;
export type EventType = keyof typeof EVENT_STAGE;

const BASE_FACTS = [
  'profile',
  'asOf',
  'parameters',
  'age',
  'activeCategories',
  'categoryValidThrough',
  'categoryMonthsElapsed',
  'activeEmploymentKinds',
  'paymentKindsPresent',
  'activePolicies',
  'conditionCodes',
  'observedConditions',
  'pregnant',
  'riskGroups',
  'unmetRequirements',
  'voluntaryPayer',
  'profileHas',
  'quotaUsage',
  'quotaRemaining',
  'familyToAttach',
  'expiringPolicy',
] as const;
const INSURANCE_FACTS = [
  'packages',
  'coveredRun',
  'coveredThrough',
  'contributionValidThrough',
  'grace',
  'workingDaysSince',
  'monthsWithoutRecordsBefore',
  'hasRecordFrom',
] as const;
const CONSEQUENCE_FACTS = ['insurance', 'arrears', 'ownContribution', 'refundableRecords', 'insuranceGrace'] as const;

export const STAGE_FACTS: Record<Stage, readonly string[]> = {
  eligibility: BASE_FACTS,
  insurance: [...BASE_FACTS, ...INSURANCE_FACTS],
  consequences: [...BASE_FACTS, ...INSURANCE_FACTS, ...CONSEQUENCE_FACTS],
  coverage: [...BASE_FACTS, ...INSURANCE_FACTS, ...CONSEQUENCE_FACTS, 'eligibleScreenings'],
  derived: [...BASE_FACTS, ...INSURANCE_FACTS, ...CONSEQUENCE_FACTS, 'eligibleScreenings', 'services', 'coveredPayer'],
  guidance: [...BASE_FACTS, ...INSURANCE_FACTS, ...CONSEQUENCE_FACTS, 'eligibleScreenings', 'services', 'coveredPayer'],
};

export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'onOrAfter',
  'onOrBefore',
  'containsAny',
  'containsNone',
] as const;
