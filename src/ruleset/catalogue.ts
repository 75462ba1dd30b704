/**
 * What a rule may refer to: the stages, the event types of each stage, the facts each
 * stage offers and the operators. `validateRuleset` rejects anything else.
 */
import { OUR_OPERATORS } from '../engine/operators';
import { STAGE_ORDER, type Stage, factsOf } from '../facts/registry';

export const STAGES = STAGE_ORDER;
export type { Stage };

export const EVENT_STAGE = {
  package: 'eligibility',
  'exclude-payment-kinds': 'eligibility',
  notice: 'eligibility',
  'insurance-basis': 'insurance',
  debt: 'consequences',
  'monthly-contribution': 'consequences',
  screening: 'consequences',
  quotas: 'consequences',
  'fund-statement': 'consequences',
  service: 'coverage',
  'derived-service': 'derived',
  'next-step': 'guidance',
} as const satisfies Record<string, Stage>;
export type EventType = keyof typeof EVENT_STAGE;

/** The facts each stage offers, from the one table of facts in src/facts/registry.ts. */
export const STAGE_FACTS = Object.fromEntries(STAGES.map((stage) => [stage, factsOf(stage)])) as unknown as Record<Stage, readonly string[]>;

/** The operators a rule may use: exactly those our engines register (src/engine/operators.ts). */
export const OPERATORS = Object.keys(OUR_OPERATORS) as (keyof typeof OUR_OPERATORS)[];
