/**
 * The subjects of `npm run bench` (bundled by scripts/bench.mjs with esbuild; not part of the package):
 *   a. our full decision: `evaluator.evaluate(profile, { asOf, locale: 'ru' })`;
 *   b. the unmodified json-rules-engine (npm alias json-rules-engine-stock, default options)
 *      running only our eligibility and insured-status rule files on facts computed beforehand;
 *   c. the plain-TypeScript reference of those rules (test/reference/insured-status.ts).
 * Each runs in a process of its own (bench/run-subject.ts), so that none slows another down.
 */
import { Engine } from 'json-rules-engine-stock';
import { createEvaluator, loadRuleset, parametersOn, parseProfile } from '../src';
import { latestValue } from '../src/parameters/dated';
import { eligibilityOutcome } from '../src/decision/assemble';
import { substitute } from '../src/engine/compile';
import { CompiledEngine } from '../src/engine/compiled-engine';
import { OUR_OPERATORS } from '../src/language/operators';
import { substituteConditions } from '../src/engine/stock-engine';
import { Almanac } from '../src/facts/almanac';
import { emptyOutcome } from '../src/facts/stage-outcome';
import { FACTS } from '../src/facts/registry';
import type { Profile } from '../src/profile/schema';
import { EVENT_STAGE } from '../src/language/events';
import type { RuleFile } from '../src/ruleset/schema';
import { type ReferenceProfile, referenceStatus } from '../test/reference/insured-status';

type BenchProfile = Profile & { asOf: string };
/** A subject: prepared before the clock starts, then one call per profile (by index). */
export type Subject = (index: number) => unknown;

const ruleset = loadRuleset();
const parameters = ruleset.parameters;
// The parameters the status rules refer to have one value on every date evaluated: the rules are
// filled in once, from the parameters on the first of those dates.
const plainParameters = parametersOn(parameters, latestValue(parameters.evaluation.earliestAsOf) as string) as Record<string, unknown>;
/** The eligibility and insured-status rule files: the rules of the first two stages. */
export const statusRules = ruleset.rules.filter((r) => ['eligibility', 'insurance'].includes(EVENT_STAGE[r.event.type]));

function ours(profiles: BenchProfile[]): Subject {
  const evaluator = createEvaluator({ locale: 'ru' });
  return (i) => evaluator.evaluate(profiles[i] as BenchProfile, { asOf: (profiles[i] as BenchProfile).asOf, locale: 'ru' });
}

type FactRef = { fact: string; params?: Record<string, unknown> };
/** Every fact reference (name and params) in a rule's conditions. */
function factRefs(node: unknown, out: FactRef[] = []): FactRef[] {
  if (Array.isArray(node)) node.forEach((n) => factRefs(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.fact === 'string') out.push({ fact: o.fact, params: o.params as Record<string, unknown> | undefined });
    for (const v of Object.values(o)) factRefs(v, out);
  }
  return out;
}

/**
 * Stock json-rules-engine with our rules as they are after parameter substitution (plain JSON;
 * the engine's own default options and path resolver), one Engine per stage as we run them, and
 * for each profile every fact those rules read, computed beforehand.
 */
async function stock(profiles: BenchProfile[]): Promise<Subject> {
  const substituted = statusRules.map((r: RuleFile) => ({
    stage: EVENT_STAGE[r.event.type],
    rule: {
      name: r.meta.id,
      conditions: substituteConditions(r.conditions, plainParameters),
      event: substitute(r.event, plainParameters),
      ...(r.priority ? { priority: r.priority } : {}),
    },
  }));
  const engineFor = (stage: string) => {
    const engine = new Engine(substituted.filter((s) => s.stage === stage).map((s) => s.rule) as never);
    // Our operators that stock json-rules-engine lacks; its own versions of the others.
    for (const [name, operator] of Object.entries(OUR_OPERATORS))
      if (
        ![
          'equal',
          'notEqual',
          'in',
          'notIn',
          'contains',
          'doesNotContain',
          'lessThan',
          'lessThanInclusive',
          'greaterThan',
          'greaterThanInclusive',
        ].includes(name)
      )
        engine.addOperator(name, operator);
    return engine;
  };
  const engines = { eligibility: engineFor('eligibility'), insurance: engineFor('insurance') };
  const refs = new Map<string, FactRef>();
  for (const s of substituted)
    for (const ref of factRefs(s.rule.conditions)) refs.set(`${ref.fact}:${JSON.stringify(ref.params ?? {})}`, ref);
  // Facts computed before the clock starts: the same values our engine would read.
  const ourEngine = new CompiledEngine(ruleset);
  const facts = profiles.map((profile) => {
    const parsed = parseProfile(profile);
    const outcome = emptyOutcome();
    const ctx = new Almanac(parsed, profile.asOf, parameters, outcome);
    Object.assign(outcome, eligibilityOutcome(ourEngine.run('eligibility', ctx)));
    const values = new Map<string, unknown>();
    for (const [key, ref] of refs) values.set(key, FACTS[ref.fact]?.value(ctx, ref.params ?? {}));
    const out: Record<string, unknown> = {};
    for (const name of new Set([...refs.values()].map((r) => r.fact)))
      out[name] = (params: unknown) => values.get(`${name}:${JSON.stringify(params ?? {})}`);
    return out;
  });
  return async (i) => {
    await engines.eligibility.run(facts[i] as never);
    return engines.insurance.run(facts[i] as never);
  };
}

function reference(profiles: BenchProfile[]): Subject {
  return (i) => referenceStatus(profiles[i] as ReferenceProfile, (profiles[i] as BenchProfile).asOf, parameters);
}

export const SUBJECTS = {
  a: { label: 'a. our full decision', build: ours },
  b: { label: 'b. stock json-rules-engine, status rules', build: stock },
  c: { label: 'c. plain TypeScript reference', build: reference },
} as const;
