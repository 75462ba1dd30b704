import type { FiredRule } from '../engine/stage-engines';
import type { StageOutcome } from '../facts/context';
import { type Locale, formatMessage } from '../messages/format';
import { type Decision, SERVICE_CODES } from './schema';

type Params = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const fired = (rules: FiredRule[]) => rules.filter((r) => r.result);
const ofType = (rules: FiredRule[], type: string) => fired(rules).filter((r) => r.rule.event.type === type);

/** What the eligibility stage decided, as facts for the insurance stage. */
export function eligibilityOutcome(rules: FiredRule[]): Pick<StageOutcome, 'packages' | 'excludedPaymentKinds'> {
  const packages: StageOutcome['packages'] = { gobmp: 'none', osms: false, dms: false, vms: false };
  for (const { params } of ofType(rules, 'package')) {
    if (params.gobmp === 'full' || (params.gobmp === 'dangerous_diseases' && packages.gobmp === 'none')) packages.gobmp = params.gobmp;
    for (const key of ['osms', 'dms', 'vms'] as const) if (params[key] === true) packages[key] = true;
  }
  const excluded = ofType(rules, 'exclude-payment-kinds').flatMap(({ params }) => (Array.isArray(params.kinds) ? params.kinds.map(String) : []));
  return { packages, excludedPaymentKinds: [...new Set(excluded)].sort() };
}

const basisOf = (r: FiredRule) => str(r.params.basis) ?? r.rule.meta.id;

/** What the insurance stage decided, as facts for the consequences stage. */
export function insuranceOutcome(rules: FiredRule[], packages: StageOutcome['packages']): StageOutcome['insurance'] {
  const bases = [...new Set(ofType(rules, 'insurance-basis').map(basisOf))];
  const status = !packages.osms ? 'not_applicable' : bases.length > 0 ? 'insured' : 'not_insured';
  const stateInsured = status === 'insured' && ofType(rules, 'insurance-basis').some((r) => r.params.payer === 'state');
  return { status, bases: status === 'insured' ? bases : [], stateInsured };
}

/** The Decision, from every stage's rule results. */
export function assembleDecision(input: {
  asOf: string;
  locale: Locale;
  rulesetVersion: string;
  outcome: StageOutcome;
  rules: FiredRule[];
  trace: boolean;
}): Decision {
  const { outcome, rules, locale } = input;
  const insured = outcome.insurance.status === 'insured';
  const basisRules = insured ? ofType(rules, 'insurance-basis') : [];
  const ends = basisRules.map((r) => str(r.params.validThrough) ?? null);
  const validThrough = ends.length === 0 || ends.includes(null) ? null : ((ends as string[]).sort().at(-1) ?? null);
  const graces = basisRules
    .map((r) => r.params.grace as { lastPaidMonth: string; endsOn: string } | null | undefined)
    .filter((g): g is { lastPaidMonth: string; endsOn: string } => typeof g?.endsOn === 'string')
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
  const debtRule = ofType(rules, 'debt')[0];
  const contribution = ofType(rules, 'monthly-contribution')[0];
  const amount = (p: Params | undefined) => (typeof p?.amountKzt === 'number' ? p.amountKzt : null);

  return {
    asOf: input.asOf,
    locale,
    rulesetVersion: input.rulesetVersion,
    packages: outcome.packages,
    insurance: {
      status: outcome.insurance.status,
      bases: outcome.insurance.bases,
      validThrough,
      grace: graces.at(-1) ?? null,
      debt: debtRule ? { months: (debtRule.params.months as string[]) ?? [], amountKzt: amount(debtRule.params) } : null,
      monthlyContributionKzt: amount(contribution?.params),
    },
    services: Object.fromEntries(
      SERVICE_CODES.map((code) => [code, { covered: false, payer: null, reasons: ['services.not-yet-decided'], requires: [] }]),
    ) as unknown as Decision['services'],
    quotas: [],
    screenings: [],
    reasons: fired(rules).map((r) => {
      const code = str(r.params.reason) ?? r.rule.meta.id;
      const [source] = r.rule.meta.sources;
      return { code, ruleId: r.rule.meta.id, message: formatMessage(locale, code, r.params), source: { ...source } as { document: string; ref?: string } };
    }),
    nextSteps: [],
    ...(input.trace
      ? {
          trace: rules.map((r) => ({
            ruleId: r.rule.meta.id,
            stage: r.stage,
            result: r.result,
            conditions: JSON.parse(JSON.stringify(r.conditions)) as unknown,
          })),
        }
      : {}),
  };
}
