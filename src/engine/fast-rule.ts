/**
 * A json-rules-engine `Rule` whose run copies only the structure of its condition tree.
 *
 * The stock `Rule.evaluate` starts each run with `new RuleResult(conditions, event, …)`, which
 * deep-clones the whole tree with the `clone` package (about a quarter of an evaluation here):
 * every value and param is copied although a run never changes them. A run only writes
 * `result`, `factResult` and `valueResult` on each condition node and replaces the event's
 * params, so this subclass copies the nodes (keeping their prototype) and one level of the
 * event, and shares the rest; and it resolves the facts in the event params of a rule that
 * fired only (no decision reads a failed rule's params), and it evaluates the conditions
 * synchronously (our facts are synchronous). Everything else is the stock algorithm, step for step: the same
 * priority sets, the same evaluation of every condition of a set (no short-circuit inside a
 * set), the same events. `trace: true` runs the stock Rule; a test checks both give the same
 * decisions.
 */
import { Rule } from '../generated/json-rules-engine.js';

type Almanac = {
  getValue(value: unknown): Promise<unknown>;
  factMap: Map<string, { calculate(params: unknown, almanac: Almanac): unknown }>;
  pathResolver(value: unknown, path: string): unknown;
};
type Operators = { get(name: string): { evaluate(a: unknown, b: unknown): boolean } | undefined };
type ConditionNode = {
  operator: string;
  fact?: string;
  params?: Record<string, unknown>;
  path?: string;
  value?: unknown;
  all?: ConditionNode[];
  any?: ConditionNode[];
  not?: ConditionNode;
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
  isBooleanOperator(): boolean;
  toJSON(stringify?: boolean): unknown;
};
type Event = { type: string; params?: Record<string, unknown> };

/** A copy of the condition nodes, sharing their values and params. */
function copyNode(node: ConditionNode): ConditionNode {
  const copy = Object.create(Object.getPrototypeOf(node)) as ConditionNode;
  Object.assign(copy, node);
  if (Array.isArray(node.all)) copy.all = node.all.map(copyNode);
  if (Array.isArray(node.any)) copy.any = node.any.map(copyNode);
  if (node.not) copy.not = copyNode(node.not);
  return copy;
}

/** What the stock RuleResult holds, with the same methods the engine and almanac use. */
class RunResult {
  readonly conditions: ConditionNode;
  readonly event: Event;
  result: boolean | null = null;
  constructor(
    conditions: ConditionNode,
    event: Event,
    readonly priority: number,
    readonly name: string,
  ) {
    this.conditions = copyNode(conditions);
    this.event = { ...event, ...(event.params !== null && typeof event.params === 'object' ? { params: { ...event.params } } : {}) };
  }

  setResult(result: boolean) {
    this.result = result;
  }

  resolveEventParams(almanac: Almanac): Promise<unknown> {
    const params = this.event.params;
    if (params === null || typeof params !== 'object') return Promise.resolve();
    return Promise.all(Object.keys(params).map((key) => almanac.getValue(params[key]).then((value) => (params[key] = value))));
  }

  toJSON(stringify = true) {
    const props = { conditions: this.conditions.toJSON(false), event: this.event, priority: this.priority, name: this.name, result: this.result };
    return stringify ? JSON.stringify(props) : props;
  }
}

interface StockRule {
  conditions: ConditionNode;
  ruleEvent: Event;
  priority: number;
  name: string;
  engine: { operators: Operators; replaceFactsInEventParams: boolean };
  prioritizeConditions(conditions: ConditionNode[]): ConditionNode[][];
  emitAsync(event: string, ...args: unknown[]): Promise<unknown>;
}

export class FastRule extends Rule {
  evaluate(almanac: Almanac): Promise<RunResult> {
    const rule = this as unknown as StockRule;
    const ruleResult = new RunResult(rule.conditions, rule.ruleEvent, rule.priority, rule.name);

    /**
     * One condition, synchronously: our facts are plain functions (src/engine/stage-engines.ts),
     * so the value json-rules-engine's almanac would wrap in a promise is read directly — the
     * same fact, params, path resolver and operator. The priority sets, every/some within a set
     * and the short-circuit between sets are json-rules-engine's.
     */
    const factValue = (factId: string, params: Record<string, unknown> | undefined, path: string | undefined): unknown => {
      const fact = almanac.factMap.get(factId);
      // Unknown facts are refused by validateRuleset; json-rules-engine would reject the run.
      if (fact === undefined) throw new Error(`Undefined fact: ${factId}`);
      const value = fact.calculate(params ?? {}, almanac);
      return path && value !== null && typeof value === 'object' ? almanac.pathResolver(value, path) : value;
    };
    const valueOf = (value: unknown) => {
      if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'fact')) {
        const ref = value as { fact: string; params?: Record<string, unknown>; path?: string };
        return factValue(ref.fact, ref.params, ref.path);
      }
      return value;
    };
    const evaluateCondition = (condition: ConditionNode): boolean => {
      // Condition references are refused by validateRuleset.
      if (condition.isBooleanOperator()) {
        const sub = condition[condition.operator as 'all' | 'any' | 'not'];
        const value = condition.operator === 'all' ? all(sub as ConditionNode[]) : condition.operator === 'any' ? any(sub as ConditionNode[]) : not(sub as ConditionNode);
        condition.result = value === true;
        return condition.result;
      }
      const operator = rule.engine.operators.get(condition.operator);
      if (!operator) throw new Error(`Unknown operator: ${condition.operator}`);
      const right = valueOf(condition.value);
      const left = factValue(condition.fact as string, condition.params, condition.path);
      condition.factResult = left;
      condition.valueResult = right;
      condition.result = operator.evaluate(left, right);
      return condition.result;
    };
    const prioritizeAndRun = (conditions: ConditionNode[], operator: 'all' | 'any' | 'not'): boolean => {
      if (conditions.length === 0) return true;
      if (conditions.length === 1) return evaluateCondition(conditions[0] as ConditionNode);
      let result = operator === 'all';
      for (const set of rule.prioritizeConditions(conditions)) {
        if (operator === 'any' ? result : !result) break;
        // Every condition of a set is evaluated (their results feed the "why not" reasons).
        const results = set.map(evaluateCondition);
        result = operator === 'any' ? results.some((r) => r === true) : results.every((r) => r === true);
      }
      return result;
    };
    const any = (conditions: ConditionNode[]) => prioritizeAndRun(conditions, 'any');
    const all = (conditions: ConditionNode[]) => prioritizeAndRun(conditions, 'all');
    const not = (condition: ConditionNode) => !prioritizeAndRun([condition], 'not');

    const processResult = (result: boolean) => {
      ruleResult.setResult(result);
      // The params of a failed rule are read by no decision: only a rule that fired has its facts resolved.
      const events = rule.engine.replaceFactsInEventParams && result ? ruleResult.resolveEventParams(almanac) : Promise.resolve();
      return events.then(() => rule.emitAsync(result ? 'success' : 'failure', ruleResult.event, almanac, ruleResult)).then(() => ruleResult);
    };
    const root = ruleResult.conditions;
    return Promise.resolve().then(() => processResult(root.any ? any(root.any) : root.all ? all(root.all) : not(root.not as ConditionNode)));
  }
}
