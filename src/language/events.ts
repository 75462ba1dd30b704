/**
 * What a rule may refer to: the stages, the event types of each stage, the facts each
 * stage offers and the operators. `validateRuleset` rejects anything else.
 */
import { OUR_OPERATORS } from './operators';
import { STAGE_ORDER, type Stage, factsOf } from '../facts/registry';

export const STAGES = STAGE_ORDER;
export type { Stage };

/**
 * Every event type a rule may fire: the stage whose engine runs it, and whether its failed rules
 * still say something (`failuresSpeak`: the names of their false conditions are the "why not"
 * reasons of a service or a screening). A failed rule of any other type is read by no decision,
 * so the compiled engine may leave out a rule of such a type that cannot fire for a person.
 */
export const EVENT_TYPES = {
  package: { stage: 'eligibility', failuresSpeak: false },
  'exclude-payment-kinds': { stage: 'eligibility', failuresSpeak: false },
  notice: { stage: 'eligibility', failuresSpeak: false },
  'insurance-basis': { stage: 'insurance', failuresSpeak: false },
  debt: { stage: 'consequences', failuresSpeak: false },
  'monthly-contribution': { stage: 'consequences', failuresSpeak: false },
  screening: { stage: 'consequences', failuresSpeak: true },
  quotas: { stage: 'consequences', failuresSpeak: false },
  'fund-statement': { stage: 'consequences', failuresSpeak: false },
  service: { stage: 'coverage', failuresSpeak: true },
  'derived-service': { stage: 'derived', failuresSpeak: true },
  'next-step': { stage: 'guidance', failuresSpeak: false },
} as const satisfies Record<string, { stage: Stage; failuresSpeak: boolean }>;

/** The stage of each event type (from EVENT_TYPES). */
export const EVENT_STAGE = Object.fromEntries(Object.entries(EVENT_TYPES).map(([type, { stage }]) => [type, stage])) as {
  [T in keyof typeof EVENT_TYPES]: (typeof EVENT_TYPES)[T]['stage'];
};
export type EventType = keyof typeof EVENT_TYPES;

/** The facts each stage offers, from the one table of facts in src/facts/registry.ts. */
export const STAGE_FACTS = Object.fromEntries(STAGES.map((stage) => [stage, factsOf(stage)])) as unknown as Record<Stage, readonly string[]>;

/** The operators a rule may use: exactly those our engines register (src/language/operators.ts). */
export const OPERATORS = Object.keys(OUR_OPERATORS) as (keyof typeof OUR_OPERATORS)[];
