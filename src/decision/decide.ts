import type { FiredRule, StageEngines } from '../engine/stage-engines';
import { FactContext, type StageOutcome, emptyOutcome } from '../facts/context';
import type { Locale } from '../messages/format';
import type { Profile } from '../profile/schema';
import type { Stage } from '../ruleset/catalogue';
import type { Parameters } from '../ruleset/parameters';
import { assembleDecision, decideServices, eligibilityOutcome, eligibleScreenings, graceOf, insuranceOutcome } from './assemble';
import type { Decision } from './schema';

/**
 * The six stages for one valid profile on `asOf`: each stage's results become facts of the
 * next, then the Decision is assembled. The caller has validated the input and keeps runs on
 * the same engines from overlapping (RunQueue).
 */
export async function decide(
  setup: { engines: StageEngines; parameters: Parameters; rulesetVersion: string },
  profile: Profile,
  asOf: string,
  locale: Locale,
  trace: boolean,
): Promise<Decision> {
  const { engines, parameters } = setup;
  const outcome: StageOutcome = emptyOutcome();
  // One context for every stage: it reads `outcome` as each stage fills it in.
  const ctx = new FactContext(profile, asOf, parameters, outcome);
  const rules: FiredRule[] = [];
  const run = async (stage: Stage) => {
    const results = await engines.run(stage, ctx);
    rules.push(...results);
    return results;
  };
  Object.assign(outcome, eligibilityOutcome(await run('eligibility')));
  const insurance = await run('insurance');
  outcome.insurance = insuranceOutcome(insurance, outcome.packages);
  outcome.grace = outcome.insurance.status === 'insured' ? graceOf(insurance) : null;
  outcome.eligibleScreenings = eligibleScreenings(await run('consequences'));
  outcome.services = decideServices(await run('coverage'), parameters.coverage.payerPrecedence, asOf);
  await run('derived');
  outcome.services = decideServices(rules.filter((r) => r.stage === 'coverage' || r.stage === 'derived'), parameters.coverage.payerPrecedence, asOf);
  await run('guidance');
  return assembleDecision({ asOf, locale, rulesetVersion: setup.rulesetVersion, outcome, rules, trace, bibliography: parameters.bibliography });
}
