/**
 * The default engine: the rules of a validated ruleset compiled once (src/engine/compile.ts) into
 * synchronous closures, a set per stage and per effective-date period (the rules in force then,
 * built when a date of that period is first decided).
 *
 * After the eligibility stage some facts are settled for the rest of the decision (the registry
 * marks them `settled`: `packages`). A rule whose failure says nothing (its event type's
 * `failuresSpeak` is false) and whose conditions are false for the settled values alone, whatever
 * the other facts, can only be a failed rule no decision reads: the engine leaves it out of that
 * run. The same holds however the condition on the settled fact is written.
 */
import type { Almanac } from '../facts/almanac';
import { FACTS } from '../facts/registry';
import type { Stage } from '../language/stages';
import { EVENT_STAGE, EVENT_TYPES } from '../language/events';
import { STAGE_ORDER } from '../language/stages';
import type { RuleFile, Ruleset } from '../ruleset/schema';
import { type CompiledRule, CompiledRules, type RunState, UNREAD, failedNames, resultOfNode } from './compile';
import type { FiredRule } from './fired-rule';
import { inForce, periodBoundaries, periodOf } from './periods';
import { parametersOn } from '../parameters/dated';

/** What `npm run rule-coverage` records of each rule run: the rule, and the result of each top-level condition. */
type RuleObserver = (fired: FiredRule, topLevel: (boolean | undefined)[]) => void;
let observer: RuleObserver | undefined;
/** Instrumentation for `npm run rule-coverage` (test/support/rule-coverage-setup.ts); not part of the API. */
export function observeRules(next: RuleObserver | undefined): void {
  observer = next;
}

// The params and names of a rule that did not fire, shared (frozen: nothing reads or writes them).
const NO_PARAMS: Record<string, unknown> = Object.freeze({});
const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];

/** A compiled rule with its file and whether its failure says something. */
interface Entry {
  compiled: CompiledRule;
  file: RuleFile;
  speaks: boolean;
}

/** The compiled rules of one stage in one period. */
class CompiledStage {
  private readonly compiled: CompiledRules;
  private readonly entries: readonly Entry[];
  /** The slots of settled facts the rules read, and the rule list for each set of their values. */
  private readonly settledSlots: number[];
  private readonly variants = new Map<string, readonly Entry[]>();

  constructor(
    readonly stage: Stage,
    files: { rule: RuleFile; index: number }[],
    parameters: Record<string, unknown>,
  ) {
    this.compiled = new CompiledRules(files, parameters);
    this.entries = this.compiled.rules.map((compiled, i) => {
      const file = (files[i] as (typeof files)[number]).rule;
      return { compiled, file, speaks: EVENT_TYPES[file.event.type].failuresSpeak };
    });
    this.settledSlots = this.compiled.slots.list.flatMap((s, slot) => (FACTS[s.fact]?.settled === true ? [slot] : []));
    // Each slot's fact function with its params, looked up once.
    this.values = this.compiled.slots.list.map(({ fact, params }) => {
      const value = (FACTS[fact] as (typeof FACTS)[string]).value;
      return (ctx: Almanac) => value(ctx, params);
    });
  }

  private readonly values: ((ctx: Almanac) => unknown)[];

  run(ctx: Almanac): FiredRule[] {
    const { values } = this;
    const state = this.compiled.state((slot) => (values[slot] as (typeof values)[number])(ctx));
    const out: FiredRule[] = [];
    for (const { compiled, file, speaks } of this.rulesFor(state)) {
      const result = compiled.evaluate(state);
      const failed = !result && speaks ? failedNames(compiled.root, state.results) : NO_NAMES;
      // A rule that did not fire and names no failed condition is read by nothing in the
      // decision (src/decision/assemble.ts reads fired rules and the names of failed ones):
      // it is left out of the results.
      if (!result && failed.length === 0 && observer === undefined) continue;
      const fired: FiredRule = {
        index: compiled.index,
        rule: file,
        stage: this.stage,
        result,
        params: result ? compiled.params(state) : NO_PARAMS,
        failed,
      };
      out.push(fired);
      observer?.(
        fired,
        compiled.root.children.map((c) => resultOfNode(c, state.results)),
      );
    }
    return out;
  }

  /** The rules that can matter once the settled facts are read: the silent ones they rule out are left out. */
  private rulesFor(state: RunState): readonly Entry[] {
    if (this.settledSlots.length === 0) return this.entries;
    const known = new Map<number, unknown>();
    for (const slot of this.settledSlots) known.set(slot, state.facts[slot] === UNREAD ? state.read(slot) : state.facts[slot]);
    const key = JSON.stringify([...known.values()]);
    let rules = this.variants.get(key);
    if (rules === undefined) {
      rules = this.entries.filter(({ compiled, speaks }) => speaks || compiled.partial(known) !== false);
      this.variants.set(key, rules);
    }
    return rules;
  }
}

/**
 * Runs the stages of a decision with compiled rules: synchronous, no shared run status, so calls
 * may interleave freely.
 *
 * @example
 * const engine = new CompiledEngine(loadRuleset())
 * engine.run('eligibility', facts) // every eligibility rule in force on facts.asOf, in ruleset order
 */
export class CompiledEngine {
  private readonly boundaries: string[];
  private readonly periods = new Map<number, Map<Stage, CompiledStage>>();

  constructor(private readonly ruleset: Ruleset) {
    this.boundaries = periodBoundaries(ruleset.rules, ruleset.parameters);
  }

  run(stage: Stage, ctx: Almanac): FiredRule[] {
    return this.stagesOn(ctx.asOf).get(stage)?.run(ctx) ?? [];
  }

  private stagesOn(asOf: string): Map<Stage, CompiledStage> {
    const period = periodOf(this.boundaries, asOf);
    let stages = this.periods.get(period);
    if (stages === undefined) {
      // Whether a rule is in force, and the parameters it refers to, are the same on every date of a period: asOf stands for all of them.
      const files = this.ruleset.rules.map((rule, index) => ({ rule, index })).filter(({ rule }) => inForce(rule, asOf));
      const parameters = parametersOn(this.ruleset.parameters, asOf) as Record<string, unknown>;
      stages = new Map(
        STAGE_ORDER.map((stage) => [
          stage,
          new CompiledStage(
            stage,
            files.filter(({ rule }) => EVENT_STAGE[rule.event.type] === stage),
            parameters,
          ),
        ]),
      );
      this.periods.set(period, stages);
    }
    return stages;
  }
}
