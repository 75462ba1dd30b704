import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompiledRules, type NodeShape, TRUE, UNEVALUATED, failedNames, substitute } from '../../src/engine/compile';
import { OUR_OPERATORS } from '../../src/language/operators';
import { failedConditionNames } from '../../src/engine/stock-engine';
import { Engine, type RuleResult } from '../../src/generated/json-rules-engine.js';
import { safePathResolver } from '../../src/language/path';
import { fcOptions } from '../support/fc';

// The compiled engine against json-rules-engine itself (the bundled copy the library ships, with
// our operators and our path resolver) on random rules of the language the library accepts —
// every operator, nested all/any/not, priorities on rules, conditions and blocks, fact params,
// paths (into objects, into other values, missing), `{ param }` and `{ fact }` values, event
// params read from facts — and random fact values. Both must give the same result for every rule,
// the same params for every event, the same result on every condition node (evaluated or not, as
// json-rules-engine records it), hence the same names of failed conditions, and events in the
// same order of priority sets.

type Json = Record<string, unknown>;
const FACTS = ['n', 's', 'l', 'o', 'u'] as const;
const PATHS = ['a', 'a.b', 'a.list', 'a.d', 'missing', 'a.b.c', '$.a.b'];
const OPERATORS = Object.keys(OUR_OPERATORS);
const NAMES = ['n0', 'n1', 'n2', 'n3', 'n4'];

// Fact values: scalars the operators compare (numbers, dates, months, codes), lists and objects.
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, Number.NaN, '2025-06-15', '2025-06', '2024-12-31', 'a', 'b', '', true, false, null),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  {
    weight: 2,
    arbitrary: fc.record(
      { a: fc.oneof(scalar, fc.record({ b: scalar, list: fc.array(scalar, { maxLength: 3 }), d: scalar }, { requiredKeys: [] })) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
/** The world of one case: each fact's value per params key (`k` 0–2, or none). */
const world = fc.dictionary(fc.constantFrom(...FACTS.flatMap((f) => [f, `${f}:0`, `${f}:1`, `${f}:2`])), value);
const parameters = fc.record({ p: fc.record({ x: scalar, list: fc.array(scalar, { maxLength: 3 }), obj: fc.record({ a: scalar }) }) });
const paramRef = fc.constantFrom({ param: 'p.x' }, { param: 'p.list' }, { param: 'p.obj' });

const factRef = fc.record(
  {
    fact: fc.constantFrom(...FACTS),
    params: fc.record({ k: fc.oneof(fc.integer({ min: 0, max: 2 }), paramRef) }),
    path: fc.constantFrom(...PATHS),
  },
  { requiredKeys: ['fact'] },
);

const leaf = fc
  .record(
    {
      fact: factRef,
      operator: fc.constantFrom(...OPERATORS),
      value: fc.oneof(
        { weight: 3, arbitrary: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })) },
        { weight: 1, arbitrary: paramRef },
        { weight: 1, arbitrary: factRef },
      ),
      priority: fc.integer({ min: 1, max: 3 }),
      name: fc.constantFrom(...NAMES),
    },
    { requiredKeys: ['fact', 'operator', 'value'] },
  )
  .map(({ fact, ...rest }) => ({ ...fact, ...rest }) as Json);

const { node } = fc.letrec<{ node: Json; block: Json }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('block')),
  block: fc
    .record(
      {
        kind: fc.constantFrom('all', 'any', 'not'),
        children: fc.array(tie('node'), { maxLength: 4 }),
        priority: fc.integer({ min: 1, max: 3 }),
        name: fc.constantFrom(...NAMES),
      },
      { requiredKeys: ['kind', 'children'] },
    )
    .filter((b) => b.kind !== 'not' || b.children.length > 0)
    .map(({ kind, children, ...rest }) => ({ ...rest, [kind]: kind === 'not' ? children[0] : children }) as Json),
}));

const rule = fc.record(
  {
    root: fc.oneof(
      fc.record({ all: fc.array(node, { maxLength: 5 }) }),
      fc.record({ any: fc.array(node, { maxLength: 5 }) }),
      node.map((n) => ({ not: n })),
    ),
    priority: fc.integer({ min: 1, max: 3 }),
    params: fc.dictionary(fc.constantFrom('k1', 'k2', 'k3'), fc.oneof(scalar, factRef, paramRef)),
  },
  { requiredKeys: ['root', 'params'] },
);

const factValue = (w: Record<string, unknown>) => (fact: string, params: Json) => {
  const k = (params as { k?: unknown }).k;
  return w[typeof k === 'number' ? `${fact}:${k}` : fact];
};

/** Each node's result as json-rules-engine recorded it (undefined: not evaluated), beside the compiled one. */
function nodeResults(
  stock: Json,
  shape: NodeShape,
  results: Uint8Array,
  root: boolean,
  out: [unknown, unknown][] = [],
): [unknown, unknown][] {
  const recorded = results[shape.id];
  out.push([root ? undefined : stock.result, recorded === UNEVALUATED ? undefined : recorded === TRUE]);
  const children = (stock.all ?? stock.any ?? (stock.not ? [stock.not] : [])) as Json[];
  children.forEach((child, i) => nodeResults(child, shape.children[i] as NodeShape, results, false, out));
  return out;
}

let cases = 0;
let fired = 0;
let evaluatedNodes = 0;
const runs = Number(process.env.COMPILED_ENGINE_RUNS ?? 20_000);

describe('the compiled engine and json-rules-engine', () => {
  it(`agree on results, event params, every condition node and the order of priority sets (${runs} random rule sets)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 1, maxLength: 4 }), world, parameters, async (rules, w, params) => {
        cases += 1;
        const files = rules.map((r, index) => ({
          index,
          rule: {
            conditions: r.root,
            event: { type: 't', params: r.params },
            ...(r.priority === undefined ? {} : { priority: r.priority }),
          },
        }));
        const compiled = new CompiledRules(files, params);
        const state = compiled.state((slot) =>
          factValue(w)(compiled.slots.list[slot]?.fact as string, compiled.slots.list[slot]?.params ?? {}),
        );
        const ours = compiled.run(state);

        const engine = new Engine([], { pathResolver: safePathResolver, replaceFactsInEventParams: true, allowUndefinedFacts: false });
        for (const [name, operator] of Object.entries(OUR_OPERATORS)) engine.addOperator(name, operator);
        files.forEach(({ rule: r, index }) =>
          engine.addRule({
            name: String(index),
            priority: r.priority ?? 1,
            conditions: substitute(r.conditions, params) as never,
            event: substitute(r.event, params) as never,
          }),
        );
        const facts = Object.fromEntries(FACTS.map((f) => [f, (p: Json) => factValue(w)(f, p ?? {})]));
        // Every rule's result in the order json-rules-engine reached it (its success and failure events).
        const stock: RuleResult[] = [];
        engine.on('success', (_event: unknown, _almanac: unknown, result: RuleResult) => void stock.push(result));
        engine.on('failure', (_event: unknown, _almanac: unknown, result: RuleResult) => void stock.push(result));
        await engine.run(facts);

        // Events in json-rules-engine's order of priority sets (within a set its order follows promise timing).
        const sets = (list: { priority: number; name: string }[]) =>
          list
            .map((r) => `${r.priority}:${r.name}`)
            .sort((a, b) => Number(b.split(':')[0]) - Number(a.split(':')[0]) || a.localeCompare(b));
        const stockOrder = stock.map((r) => ({ priority: Number(r.priority), name: String(r.name) }));
        expect(stockOrder.map((r) => r.priority)).toEqual(stockOrder.map((r) => r.priority).sort((a, b) => b - a));
        expect(sets(ours.map((r) => ({ priority: r.compiled.priority, name: String(r.compiled.index) })))).toEqual(sets(stockOrder));

        for (const run of ours) {
          const theirs = stock.find((r) => r.name === String(run.compiled.index));
          expect(theirs?.result).toBe(run.result);
          if (run.result) {
            fired += 1;
            expect(run.params).toStrictEqual(theirs?.event?.params ?? {});
          }
          // json-rules-engine's evaluated condition nodes (their JSON form leaves out the results of blocks).
          const tree = (theirs as unknown as { conditions: Json }).conditions;
          const pairs = nodeResults(tree, run.compiled.root, state.results, true);
          evaluatedNodes += pairs.filter(([s]) => s !== undefined).length;
          expect(pairs.map(([, o]) => o)).toEqual(pairs.map(([s]) => s));
          expect(failedNames(run.compiled.root, state.results)).toEqual(failedConditionNames(tree));
        }
      }),
      { ...fcOptions, numRuns: runs },
    );
    // The cases exercised the engine: rules fired, conditions were evaluated.
    expect(cases).toBeGreaterThanOrEqual(runs);
    expect(fired).toBeGreaterThan(runs / 10);
    expect(evaluatedNodes).toBeGreaterThan(runs);
  }, 600_000);
});
