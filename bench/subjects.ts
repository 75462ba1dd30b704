/**
 * The subjects of `npm run bench` (bundled by scripts/bench.mjs with esbuild; not part of the package):
 *   a. our full decision: `evaluator.evaluate(profile, { asOf, locale: 'ru' })`;
 *   b. the unmodified json-rules-engine (npm alias json-rules-engine-stock, default options)
 *      running only our eligibility and insured-status rule files on facts computed beforehand;
 *   c. the plain-TypeScript reference of those rules (test/reference/insured-status.ts).
 */
import { Engine } from 'json-rules-engine-stock';
import { createEvaluator, loadRuleset, parseProfile } from '../src';
import { eligibilityOutcome } from '../src/decision/assemble';
import { OUR_OPERATORS } from '../src/engine/operators';
import { StageEngines, substitute, substituteConditions } from '../src/engine/stage-engines';
import { FactContext, emptyOutcome } from '../src/facts/context';
import { FACTS } from '../src/facts/registry';
import type { Profile } from '../src/profile/schema';
import { EVENT_STAGE } from '../src/ruleset/catalogue';
import type { RuleFile } from '../src/ruleset/schema';
import { type ReferenceProfile, referenceStatus } from '../test/reference/insured-status';

const ruleset = loadRuleset();
const parameters = ruleset.parameters;
/** The eligibility and insured-status rule files: the rules of the first two stages. */
export const statusRules = ruleset.rules.filter((r) => ['eligibility', 'insurance'].includes(EVENT_STAGE[r.event.type]));

export function ours() {
  const evaluator = createEvaluator({ locale: 'ru' });
  return (profile: Profile & { asOf: string }) => evaluator.evaluate(profile, { asOf: profile.asOf, locale: 'ru' });
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
export function stock(profiles: (Profile & { asOf: string })[]) {
  const substituted = statusRules.map((r: RuleFile) => ({
    stage: EVENT_STAGE[r.event.type],
    rule: {
      name: r.meta.id,
      conditions: substituteConditions(r.conditions, parameters as Record<string, unknown>),
      event: substitute(r.event, parameters as Record<string, unknown>),
      ...(r.priority ? { priority: r.priority } : {}),
    },
  }));
  const engineFor = (stage: string) => {
    const engine = new Engine(substituted.filter((s) => s.stage === stage).map((s) => s.rule) as never);
    for (const [name, operator] of Object.entries(OUR_OPERATORS)) if (!['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'].includes(name)) engine.addOperator(name, operator);
    return engine;
  };
  const engines = { eligibility: engineFor('eligibility'), insurance: engineFor('insurance') };
  const refs = new Map<string, FactRef>();
  for (const s of substituted) for (const ref of factRefs(s.rule.conditions)) refs.set(`${ref.fact}:${JSON.stringify(ref.params ?? {})}`, ref);
  // Facts computed before the clock starts: the same values our engines would read.
  const ourEngines = new StageEngines(ruleset);
  const prepared = profiles.map(async (profile) => {
    const parsed = parseProfile(profile);
    const outcome = emptyOutcome();
    const ctx = new FactContext(parsed, profile.asOf, parameters, outcome);
    Object.assign(outcome, eligibilityOutcome(await ourEngines.run('eligibility', ctx)));
    const values = new Map<string, unknown>();
    for (const [key, ref] of refs) values.set(key, FACTS[ref.fact]?.value(ctx, ref.params ?? {}));
    const facts: Record<string, unknown> = {};
    for (const name of new Set([...refs.values()].map((r) => r.fact))) facts[name] = (params: unknown) => values.get(`${name}:${JSON.stringify(params ?? {})}`);
    return facts;
  });
  return Promise.all(prepared).then((facts) => async (index: number) => {
    await engines.eligibility.run(facts[index] as never);
    return engines.insurance.run(facts[index] as never);
  });
}

export function reference() {
  return (profile: Profile & { asOf: string }) => referenceStatus(profile as ReferenceProfile, profile.asOf, parameters);
}
