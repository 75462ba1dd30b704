/**
 * json-rules-engine itself, through its public API only (`new Engine(rules, options)`,
 * `addOperator`, `run` with the facts of the stage, the `pathResolver` option): what
 * `trace: true` and `createEvaluator({ engine: 'json-rules-engine' })` run, and the oracle the
 * compiled engine is tested against. It is loaded when first asked for (a chunk of its own).
 *
 * Every rule is in one Engine per stage, guarded by its effective period, with its parameters as
 * they read in one period between two dates on which a parameter it refers to changes (a set of
 * Engines per such period, built when a date of it is first decided). An Engine keeps its run
 * status in one shared field, so runs on these engines never overlap: `RunQueue` serialises them.
 */
import { Engine, Fact, type RuleResult } from '../generated/json-rules-engine.js';
import type { Almanac } from '../facts/almanac';
import { FACTS, factsOf } from '../facts/registry';
import { EVENT_STAGE, EVENT_TYPES } from '../language/events';
import { STAGE_ORDER, type Stage } from '../language/stages';
import { safePathResolver } from '../language/path';
import { isParamRef } from '../language/param-ref';
import type { RuleFile, Ruleset } from '../ruleset/schema';
import { substitute } from './compile';
import type { FiredRule } from './fired-rule';
import { OUR_OPERATORS } from '../language/operators';
import { inForce, periodOf, referencedParameters } from './periods';
import { changeDatesOf, parametersOn } from '../parameters/dated';

/**
 * Substitutes the parameters of a condition tree. A list or object parameter in a condition's
 * `value` becomes a reference to the `parameters` fact instead of a copy (json-rules-engine
 * clones every condition on every run); the trace shows it as such, with its value beside it.
 */
export function substituteConditions(node: unknown, parameters: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => substituteConditions(n, parameters));
  if (typeof node !== 'object' || node === null) return node;
  const condition = node as Record<string, unknown>;
  if ('fact' in condition && isParamRef(condition.value)) {
    const resolved = safePathResolver(parameters, condition.value.param);
    if (typeof resolved === 'object' && resolved !== null) {
      return {
        ...(substitute({ ...condition, value: null }, parameters) as object),
        value: { fact: 'parameters', path: condition.value.param },
      };
    }
  }
  return Object.fromEntries(
    Object.entries(condition).map(([k, v]) => [
      k,
      ['all', 'any', 'not'].includes(k) ? substituteConditions(v, parameters) : substitute(v, parameters),
    ]),
  );
}

/** The rule's own conditions, guarded by its effective period. */
export function withEffectivePeriod(rule: RuleFile, conditions: unknown) {
  const { from, to } = rule.meta.effective;
  return {
    all: [
      { fact: 'asOf', operator: 'onOrAfter', value: from },
      ...(to === undefined ? [] : [{ fact: 'asOf', operator: 'onOrBefore', value: to }]),
      conditions,
    ],
  };
}

type ConditionJson = { name?: unknown; result?: unknown; all?: ConditionJson[]; any?: ConditionJson[]; not?: ConditionJson };

/**
 * A condition's result as json-rules-engine recorded it on the condition node; it records none on
 * the root block or on a condition it did not reach, so a block without one is recomputed from
 * its children. (Its JSON form leaves out the results of blocks: read the nodes themselves.)
 */
function resultOf(c: ConditionJson): boolean | undefined {
  if (typeof c.result === 'boolean') return c.result;
  if (c.all) return c.all.every((x) => resultOf(x) === true);
  if (c.any) return c.any.some((x) => resultOf(x) === true);
  if (c.not) return resultOf(c.not) === false;
  return undefined;
}

/** The names of the conditions of an evaluated condition tree (json-rules-engine's nodes) that came out false, in file order. */
export function failedConditionNames(tree: unknown): string[] {
  const names: string[] = [];
  const walk = (c: ConditionJson | null | undefined) => {
    if (c === null || typeof c !== 'object') return;
    if (typeof c.name === 'string' && resultOf(c) === false) names.push(c.name);
    for (const child of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) walk(child);
  };
  walk(tree as ConditionJson);
  return names;
}

/**
 * The stock engines of a ruleset, one per stage.
 *
 * @example
 * const engine = new StockEngine(loadRuleset())
 * await engine.run('eligibility', facts) // every rule of the stage, those out of their period failed
 */
export class StockEngine {
  private readonly periods = new Map<number, Map<Stage, Engine>>();
  private readonly boundaries: string[];

  constructor(private readonly ruleset: Ruleset) {
    this.boundaries = changeDatesOf(ruleset.parameters, referencedParameters(ruleset.rules));
  }

  /** The Engines of the parameter period of `asOf` (asOf stands for every date of it). */
  private enginesOn(asOf: string): Map<Stage, Engine> {
    const period = periodOf(this.boundaries, asOf);
    let engines = this.periods.get(period);
    if (engines !== undefined) return engines;
    engines = new Map<Stage, Engine>();
    for (const stage of STAGE_ORDER) {
      const engine = new Engine([], { pathResolver: safePathResolver, replaceFactsInEventParams: true, allowUndefinedFacts: false });
      for (const [name, operator] of Object.entries(OUR_OPERATORS)) engine.addOperator(name, operator);
      engines.set(stage, engine);
    }
    const parameters = parametersOn(this.ruleset.parameters, asOf) as Record<string, unknown>;
    this.ruleset.rules.forEach((rule, index) => {
      const conditions = withEffectivePeriod(rule, substituteConditions(rule.conditions, parameters));
      const options = {
        name: String(index),
        priority: rule.priority ?? 1,
        conditions: conditions as never,
        event: substitute(rule.event, parameters) as never,
      };
      (engines.get(EVENT_STAGE[rule.event.type]) as Engine).addRule(options);
    });
    this.periods.set(period, engines);
    return engines;
  }

  async run(stage: Stage, ctx: Almanac): Promise<FiredRule[]> {
    const engine = this.enginesOn(ctx.asOf).get(stage) as Engine;
    // The facts of the stage as json-rules-engine's dynamic facts, each computed once per run and
    // params (what its own cache does; ours keys by the params' JSON instead of hashing them).
    const facts = Object.fromEntries(
      factsOf(stage).map((name) => {
        const memo = new Map<string, unknown>();
        const definition = FACTS[name] as (typeof FACTS)[string];
        const value = (params: Record<string, unknown> | undefined) => {
          const key = JSON.stringify(params ?? {});
          if (!memo.has(key)) memo.set(key, definition.value(ctx, params ?? {}));
          return memo.get(key);
        };
        return [name, new Fact(name, value, { cache: false })];
      }),
    );
    const { results, failureResults } = await engine.run(facts);
    const toFired = (r: RuleResult): FiredRule => {
      const index = Number(r.name);
      const rule = this.ruleset.rules[index] as RuleFile;
      const conditions = (r as unknown as { conditions: unknown }).conditions;
      const speaks = !r.result && EVENT_TYPES[rule.event.type].failuresSpeak && inForce(rule, ctx.asOf);
      return {
        index,
        rule,
        stage,
        result: r.result,
        params: (r.event?.params ?? {}) as Record<string, unknown>,
        failed: speaks ? failedConditionNames(conditions) : [],
        conditions,
      };
    };
    return [...results, ...failureResults].map(toFired).sort((a, b) => a.index - b.index);
  }
}
