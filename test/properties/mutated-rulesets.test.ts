import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ProfileValidationError, RuleValidationError, decisionSchema, loadRuleset } from '../../src';
import { createEvaluator } from '../support/untyped';
import { OPERATORS } from '../../src/language/events';
import { arbitraries } from '../../src/testing';
import { fcOptions } from '../support/fc';

// any ruleset validateRuleset accepts gives, for every valid profile, a Decision
// that matches decisionSchema or a ProfileValidationError — never another exception. The shipped
// ruleset is mutated at random (and each accepted mutant gives the same decisions on the compiled
// engine and on json-rules-engine itself) (RULESET_MUTATIONS rulesets, default 2,000), each mutant is built
// into an evaluator (or refused with a RuleValidationError) and run on several generated profiles.
const MUTANTS = Number(process.env.RULESET_MUTATIONS ?? 2000);
const PROFILES_EACH = 3;
const shipped = loadRuleset();
const profilePool = fc.sample(arbitraries.profile(), { seed: fcOptions.seed, numRuns: 40 });

type Json = unknown;
type Path = (string | number)[];

/** Values that have broken rule engines before: prototype names, wrong types, huge and odd numbers, unsafe paths, references. */
const NASTY: Json[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'x'.repeat(300),
  '$.a',
  'a(b)',
  '$..[?(@.x)]',
  '2025-06-15',
  '2025-06',
  '9999-12-31',
  'martians',
  'gobmp',
  'full',
  'osms',
  'regardless',
  'not_insured',
  'self_payer',
  0,
  -1,
  1,
  2,
  1.5,
  12,
  120,
  1e9,
  1e308,
  -1e308,
  5e-324,
  true,
  false,
  null,
  [],
  [1],
  ['a'],
  [null],
  [[]],
  {},
  { a: 1 },
  { fact: 'age' },
  { fact: 'profile', path: 'person.birthDate' },
  { fact: 'profile', path: 'constructor.name' },
  { fact: 'nope' },
  { fact: 'quotaUsage' },
  { fact: 'activeCategories' },
  { param: 'contributions.graceMonths' },
  { param: 'links' },
  { param: 'nope.none' },
  { all: [] },
  { any: [{ fact: 'age', operator: 'equal', value: 1 }] },
  { not: { fact: 'age', operator: 'in', value: 3 } },
];
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'priority',
  'name',
  'params',
  'path',
  'value',
  'fact',
  'operator',
  'all',
  'any',
  'not',
  'condition',
  'extra',
  'reason',
  'messageKey',
  'payer',
  'services',
  'requires',
  'step',
];

/** Every path to a value inside `root` (objects and arrays included), in a fixed order. */
function pathsOf(root: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(root)) root.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (root && typeof root === 'object') for (const [k, v] of Object.entries(root)) pathsOf(v, [...prefix, k], out);
  return out;
}
const parentOf = (root: Json, path: Path) =>
  path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root) as Record<string | number, Json>;
/** Sets an own property even for `__proto__` (as JSON.parse does), never the prototype. */
const setOwn = (target: Record<string | number, Json>, key: string | number, value: Json) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
const deep = (levels: number): Json => {
  let node: Json = { fact: 'age', operator: 'greaterThan', value: 0 };
  for (let i = 0; i < levels; i++) node = { all: [node] };
  return node;
};

/**
 * The scalar values found in the shipped ruleset under each key name (`operator`, `fact`, `value`,
 * `category`, `step`, …): swapping a value for another one seen under the same key keeps many
 * mutants valid while changing what they decide.
 */
const POOLS = new Map<string, Json[]>();
for (const path of pathsOf(shipped)) {
  const value = path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], shipped);
  if (value === null || typeof value === 'object') continue;
  const key = String([...path].reverse().find((k) => typeof k === 'string'));
  POOLS.set(key, [...new Set([...(POOLS.get(key) ?? []), value])]);
}

type Mutation = {
  kind: 'replace' | 'swap' | 'delete' | 'add' | 'operator' | 'duplicate' | 'nest';
  where: number;
  pick: number;
  key: number;
  scope: 'rule' | 'parameters';
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'swap', 'swap', 'swap', 'swap', 'swap', 'delete', 'add', 'operator', 'duplicate', 'nest'),
  where: fc.nat(),
  pick: fc.nat(),
  key: fc.nat(),
  scope: fc.constantFrom('rule', 'rule', 'rule', 'parameters'),
});

function mutate(ruleset: { parameters: Json; rules: Json[] }, m: Mutation): void {
  const rules = ruleset.rules as Record<string, Json>[];
  const ruleIndex = m.where % rules.length;
  const root: Json = m.scope === 'parameters' ? ruleset.parameters : rules[ruleIndex];
  const paths = pathsOf(root).filter((p) => p.length > 0);
  const path = paths[m.pick % paths.length] as Path;
  const parent = parentOf(root, path);
  const last = path[path.length - 1] as string | number;
  switch (m.kind) {
    case 'replace':
      return void setOwn(parent, last, structuredClone(NASTY[m.key % NASTY.length]));
    case 'swap': {
      const pool = POOLS.get(String([...path].reverse().find((k) => typeof k === 'string')));
      if (Array.isArray(parent[last])) (parent[last] as Json[]).reverse().splice(0, m.key % 2);
      else if (pool && typeof parent[last] !== 'object') setOwn(parent, last, pool[m.key % pool.length]);
      return;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      return;
    case 'add': {
      const target = (parent[last] && typeof parent[last] === 'object' ? parent[last] : parent) as Record<string, Json>;
      if (Array.isArray(target)) target.push(structuredClone(NASTY[m.key % NASTY.length]));
      else setOwn(target, KEYS[m.key % KEYS.length] as string, structuredClone(NASTY[(m.key >> 3) % NASTY.length]));
      return;
    }
    case 'operator': {
      const conditions = pathsOf(rules[ruleIndex]).filter((p) => p.at(-1) === 'operator');
      if (conditions.length === 0) return;
      const at = conditions[m.pick % conditions.length] as Path;
      const names = [...OPERATORS, 'between', 'not:equal', 'someFact:equal', '__proto__'];
      return void setOwn(parentOf(rules[ruleIndex], at), 'operator', names[m.key % names.length]);
    }
    case 'duplicate': {
      // The same id twice overlaps (refused); half the copies get an id of their own (accepted, and fire twice).
      const copy = structuredClone(rules[ruleIndex]) as { meta: { id: string } };
      if (m.key % 2 === 0) copy.meta.id = `${copy.meta.id}-copy`;
      return void rules.push(copy as unknown as Record<string, Json>);
    }
    case 'nest': {
      const levels = [5, 20, 31, 33, 200][m.key % 5] as number;
      const rule = rules[ruleIndex] as { conditions: Json };
      rule.conditions = { all: [deep(levels), rule.conditions] };
    }
  }
}

const tally = { tried: 0, rejected: 0, accepted: 0, decisions: 0, profileErrors: 0, sameAsStock: 0 };
afterAll(() => {
  // The figures quoted in bench and release notes.
  console.info(
    `mutated rulesets: ${tally.tried} tried, ${tally.rejected} rejected by validateRuleset, ${tally.accepted} accepted; evaluations: ${tally.decisions} decisions valid against decisionSchema, ${tally.profileErrors} ProfileValidationError (any other outcome fails the test); ${tally.sameAsStock} decisions byte-identical on json-rules-engine`,
  );
});

describe('any ruleset that validateRuleset accepts', () => {
  it(`gives a valid Decision or a ProfileValidationError for every profile (${MUTANTS} mutated rulesets × ${PROFILES_EACH} profiles)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), fc.nat(), async (mutations, first) => {
        const ruleset = structuredClone(shipped) as unknown as { parameters: Json; rules: Json[] };
        for (const m of mutations) mutate(ruleset, m);
        tally.tried += 1;
        let evaluator: ReturnType<typeof createEvaluator>;
        try {
          evaluator = createEvaluator({ ruleset: ruleset as never });
        } catch (error) {
          expect(error).toBeInstanceOf(RuleValidationError);
          expect((error as RuleValidationError).issues.length).toBeGreaterThan(0);
          tally.rejected += 1;
          return;
        }
        tally.accepted += 1;
        // The same ruleset on json-rules-engine itself: the compiled engine must decide byte for byte the same.
        const stock = createEvaluator({ ruleset: ruleset as never, engine: 'json-rules-engine' });
        for (let i = 0; i < PROFILES_EACH; i++) {
          const profile = profilePool[(first + i) % profilePool.length];
          const outcome = await evaluator.evaluate(profile).catch((error: unknown) => error);
          const reference = await stock.evaluate(profile).catch((error: unknown) => error);
          if (outcome instanceof ProfileValidationError) {
            expect(reference).toBeInstanceOf(ProfileValidationError);
            expect((reference as ProfileValidationError).issues).toEqual(outcome.issues);
            tally.profileErrors += 1;
            continue;
          }
          expect(JSON.stringify(outcome)).toBe(JSON.stringify(reference));
          tally.sameAsStock += 1;
          const checked = decisionSchema.safeParse(outcome);
          if (!checked.success)
            throw new Error(
              `not a Decision: ${outcome instanceof Error ? outcome.stack : JSON.stringify(checked.error.issues.slice(0, 3))}`,
            );
          tally.decisions += 1;
        }
      }),
      { ...fcOptions, numRuns: MUTANTS },
    );
    // Both outcomes are exercised in earnest: a quarter of the mutants at least is accepted and evaluated.
    expect(tally.accepted).toBeGreaterThan(MUTANTS / 4);
    expect(tally.rejected).toBeGreaterThan(MUTANTS / 4);
  }, 600_000);
});
