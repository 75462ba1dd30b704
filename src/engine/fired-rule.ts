import type { Stage } from '../language/stages';
import type { RuleFile } from '../ruleset/schema';

/** One rule's outcome in one stage run, as the decision reads it (whichever engine ran it). */
export interface FiredRule {
  /** The rule's position in the ruleset (results come in this order). */
  index: number;
  rule: RuleFile;
  stage: Stage;
  result: boolean;
  /** The event params, facts resolved (meaningful for a rule that fired). */
  params: Record<string, unknown>;
  /**
   * The names of the conditions that came out false — the "why not" of a service or screening
   * rule in force that did not fire; empty for every other rule.
   */
  failed: string[];
  /** The evaluated condition tree as json-rules-engine gives it (trace only). */
  conditions?: unknown;
}
