import bundled from '../generated/rules.json';
import { type DatedParameters, shippedParameters } from '../parameters/parameters';
import type { Ruleset } from './schema';

/**
 * The shipped rules (every `rules/**.json`) and parameters (from `data/`), as a fresh
 * plain-JSON copy: change it freely and pass it to `createEvaluator({ ruleset })`.
 *
 * @example
 * const ruleset = loadRuleset()
 * ruleset.parameters.contributions.consecutiveMonths // { values: [{ from: '2020-01-01', value: 12, source: … }] }
 * ruleset.rules.map((rule) => rule.meta.id) // ['gobmp.dangerous-diseases', 'gobmp.full', …]
 */
export function loadRuleset(): Ruleset {
  return structuredClone({
    version: bundled.version,
    parameters: shippedParameters() as DatedParameters,
    rules: bundled.rules as Ruleset['rules'],
  });
}

let shipped: Ruleset | undefined;

/**
 * The shipped ruleset itself, built once (internal): what `createEvaluator()` uses without a
 * ruleset of its own. It is not validated again on every start — the test suite and
 * `npm run build` (validate-rules) check it — nor copied: no caller ever receives it
 * (`loadRuleset()` gives copies), and the engines only read it.
 */
export function shippedRuleset(): Ruleset {
  shipped ??= {
    version: bundled.version,
    parameters: shippedParameters(false) as DatedParameters,
    rules: bundled.rules as Ruleset['rules'],
  };
  return shipped;
}
