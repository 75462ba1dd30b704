import type { FiredRule } from '../engine/fired-rule';
import { Almanac } from '../facts/almanac';
import { type StageOutcome, emptyOutcome } from '../facts/stage-outcome';
import type { Locale } from '../messages/format';
import type { Profile } from '../profile/schema';
import type { Stage } from '../language/stages';
import type { DatedParameters } from '../parameters/parameters';
import { assembleDecision, decideServices, eligibilityOutcome, eligibleScreenings, graceOf, insuranceOutcome } from './assemble';
import type { Decision } from './schema';

export interface DecisionSetup {
  parameters: DatedParameters;
  rulesetVersion: string;
}

/**
 * The six stages for one valid profile on `asOf`: each stage's results become facts of the
 * next, then the Decision is assembled. A generator, so that one flow serves the compiled engine
 * (synchronous) and json-rules-engine (asynchronous): it yields each stage to run and is given
 * that stage's results.
 */
function* stages(
  setup: DecisionSetup,
  profile: Profile,
  asOf: string,
  locale: Locale,
  trace: boolean,
): Generator<{ stage: Stage; facts: Almanac }, Decision, FiredRule[]> {
  const { parameters } = setup;
  const outcome: StageOutcome = emptyOutcome();
  // One context for every stage: it reads `outcome` as each stage fills it in.
  const facts = new Almanac(profile, asOf, parameters, outcome);
  const rules: FiredRule[] = [];
  const run = function* (stage: Stage): Generator<{ stage: Stage; facts: Almanac }, FiredRule[], FiredRule[]> {
    const results = yield { stage, facts };
    rules.push(...results);
    return results;
  };
  Object.assign(outcome, eligibilityOutcome(yield* run('eligibility')));
  const insurance = yield* run('insurance');
  outcome.insurance = insuranceOutcome(insurance, outcome.packages);
  outcome.grace = outcome.insurance.status === 'insured' ? graceOf(insurance) : null;
  outcome.eligibleScreenings = eligibleScreenings(yield* run('consequences'));
  outcome.services = decideServices(yield* run('coverage'), 'service', facts.parameters);
  yield* run('derived');
  outcome.services = decideServices(
    rules.filter((r) => r.stage === 'coverage' || r.stage === 'derived'),
    'derived-service',
    facts.parameters,
  );
  yield* run('guidance');
  return assembleDecision({
    asOf,
    locale,
    rulesetVersion: setup.rulesetVersion,
    outcome,
    rules,
    trace,
    bibliography: facts.parameters.bibliography,
  });
}

/** The decision with a synchronous engine (the compiled one). */
export function decideSync(
  engine: { run(stage: Stage, facts: Almanac): FiredRule[] },
  setup: DecisionSetup,
  profile: Profile,
  asOf: string,
  locale: Locale,
): Decision {
  const flow = stages(setup, profile, asOf, locale, false);
  let step = flow.next();
  while (!step.done) step = flow.next(engine.run(step.value.stage, step.value.facts));
  return step.value;
}

/** The decision with an asynchronous engine (json-rules-engine); the caller keeps its runs from overlapping. */
export async function decideAsync(
  engine: { run(stage: Stage, facts: Almanac): Promise<FiredRule[]> },
  setup: DecisionSetup,
  profile: Profile,
  asOf: string,
  locale: Locale,
  trace: boolean,
): Promise<Decision> {
  const flow = stages(setup, profile, asOf, locale, trace);
  let step = flow.next();
  while (!step.done) step = flow.next(await engine.run(step.value.stage, step.value.facts));
  return step.value;
}
