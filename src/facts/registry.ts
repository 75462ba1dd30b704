/**
 * Every fact a rule may use, once: gathered from the topic modules of this folder, each of which
 * declares its facts beside their computation (stage, params, type, value). The validator's list
 * of known facts, its check of each fact's params and types, and both engines' facts all come
 * from this table. A new fact goes in the module of its topic (or a new one, added here).
 */
import { STAGE_ORDER, type Stage } from '../language/stages';
import { arrearsFacts } from './arrears';
import { categoryFacts } from './categories';
import { conditionFacts } from './conditions';
import { coverageFacts } from './coverage';
import { employmentFacts } from './employment';
import type { FactDefinition } from './fact';
import { familyFacts } from './family';
import { fundStatementFacts } from './fund-statement';
import { outcomeFacts } from './outcomes';
import { payingKindFacts } from './paying-kind';
import { personFacts } from './person';
import { policyFacts } from './policies';
import { pregnancyFacts } from './pregnancy';
import { quotaFacts } from './quotas';
import { recordFacts } from './records';
import { residencyFacts } from './residency';
import { serviceFacts } from './services';

export type { FactDefinition };

const TABLE = {
  ...personFacts,
  ...residencyFacts,
  ...categoryFacts,
  ...employmentFacts,
  ...recordFacts,
  ...policyFacts,
  ...conditionFacts,
  ...pregnancyFacts,
  ...serviceFacts,
  ...quotaFacts,
  ...familyFacts,
  ...fundStatementFacts,
  ...coverageFacts,
  ...outcomeFacts,
  ...arrearsFacts,
  ...payingKindFacts,
};

/** The name of a fact. */
export type FactName = keyof typeof TABLE;

export const FACTS: Record<string, FactDefinition> = TABLE;

/** The facts a stage offers: those of its own and of every earlier stage. */
export function factsOf(stage: Stage): string[] {
  const upTo = STAGE_ORDER.indexOf(stage);
  return Object.keys(FACTS).filter((name) => STAGE_ORDER.indexOf((FACTS[name] as FactDefinition).stage) <= upTo);
}

/** The facts each stage offers (factsOf for every stage). */
export const STAGE_FACTS = Object.fromEntries(STAGE_ORDER.map((stage) => [stage, factsOf(stage)])) as unknown as Record<
  Stage,
  readonly string[]
>;
