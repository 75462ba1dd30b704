/**
 * What a rule may fire: the event types with the stage whose engine runs each, and the
 * operators a condition may use. `validateRuleset` rejects anything else; the facts each stage
 * offers are in src/facts/registry.ts.
 */
import { GOBMP_PACKAGES } from './codes';
import { OUR_OPERATORS } from './operators';
import type { Stage } from './stages';

/**
 * How the values of one param combine when several rules of an event type fire, in the
 * vocabulary src/decision/fold.ts applies (`*`: the rule as a whole). "File order" is the order
 * of the rules in the ruleset (rules/ sorted by path).
 * - `first`: the first fired rule in file order gives it.
 * - `every`: every fired rule gives one, in file order.
 * - `union`: every distinct value, in file order (`sorted`: sorted instead).
 * - `any`: true when one fired rule gives true (`equals`: gives that value).
 * - `highest`: the value latest in `order`.
 * - `latest`: the latest date (`key`: of that field of an object; `openEndedWins`: a rule
 *   without the date — open-ended — wins).
 * - `precedence`: the rule whose value comes first in the parameter list `parameter` wins (a
 *   `ground` of `regardless` ranks as `regardless`); between equals, file order.
 * - `ascending`: every fired rule, by this param's number, then file order.
 */
export type Fold =
  | { by: 'first' }
  | { by: 'every' }
  | { by: 'union'; sorted?: true }
  | { by: 'any'; equals?: string }
  | { by: 'highest'; order: readonly string[] }
  | { by: 'latest'; key?: string; openEndedWins?: true }
  | { by: 'precedence'; parameter: string }
  | { by: 'ascending' };

interface EventTypeDefinition {
  stage: Stage;
  /**
   * Whether its failed rules still say something: the names of their false conditions are the
   * "why not" reasons of a service or a screening. A failed rule of any other type is read by no
   * decision, so the compiled engine may leave out a rule of such a type that cannot fire.
   */
  failuresSpeak: boolean;
  /** Whether each fired rule is one of `decision.reasons` (with its source and message). */
  givesReason: boolean;
  /** Which value wins, param by param, when several of its rules fire: the Decision reads only these. */
  fold: Readonly<Record<string, Fold>>;
}

const FIRST = { by: 'first' } as const;
const coverage = { payer: { by: 'precedence', parameter: 'coverage.payerPrecedence' }, reason: { by: 'union' } } as const;

/**
 * Every event type a rule may fire: the stage whose engine runs it, whether its failures speak
 * and its fired rules give reasons, and how several fired rules fold into the Decision — declared
 * here, applied by src/decision/assemble.ts. A new event type is one entry here, its params in
 * ./event-params.ts and its place in the Decision in src/decision/.
 */
export const EVENT_TYPES = {
  package: {
    stage: 'eligibility',
    failuresSpeak: false,
    givesReason: true,
    fold: {
      gobmp: { by: 'highest', order: GOBMP_PACKAGES },
      osms: { by: 'any' },
      dms: { by: 'any' },
      vms: { by: 'any' },
    },
  },
  'exclude-payment-kinds': {
    stage: 'eligibility',
    failuresSpeak: false,
    givesReason: true,
    fold: { kinds: { by: 'union', sorted: true } },
  },
  notice: { stage: 'eligibility', failuresSpeak: false, givesReason: true, fold: {} },
  'insurance-basis': {
    stage: 'insurance',
    failuresSpeak: false,
    givesReason: true,
    fold: {
      basis: { by: 'union' },
      validThrough: { by: 'latest', openEndedWins: true },
      grace: { by: 'latest', key: 'endsOn' },
      payer: { by: 'any', equals: 'state' },
    },
  },
  debt: { stage: 'consequences', failuresSpeak: false, givesReason: true, fold: { '*': FIRST } },
  'monthly-contribution': { stage: 'consequences', failuresSpeak: false, givesReason: true, fold: { '*': FIRST } },
  screening: { stage: 'consequences', failuresSpeak: true, givesReason: true, fold: { program: { by: 'union' } } },
  quotas: { stage: 'consequences', failuresSpeak: false, givesReason: false, fold: { quotas: { by: 'every' } } },
  'fund-statement': { stage: 'consequences', failuresSpeak: false, givesReason: true, fold: {} },
  service: { stage: 'coverage', failuresSpeak: true, givesReason: true, fold: coverage },
  'derived-service': { stage: 'derived', failuresSpeak: true, givesReason: true, fold: coverage },
  'next-step': { stage: 'guidance', failuresSpeak: false, givesReason: false, fold: { order: { by: 'ascending' } } },
} as const satisfies Record<string, EventTypeDefinition>;

/** The stage of each event type (from EVENT_TYPES). */
export const EVENT_STAGE = Object.fromEntries(Object.entries(EVENT_TYPES).map(([type, { stage }]) => [type, stage])) as {
  [T in keyof typeof EVENT_TYPES]: (typeof EVENT_TYPES)[T]['stage'];
};
export type EventType = keyof typeof EVENT_TYPES;

/** The operators a rule may use: exactly those our engines register (src/language/operators.ts). */
export const OPERATORS = Object.keys(OUR_OPERATORS) as (keyof typeof OUR_OPERATORS)[];
