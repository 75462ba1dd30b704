import { Engine, Fact, Rule, type RuleResult } from 'json-rules-engine';
import type { FactContext } from '../facts/context';
import { FACTS, factsOf } from '../facts/registry';
import { EVENT_STAGE, STAGES, type Stage } from '../ruleset/catalogue';
import { safePathResolver } from '../ruleset/path';
import type { RuleFile, Ruleset } from '../ruleset/schema';
import { isParamRef } from '../ruleset/validate';
import { FastRule } from './fast-rule';
import { OUR_OPERATORS } from './operators';

export { OUR_OPERATORS };

function addOperators(engine: Engine) {
  for (const [name, operator] of Object.entries(OUR_OPERATORS)) engine.addOperator(name, operator);
}

/** Replaces every `{ "param": "a.b" }` with the parameter's value. */
export function substitute(value: unknown, parameters: Record<string, unknown>): unknown {
  if (isParamRef(value)) return structuredClone(safePathResolver(parameters, value.param));
  if (Array.isArray(value)) return value.map((v) => substitute(v, parameters));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, parameters)]));
  }
  return value;
}

/**
 * Substitutes the parameters of a condition tree. A list or object parameter in a
 * condition's `value` becomes a reference to the `parameters` fact instead of a copy:
 * json-rules-engine clones every condition on every run, and long code lists made that
 * clone the largest cost of an evaluation.
 */
export function substituteConditions(node: unknown, parameters: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => substituteConditions(n, parameters));
  if (typeof node !== 'object' || node === null) return node;
  const condition = node as Record<string, unknown>;
  if ('fact' in condition && isParamRef(condition.value)) {
    const resolved = safePathResolver(parameters, condition.value.param);
    if (typeof resolved === 'object' && resolved !== null) {
      return { ...(substitute({ ...condition, value: null }, parameters) as object), value: { fact: 'parameters', path: condition.value.param } };
    }
  }
  return Object.fromEntries(Object.entries(condition).map(([k, v]) => [k, ['all', 'any', 'not'].includes(k) ? substituteConditions(v, parameters) : substitute(v, parameters)]));
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

export interface FiredRule {
  index: number;
  rule: RuleFile;
  stage: Stage;
  result: boolean;
  params: Record<string, unknown>;
  conditions: unknown;
}

/** Facts of one stage, bound to one evaluation (the table is src/facts/registry.ts). */
function stageFacts(stage: Stage, ctx: FactContext): Fact[] {
  return factsOf(stage).map((name) => {
    const definition = FACTS[name] as (typeof FACTS)[string];
    // json-rules-engine's own fact cache hashes `{ params, id }` with hash-it on every condition
    // (about 10 % of a run); each fact is memoised here by its params' JSON instead.
    const memo = new Map<string, unknown>();
    // A condition's params object is the same on every run (FastRule shares it): look it up by
    // identity first, by its JSON (equal params of other conditions) only once per object.
    const byObject = new WeakMap<object, unknown>();
    const none = {};
    return new Fact(
      name,
      (params: Record<string, unknown> | undefined) => {
        const given = params ?? none;
        if (byObject.has(given)) return byObject.get(given);
        const key = JSON.stringify(given);
        if (!memo.has(key)) memo.set(key, definition.value(ctx, given));
        const value = memo.get(key);
        byObject.set(given, value);
        return value;
      },
      { cache: false },
    );
  });
}

/**
 * One json-rules-engine `Engine` per stage, built once from a validated ruleset and
 * reused. An Engine keeps its run status in one shared field, so runs on these
 * engines must never overlap: `RunQueue` serialises them.
 */
export class StageEngines {
  private readonly engines = new Map<Stage, Engine>();

  /**
   * @param complete true: json-rules-engine's own Rule, which deep-clones every rule's conditions
   * on each run (the path of `trace: true`); false: FastRule, which copies only their structure.
   */
  constructor(
    private readonly ruleset: Ruleset,
    complete = false,
  ) {
    for (const stage of STAGES) {
      const engine = new Engine([], { pathResolver: safePathResolver, replaceFactsInEventParams: true, allowUndefinedFacts: false });
      addOperators(engine);
      this.engines.set(stage, engine);
    }
    ruleset.rules.forEach((rule, index) => {
      const engine = this.engines.get(EVENT_STAGE[rule.event.type]) as Engine;
      const options = {
        name: String(index),
        priority: rule.priority ?? 1,
        conditions: withEffectivePeriod(rule, substituteConditions(rule.conditions, ruleset.parameters as Record<string, unknown>)) as never,
        event: substitute(rule.event, ruleset.parameters as Record<string, unknown>) as never,
      };
      engine.addRule(complete ? new Rule(options) : new FastRule(options));
    });
  }

  async run(stage: Stage, ctx: FactContext): Promise<FiredRule[]> {
    const engine = this.engines.get(stage) as Engine;
    const facts = Object.fromEntries(stageFacts(stage, ctx).map((fact) => [fact.id, fact]));
    const { results, failureResults } = await engine.run(facts);
    const toFired = (r: RuleResult): FiredRule => {
      const index = Number(r.name);
      return {
        index,
        rule: this.ruleset.rules[index] as RuleFile,
        stage,
        result: r.result,
        params: (r.event?.params ?? {}) as Record<string, unknown>,
        conditions: (r as unknown as { conditions: { toJSON?: (s: boolean) => unknown } }).conditions,
      };
    };
    return [...results, ...failureResults].map(toFired).sort((a, b) => a.index - b.index);
  }
}

/** Serialises async tasks: the next starts when the previous has settled. */
export class RunQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
