import type { FiredRule } from '../engine/fired-rule';
import { Almanac } from '../facts/almanac';
import { type StageOutcome, emptyOutcome } from '../facts/stage-outcome';
import type { Locale } from '../messages/format';
import type { Profile } from '../profile/schema';
import { STAGE_ORDER, type Stage } from '../language/stages';
import type { DatedParameters } from '../parameters/parameters';
import { assembleDecision, decideServices, eligibilityOutcome, eligibleScreenings, graceOf, insuranceOutcome } from './assemble';
import type { Decision } from './schema';

export interface DecisionSetup {
  parameters: DatedParameters;
  rulesetVersion: string;
}

/**
 * What each stage's results decide for the stages after it, in stage order: each stage's results
 * become facts of the next (through `outcome`), then the Decision is assembled. One table serves
 * the compiled engine (synchronous) and json-rules-engine (asynchronous).
 */
const AFTER_STAGE: Record<Stage, (outcome: StageOutcome, results: FiredRule[], rules: FiredRule[], parameters: DatedParameters) => void> = {
  eligibility: (outcome, results) => Object.assign(outcome, eligibilityOutcome(results)),
  insurance: (outcome, results) => {
    outcome.insurance = insuranceOutcome(results, outcome.packages);
    outcome.grace = outcome.insurance.status === 'insured' ? graceOf(results) : null;
  },
  consequences: (outcome, results) => {
    outcome.eligibleScreenings = eligibleScreenings(results);
  },
  coverage: (outcome, results, _rules, parameters) => {
    outcome.services = decideServices(results, 'service', parameters);
  },
  derived: (outcome, _results, rules, parameters) => {
    outcome.services = decideServices(
      rules.filter((r) => r.stage === 'coverage' || r.stage === 'derived'),
      'derived-service',
      parameters,
    );
  },
  guidance: () => {},
};

/**
 * One decision in progress: the context every stage reads (it reads `outcome` as each stage
 * fills it in) and the results so far. A plain object and plain loops, not a generator: with the
 * flow as a generator, about 4 MB of each decision's young objects survived every scavenge (V8
 * then copied and promoted them: a fifth of a decision's time went to the garbage collector);
 * without it, about 0.1 MB does.
 */
class DecisionRun {
  readonly outcome: StageOutcome = emptyOutcome();
  readonly facts: Almanac;
  readonly rules: FiredRule[] = [];

  constructor(
    private readonly setup: DecisionSetup,
    profile: Profile,
    private readonly asOf: string,
    private readonly locale: Locale,
    private readonly trace: boolean,
  ) {
    this.facts = new Almanac(profile, asOf, setup.parameters, this.outcome);
  }

  /** Takes one stage's results. */
  give(stage: Stage, results: FiredRule[]): void {
    for (const r of results) this.rules.push(r);
    AFTER_STAGE[stage](this.outcome, results, this.rules, this.facts.parameters);
  }

  decision(): Decision {
    return assembleDecision({
      asOf: this.asOf,
      locale: this.locale,
      rulesetVersion: this.setup.rulesetVersion,
      outcome: this.outcome,
      rules: this.rules,
      trace: this.trace,
      bibliography: this.facts.parameters.bibliography,
    });
  }
}

/** The decision with a synchronous engine (the compiled one). */
export function decideSync(
  engine: { run(stage: Stage, facts: Almanac): FiredRule[] },
  setup: DecisionSetup,
  profile: Profile,
  asOf: string,
  locale: Locale,
): Decision {
  const run = new DecisionRun(setup, profile, asOf, locale, false);
  for (const stage of STAGE_ORDER) run.give(stage, engine.run(stage, run.facts));
  return run.decision();
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
  const run = new DecisionRun(setup, profile, asOf, locale, trace);
  for (const stage of STAGE_ORDER) run.give(stage, await engine.run(stage, run.facts));
  return run.decision();
}
