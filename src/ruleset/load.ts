import bundled from '../generated/rules.json';
import { type Parameters, shippedParameters } from './parameters';
import type { Ruleset } from './schema';

/**
 * The shipped rules (every `rules/**.json`) and parameters (from `data/`), as a fresh
 * plain-JSON copy: change it freely and pass it to `createEvaluator({ ruleset })`.
 *
 * @example
 * const ruleset = loadRuleset()
 * ruleset.parameters.contributions.consecutiveMonths // 12
 * ruleset.rules.map((rule) => rule.meta.id) // ['gobmp.dangerous-diseases', 'gobmp.full', …]
 */
export function loadRuleset(): Ruleset {
  return structuredClone({ version: bundled.version, parameters: shippedParameters() as Parameters, rules: bundled.rules as Ruleset['rules'] });
}
