import { Engine, Fact, Rule, type RuleResult } from '../generated/json-rules-engine.js';
import type { FactContext } from '../facts/context';
import { FACTS, factsOf } from '../facts/registry';
import { EVENT_STAGE, STAGES, type Stage } from '../ruleset/catalogue';
import { safePathResolver } from '../ruleset/path';
import { shiftDays } from '../facts/months';
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
  /** Whether `conditions` is wrapped in the effective-period guard (the complete path). */
  guarded: boolean;
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

/** Whether a rule's top-level `all` asks for `packages.osms` to be true: it cannot fire for a person outside OSMS. */
function needsOsms(rule: RuleFile): boolean {
  const top = (rule.conditions as { all?: unknown }).all;
  return Array.isArray(top) && top.some((c) => typeof c === 'object' && c !== null && (c as Record<string, unknown>).fact === 'packages' && (c as Record<string, unknown>).path === 'osms' && (c as Record<string, unknown>).operator === 'equal' && (c as Record<string, unknown>).value === true);
}
/** Event types whose failed rules still say something (the "why not" reasons of services and screenings). */
const FAILURES_SPEAK = new Set<string>(['service', 'derived-service', 'screening']);

/**
 * json-rules-engine `Engine`s, one per stage, built from a validated ruleset and reused.
 *
 * The complete path (`trace: true`) has one set of engines holding every rule, each guarded by
 * its effective period. The fast path has a set per effective-date period (the periods between
 * the rules' `from` and `to` dates, built when a date of that period is first decided), holding
 * only the rules in force then, without guards, with FastRule; after the eligibility stage, a
 * person outside OSMS runs a variant without the rules that need OSMS and whose failure says
 * nothing. A rule left out would only have been a failed result no decision reads, so both paths
 * give the same decisions (test/properties/fast-path.test.ts).
 *
 * An Engine keeps its run status in one shared field, so runs on these engines must never
 * overlap: `RunQueue` serialises them.
 */
export class StageEngines {
  private readonly sets = new Map<string, Map<Stage, Engine>>();
  private readonly boundaries: string[];

  /**
   * @param complete true: every rule, guarded by its period, with json-rules-engine's own Rule
   * (which deep-clones each rule's conditions on each run); false: the fast path described above.
   */
  constructor(
    private readonly ruleset: Ruleset,
    private readonly complete = false,
  ) {
    const dates = ruleset.rules.flatMap((r) => [r.meta.effective.from, ...(r.meta.effective.to === undefined ? [] : [shiftDays(r.meta.effective.to, 1)])]);
    this.boundaries = [...new Set(dates)].sort();
    if (complete) this.sets.set('complete', this.build(() => true, true));
  }

  private build(include: (rule: RuleFile) => boolean, guarded: boolean): Map<Stage, Engine> {
    const engines = new Map<Stage, Engine>();
    for (const stage of STAGES) {
      const engine = new Engine([], { pathResolver: safePathResolver, replaceFactsInEventParams: true, allowUndefinedFacts: false });
      addOperators(engine);
      engines.set(stage, engine);
    }
    const parameters = this.ruleset.parameters as Record<string, unknown>;
    this.ruleset.rules.forEach((rule, index) => {
      if (!include(rule)) return;
      const conditions = substituteConditions(rule.conditions, parameters);
      const options = {
        name: String(index),
        priority: rule.priority ?? 1,
        conditions: (guarded ? withEffectivePeriod(rule, conditions) : conditions) as never,
        event: substitute(rule.event, parameters) as never,
      };
      (engines.get(EVENT_STAGE[rule.event.type]) as Engine).addRule(this.complete ? new Rule(options) : new FastRule(options));
    });
    return engines;
  }

  /** The engines for a run on `asOf` (for a person in OSMS or not, once that is decided). */
  private enginesFor(asOf: string, osms: boolean | undefined): Map<Stage, Engine> {
    if (this.complete) return this.sets.get('complete') as Map<Stage, Engine>;
    const period = this.boundaries.filter((b) => b <= asOf).length;
    const key = `${period}:${osms === false ? 'outside' : 'any'}`;
    let engines = this.sets.get(key);
    if (!engines) {
      // Whether a rule is in force is the same on every date of a period: asOf stands for all of them.
      const inForce = (r: RuleFile) => r.meta.effective.from <= asOf && (r.meta.effective.to === undefined || asOf <= r.meta.effective.to);
      engines = this.build((r) => inForce(r) && (osms !== false || FAILURES_SPEAK.has(r.event.type) || !needsOsms(r)), false);
      this.sets.set(key, engines);
    }
    return engines;
  }

  async run(stage: Stage, ctx: FactContext): Promise<FiredRule[]> {
    const osms = stage === 'eligibility' ? undefined : ctx.outcome.packages.osms;
    const engine = this.enginesFor(ctx.asOf, osms).get(stage) as Engine;
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
        guarded: this.complete,
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
