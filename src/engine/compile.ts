/**
 * Compiles one validated rule into plain synchronous closures with json-rules-engine's meaning.
 *
 * What a json-rules-engine `Rule` does on `run`, step for step, and what the closures do:
 * - an `all` / `any` block orders its conditions in priority sets (a condition's own `priority`,
 *   else its fact's, which is 1 for every fact of ours; highest first), evaluates **every**
 *   condition of a set, and stops between sets once the block's result is known (`all`: a set
 *   with a false condition; `any`: a set with a true one); a block of one condition evaluates it
 *   alone, an empty block is true; `not` negates its one condition;
 * - a condition reads its fact with the condition's `params` (facts are memoised per stage run,
 *   as json-rules-engine's almanac caches them per run), then the `path` inside it when the
 *   value is an object (a path into anything else gives the value itself), reads its `value`
 *   (a `{ "fact": … }` object is read the same way), and applies the operator;
 * - every evaluated condition records its result (what json-rules-engine writes on the condition
 *   node); the root block records none, as in json-rules-engine;
 * - a rule that fires has each top-level event param that is a `{ "fact": … }` object replaced
 *   by that fact's value (`replaceFactsInEventParams`).
 * `{ "param": "a.b" }` values are replaced by the parameter's value when the rule is compiled.
 * The differential test (test/properties/compiled-engine.test.ts) holds this against the stock
 * json-rules-engine on random rules of the language the library accepts.
 */
import { pathSegments } from '../language/path';
import { isParamRef } from '../language/param-ref';
import { OUR_OPERATORS } from '../language/operators';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A node's recorded result in a run: not evaluated, false or true. */
export const UNEVALUATED = 0;
export const FALSE = 1;
export const TRUE = 2;

/** One stage run of compiled rules: memoised fact values and the result of every condition node. */
export interface RunState {
  /** The value of each fact slot (a fact with one set of params), or `UNREAD`. */
  readonly facts: unknown[];
  /** Computes a fact slot's value (called at most once per slot and run). */
  readonly read: (slot: number) => unknown;
  /** UNEVALUATED, FALSE or TRUE for every condition node of the stage's rules. */
  readonly results: Uint8Array;
}
/** The value of a fact slot not read yet in this run. */
export const UNREAD: unique symbol = Symbol('unread');

/** The facts a compilation refers to: each (fact, params) once, with a slot number. */
export class FactSlots {
  readonly list: { fact: string; params: Json }[] = [];
  private readonly index = new Map<string, number>();
  slot(fact: string, params: Json): number {
    const key = `${fact}\u0000${JSON.stringify(params)}`;
    let slot = this.index.get(key);
    if (slot === undefined) {
      slot = this.list.length;
      this.list.push({ fact, params });
      this.index.set(key, slot);
    }
    return slot;
  }
}

/** A compiled condition node: its shape (for the names of failed conditions) and its closure. */
export interface NodeShape {
  id: number;
  name?: string;
  kind: 'all' | 'any' | 'not' | 'fact';
  children: NodeShape[];
}

export interface CompiledRule {
  /** The rule's position in the ruleset. */
  readonly index: number;
  readonly priority: number;
  readonly root: NodeShape;
  /** Evaluates the conditions; records node results in `state.results`. */
  readonly evaluate: (state: RunState) => boolean;
  /** The event params of a rule that fired, fact references resolved. */
  readonly params: (state: RunState) => Json;
  /** Every fact slot the rule's conditions read (for the specialisation on settled facts). */
  readonly conditionSlots: readonly number[];
  /** The rule's result when the known (settled) facts alone decide it, else undefined. */
  readonly partial: (known: Known) => boolean | undefined;
}

/** Replaces every `{ "param": "a.b" }` with the parameter's value, at any depth (a copy). */
export function substitute(value: unknown, parameters: Json): unknown {
  if (isParamRef(value)) return structuredClone(resolvePath(parameters, value.param));
  if (Array.isArray(value)) return value.map((v) => substitute(v, parameters));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, parameters)]));
  return value;
}

/** Own-property dot path (validated: no `__proto__`, `constructor`, `prototype`); anything else is undefined. */
export function resolvePath(value: unknown, path: string): unknown {
  const segments = pathSegments(path);
  return segments === null ? undefined : walk(value, segments);
}

function walk(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Json)[segment];
  }
  return current;
}

type Reader = (state: RunState) => unknown;
/** Values of some fact slots known before a run (the settled facts); a slot not in it is unknown. */
export type Known = ReadonlyMap<number, unknown>;
/** A reader of a known value: `{ value }` when it can be told before the run, else undefined. */
type KnownReader = (known: Known) => { value: unknown } | undefined;

/** A reader of `{ fact, params?, path? }`: the memoised fact, then the path inside an object value. */
function factReader(ref: Json, slots: FactSlots, parameters: Json): { read: Reader; slot: number; known: KnownReader } {
  const slot = slots.slot(ref.fact as string, isObject(ref.params) ? (substitute(ref.params, parameters) as Json) : {});
  const segments = typeof ref.path === 'string' && ref.path !== '' ? pathSegments(ref.path) : null;
  const fact: Reader = (state) => {
    const value = state.facts[slot];
    return value === UNREAD ? state.read(slot) : value;
  };
  const at = (value: unknown) => (segments !== null && value !== null && typeof value === 'object' ? walk(value, segments) : value);
  const known: KnownReader = (values) => (values.has(slot) ? { value: at(values.get(slot)) } : undefined);
  if (segments === null) return { read: fact, slot, known };
  return { slot, known, read: (state) => at(fact(state)) };
}

/** Compiles a rule of a validated ruleset (its parameters filled in here). */
export function compileRule(
  rule: { conditions: unknown; event: { params?: Json }; priority?: number },
  index: number,
  parameters: Json,
  slots: FactSlots,
  nextId: () => number,
): CompiledRule {
  const conditionSlots: number[] = [];

  const compileNode = (raw: Json): CompiledNode => {
    const id = nextId();
    const name = typeof raw.name === 'string' ? raw.name : undefined;
    const bool = Object.hasOwn(raw, 'any') ? 'any' : Object.hasOwn(raw, 'all') ? 'all' : Object.hasOwn(raw, 'not') ? 'not' : undefined;
    // json-rules-engine: a block always has a priority (default 1); a condition its own or its fact's (1).
    const priority = typeof raw.priority === 'number' && raw.priority > 0 ? raw.priority : 1;
    if (bool === 'not') {
      const child = compileNode(raw.not as Json);
      const run = (state: RunState) => {
        const result = !child.run(state);
        state.results[id] = result ? TRUE : FALSE;
        return result;
      };
      const partial = (known: Known) => {
        const inner = child.partial(known);
        return inner === undefined ? undefined : !inner;
      };
      return { shape: { id, ...(name === undefined ? {} : { name }), kind: 'not', children: [child.shape] }, run, priority, partial };
    }
    if (bool !== undefined) {
      const children = (raw[bool] as Json[]).map(compileNode);
      const block = blockRunner(children, bool);
      const run = (state: RunState) => {
        const result = block(state);
        state.results[id] = result ? TRUE : FALSE;
        return result;
      };
      return {
        shape: { id, ...(name === undefined ? {} : { name }), kind: bool, children: children.map((c) => c.shape) },
        run,
        priority,
        partial: blockPartial(children, bool),
      };
    }
    const left = factReader(raw, slots, parameters);
    conditionSlots.push(left.slot);
    const value = substitute(raw.value, parameters);
    const rightRef = isObject(value) && Object.hasOwn(value, 'fact') ? factReader(value, slots, parameters) : undefined;
    const right: Reader = rightRef === undefined ? () => value : rightRef.read;
    const rightKnown: KnownReader = rightRef === undefined ? () => ({ value }) : rightRef.known;
    const operator = OUR_OPERATORS[raw.operator as keyof typeof OUR_OPERATORS];
    const run = (state: RunState) => {
      const rightValue = right(state);
      const result = operator(left.read(state), rightValue) === true;
      state.results[id] = result ? TRUE : FALSE;
      return result;
    };
    const partial = (known: Known) => {
      const l = left.known(known);
      const r = l === undefined ? undefined : rightKnown(known);
      return l === undefined || r === undefined ? undefined : operator(l.value, r.value) === true;
    };
    return { shape: { id, ...(name === undefined ? {} : { name }), kind: 'fact', children: [] }, run, priority, partial };
  };

  const root = rule.conditions as Json;
  const rootId = nextId();
  const bool = Object.hasOwn(root, 'any') ? 'any' : Object.hasOwn(root, 'all') ? 'all' : 'not';
  const rootName = typeof root.name === 'string' ? { name: root.name } : {};
  let evaluate: (state: RunState) => boolean;
  let rootShape: NodeShape;
  let partial: (known: Known) => boolean | undefined;
  if (bool === 'not') {
    const child = compileNode(root.not as Json);
    evaluate = (state) => !child.run(state);
    partial = (known) => {
      const inner = child.partial(known);
      return inner === undefined ? undefined : !inner;
    };
    rootShape = { id: rootId, ...rootName, kind: 'not', children: [child.shape] };
  } else {
    const children = (root[bool] as Json[]).map(compileNode);
    evaluate = blockRunner(children, bool);
    partial = blockPartial(children, bool);
    rootShape = { id: rootId, ...rootName, kind: bool, children: children.map((c) => c.shape) };
  }

  return {
    index,
    priority: rule.priority ?? 1,
    root: rootShape,
    evaluate,
    partial,
    params: eventParams(rule.event.params ?? {}, parameters, slots),
    conditionSlots,
  };
}

interface CompiledNode {
  shape: NodeShape;
  run: (state: RunState) => boolean;
  priority: number;
  /** The result when it follows from the known facts alone (whatever the other facts are), else undefined. */
  partial: (known: Known) => boolean | undefined;
}

/** Kleene logic: an all block is false when one condition is, true when all are; any the reverse. */
function blockPartial(children: CompiledNode[], operator: 'all' | 'any'): (known: Known) => boolean | undefined {
  // An empty block is true in json-rules-engine, `any` included.
  if (children.length === 0) return () => true;
  return (known) => {
    let unknown = false;
    for (const child of children) {
      const result = child.partial(known);
      if (result === undefined) unknown = true;
      else if (result === (operator === 'any')) return result;
    }
    return unknown ? undefined : operator === 'all';
  };
}

/** An all/any block: priority sets, every condition of a set, short-circuit between sets. */
function blockRunner(children: CompiledNode[], operator: 'all' | 'any'): (state: RunState) => boolean {
  if (children.length === 0) return () => true;
  if (children.length === 1) return (children[0] as (typeof children)[number]).run;
  const byPriority = new Map<number, ((state: RunState) => boolean)[]>();
  for (const child of children) {
    const set = byPriority.get(child.priority);
    if (set) set.push(child.run);
    else byPriority.set(child.priority, [child.run]);
  }
  const sets = [...byPriority.entries()].sort((a, b) => b[0] - a[0]).map(([, set]) => set);
  if (operator === 'all') {
    return (state) => {
      for (const set of sets) {
        let result = true;
        for (const run of set) if (!run(state)) result = false;
        if (!result) return false;
      }
      return true;
    };
  }
  return (state) => {
    for (const set of sets) {
      let result = false;
      for (const run of set) if (run(state)) result = true;
      if (result) return true;
    }
    return false;
  };
}

/** The event params of a fired rule: written-out values shared, `{ "fact": … }` params read. */
function eventParams(raw: Json, parameters: Json, slots: FactSlots): (state: RunState) => Json {
  const substituted = substitute(raw, parameters) as Json;
  const readers: [string, Reader][] = [];
  const fixed: Json = {};
  for (const [key, value] of Object.entries(substituted)) {
    if (isObject(value) && Object.hasOwn(value, 'fact')) readers.push([key, factReader(value, slots, parameters).read]);
    else fixed[key] = value;
  }
  const keys = Object.keys(substituted);
  if (readers.length === 0) return () => ({ ...fixed });
  return (state) => {
    const params: Json = {};
    // The keys in the rule's own order, as json-rules-engine keeps them.
    for (const key of keys) params[key] = fixed[key];
    for (const [key, read] of readers) params[key] = read(state);
    return params;
  };
}

/**
 * What a condition "says" once the rule has run: its recorded result, or for a block that was
 * not evaluated (or the root, which records none) the result recomputed from its children —
 * what the library reads from json-rules-engine's condition tree (`resultOf` in decision/assemble).
 */
export function resultOfNode(node: NodeShape, results: Uint8Array): boolean | undefined {
  const recorded = results[node.id];
  if (recorded !== UNEVALUATED && recorded !== undefined) return recorded === TRUE;
  if (node.kind === 'fact') return undefined;
  if (node.kind === 'all') return node.children.every((c) => resultOfNode(c, results) === true);
  if (node.kind === 'any') return node.children.some((c) => resultOfNode(c, results) === true);
  return resultOfNode(node.children[0] as NodeShape, results) === false;
}

/** The names of the conditions that came out false, in the order of the rule file. */
export function failedNames(root: NodeShape, results: Uint8Array): string[] {
  const names: string[] = [];
  const visit = (node: NodeShape) => {
    if (node.name !== undefined && resultOfNode(node, results) === false) names.push(node.name);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return names;
}

/** A rule's outcome in one run of compiled rules. */
export interface RuleRun {
  compiled: CompiledRule;
  result: boolean;
  /** The event params with facts resolved (a rule that fired); `{}` for one that did not. */
  params: Json;
}

/**
 * A list of rules compiled together: one table of fact slots, one numbering of condition nodes.
 *
 * @example
 * const rules = compileRules([{ rule, index: 0 }], parameters)
 * const runs = rules.run((fact, params) => facts[fact](params))
 */
export class CompiledRules {
  readonly slots = new FactSlots();
  readonly rules: CompiledRule[];
  readonly nodeCount: number;

  constructor(
    rules: readonly { rule: { conditions: unknown; event: { params?: Json }; priority?: number }; index: number }[],
    parameters: Json,
  ) {
    let nodes = 0;
    const nextId = () => nodes++;
    this.rules = rules.map(({ rule, index }) => compileRule(rule, index, parameters, this.slots, nextId));
    this.nodeCount = nodes;
  }

  /** A fresh run: each fact slot read through `value` at most once (`slot` indexes `slots.list`). */
  state(value: (slot: number) => unknown): RunState {
    const facts: unknown[] = new Array(this.slots.list.length).fill(UNREAD);
    const read = (slot: number) => {
      const result = value(slot);
      facts[slot] = result;
      return result;
    };
    return { facts, read, results: new Uint8Array(this.nodeCount) };
  }

  /** Runs every rule (or those given) in order on one state. */
  run(state: RunState, rules: readonly CompiledRule[] = this.rules): RuleRun[] {
    return rules.map((compiled) => {
      const result = compiled.evaluate(state);
      return { compiled, result, params: result ? compiled.params(state) : {} };
    });
  }
}
