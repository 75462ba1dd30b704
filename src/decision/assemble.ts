import type { FiredRule } from '../engine/fired-rule';
import type { StageOutcome } from '../facts/stage-outcome';
import { type Locale, formatMessage, sourceTitle } from '../messages/format';
import type { Decision } from './schema';
import { PAYERS, SCREENING_PROGRAMS, SERVICE_CODES, quotaServices } from '../language/codes';
import { EVENT_TYPES, type EventType } from '../language/events';
import { combine, foldOf, ranker } from './fold';
import { DATE_PATTERN, MONTH_PATTERN } from '../calendar/dates';

type Params = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
// Values read from facts are checked once more as the decision takes them: a rule author's
// fact reference of another type is left out, never passed on (the Decision keeps its shape).
const dateOf = (v: unknown) => (typeof v === 'string' && DATE_PATTERN.test(v) ? v : undefined);
const monthsOf = (v: unknown) => (Array.isArray(v) ? v.filter((m): m is string => typeof m === 'string' && MONTH_PATTERN.test(m)) : []);
const amountOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
const QUOTA_SERVICES = new Set<unknown>(quotaServices);
const count = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** A quota entry of the Decision's shape (the quotaUsage fact gives only these; a rule author's other fact is left out). */
function isQuota(q: unknown): q is Decision['quotas'][number] {
  if (typeof q !== 'object' || q === null) return false;
  const { service, limit, per, used, remaining, nextAvailableOn, ...rest } = q as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    QUOTA_SERVICES.has(service) &&
    count(limit) &&
    limit > 0 &&
    (per === 'calendar_year' || per === 'six_months') &&
    count(used) &&
    count(remaining) &&
    (nextAvailableOn === null || dateOf(nextAvailableOn) !== undefined)
  );
}
/** The fired rules by event type, in rule order: one pass over a stage's results. */
type Fired = ReadonlyMap<string, FiredRule[]>;
function firedByType(rules: readonly FiredRule[]): Fired {
  const groups = new Map<string, FiredRule[]>();
  for (const r of rules) {
    if (!r.result) continue;
    const list = groups.get(r.rule.event.type);
    if (list) list.push(r);
    else groups.set(r.rule.event.type, [r]);
  }
  return groups;
}
const ofType = (groups: Fired, type: EventType): FiredRule[] => groups.get(type) ?? [];
/** The values of `param` of the fired rules of `type` folded as src/language/events.ts declares. */
const folded = (groups: Fired, type: EventType, param: string, value: (r: FiredRule) => unknown = (r) => r.params[param]) =>
  combine(foldOf(type, param), ofType(groups, type).map(value));

/** What the eligibility stage decided, as facts for the insurance stage. */
export function eligibilityOutcome(rules: FiredRule[]): Pick<StageOutcome, 'packages' | 'excludedPaymentKinds'> {
  const groups = firedByType(rules);
  const packages: StageOutcome['packages'] = {
    gobmp: folded(groups, 'package', 'gobmp') as StageOutcome['packages']['gobmp'],
    osms: folded(groups, 'package', 'osms') as boolean,
    dms: folded(groups, 'package', 'dms') as boolean,
    vms: folded(groups, 'package', 'vms') as boolean,
  };
  const kinds = ofType(groups, 'exclude-payment-kinds').flatMap(({ params }) =>
    Array.isArray(params.kinds) ? params.kinds.map(String) : [],
  );
  return { packages, excludedPaymentKinds: combine(foldOf('exclude-payment-kinds', 'kinds'), kinds) as string[] };
}

const basisOf = (r: FiredRule) => str(r.params.basis) ?? r.rule.meta.id;

/** The grace reported when a grace basis holds (the latest end when several do). */
export function graceOf(rules: FiredRule[]): StageOutcome['grace'] {
  const graces = ofType(firedByType(rules), 'insurance-basis')
    .map((r) => r.params.grace as StageOutcome['grace'] | undefined)
    .filter(
      (g): g is NonNullable<StageOutcome['grace']> =>
        typeof g === 'object' && g !== null && dateOf(g.endsOn) !== undefined && monthsOf([g.lastPaidMonth]).length === 1,
    )
    .map((g) => ({ lastPaidMonth: g.lastPaidMonth, endsOn: g.endsOn }));
  return combine(foldOf('insurance-basis', 'grace'), graces) as StageOutcome['grace'];
}

/** What the insurance stage decided, as facts for the consequences stage. */
export function insuranceOutcome(rules: FiredRule[], packages: StageOutcome['packages']): StageOutcome['insurance'] {
  const groups = firedByType(rules);
  const bases = folded(groups, 'insurance-basis', 'basis', basisOf) as string[];
  const status = !packages.osms ? 'not_applicable' : bases.length > 0 ? 'insured' : 'not_insured';
  const stateInsured = status === 'insured' && (folded(groups, 'insurance-basis', 'payer') as boolean);
  return { status, bases: status === 'insured' ? bases : [], stateInsured };
}

const listOf = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
/** The services a rule names (written out in its event; read once per rule file). */
const servicesByRule = new WeakMap<object, string[]>();
function servicesOf(r: FiredRule): string[] {
  let services = servicesByRule.get(r.rule);
  if (services === undefined) {
    services = listOf(r.rule.event.params?.services);
    servicesByRule.set(r.rule, services);
  }
  return services;
}

/** Programs the person is eligible for (their screening rule fired). */
export function eligibleScreenings(rules: FiredRule[]): string[] {
  return (folded(firedByType(rules), 'screening', 'program') as unknown[]).map(String);
}

type ServiceDecision = Decision['services'][keyof Decision['services']];

/**
 * Each service's decision from the service rules: the covering rule whose ground comes
 * first in the payer precedence wins (ties: rule order) and gives payer and requirements;
 * without one, the names of the conditions that failed say why not.
 */
export function decideServices(
  rules: FiredRule[],
  type: 'service' | 'derived-service',
  parameters: unknown,
): Record<string, ServiceDecision> {
  const rankOf = ranker(foldOf(type, 'payer'), parameters);
  // Each rule filed under the services it names, in one pass: the covering ones with their rank
  // (the ground's place in the precedence), the failed ones that say why not.
  const covering = new Map<string, { rule: FiredRule; rank: number }[]>();
  const failing = new Map<string, FiredRule[]>();
  for (const r of rules) {
    const covers = r.result && typeof r.params.payer === 'string' && (PAYERS as readonly string[]).includes(r.params.payer);
    if (!covers && (r.result || r.failed.length === 0)) continue;
    const rank = covers ? rankOf(r.params.ground === 'regardless' ? 'regardless' : r.params.payer) : 0;
    for (const code of servicesOf(r)) {
      if (covers) {
        const list = covering.get(code);
        if (list) list.push({ rule: r, rank });
        else covering.set(code, [{ rule: r, rank }]);
      } else {
        const list = failing.get(code);
        if (list) list.push(r);
        else failing.set(code, [r]);
      }
    }
  }
  const decisions: Record<string, ServiceDecision> = {};
  for (const code of SERVICE_CODES) {
    const mine = covering.get(code);
    if (mine !== undefined) {
      // The ground first in the precedence wins; between equals, the earlier rule.
      mine.sort((a, b) => a.rank - b.rank || a.rule.index - b.rule.index);
      const best = (mine[0] as (typeof mine)[number]).rule;
      const reasons = combine(
        foldOf(type, 'reason'),
        mine.map(({ rule }) => str(rule.params.reason) ?? rule.rule.meta.id),
      ) as string[];
      decisions[code] = {
        covered: true,
        payer: best.params.payer as ServiceDecision['payer'],
        reasons,
        requires: listOf(best.params.requires),
      };
    } else {
      const why = new Set<string>();
      for (const rule of failing.get(code) ?? []) for (const name of rule.failed) why.add(name);
      decisions[code] = { covered: false, payer: null, reasons: why.size > 0 ? [...why] : ['not_covered'], requires: [] };
    }
  }
  return decisions;
}

const stepRank = ranker(foldOf('next-step', 'order'), undefined);

/** The Decision, from every stage's rule results. */
export function assembleDecision(input: {
  asOf: string;
  locale: Locale;
  rulesetVersion: string;
  outcome: StageOutcome;
  rules: FiredRule[];
  trace: boolean;
  /** parameters.bibliography: the document ids a rule may cite, a ruleset's own with its titles. */
  bibliography: Record<string, Partial<Record<Locale, string>>>;
}): Decision {
  const { outcome, rules, locale } = input;
  const insured = outcome.insurance.status === 'insured';
  const groups = firedByType(rules);
  const basisRules = insured ? ofType(groups, 'insurance-basis') : [];
  // The latest end of the bases that hold; a basis without an end (a state category) has none.
  const validThrough = combine(
    foldOf('insurance-basis', 'validThrough'),
    basisRules.map((r) => dateOf(r.params.validThrough) ?? null),
  ) as string | null;
  const debtRule = folded(groups, 'debt', '*', (r) => r) as FiredRule | undefined;
  const contribution = folded(groups, 'monthly-contribution', '*', (r) => r) as FiredRule | undefined;
  // Every screening rule by its programme, fired or not: the failed ones say why not.
  const screeningRules = new Map<unknown, FiredRule[]>();
  for (const r of rules) {
    if (r.rule.event.type !== 'screening') continue;
    const program = r.rule.event.params?.program;
    const list = screeningRules.get(program);
    if (list) list.push(r);
    else screeningRules.set(program, [r]);
  }
  const amount = (p: Params | undefined) => amountOf(p?.amountKzt);

  return {
    asOf: input.asOf,
    locale,
    rulesetVersion: input.rulesetVersion,
    packages: outcome.packages,
    insurance: {
      status: outcome.insurance.status,
      bases: outcome.insurance.bases,
      validThrough,
      grace: outcome.grace,
      debt: debtRule
        ? {
            months: monthsOf(debtRule.params.months).slice(0, 120),
            employerMonths: monthsOf(debtRule.params.employerMonths).slice(0, 120),
            amountKzt: amount(debtRule.params),
          }
        : null,
      monthlyContributionKzt: amount(contribution?.params),
    },
    services: outcome.services as Decision['services'],
    quotas: (folded(groups, 'quotas', 'quotas') as unknown[]).flatMap((quotas) =>
      Array.isArray(quotas) ? quotas.filter(isQuota).map((q) => ({ ...q })) : [],
    ),
    screenings: SCREENING_PROGRAMS.map((program) => {
      const mine = screeningRules.get(program) ?? [];
      const fired = mine.filter((r) => r.result);
      if (fired.length > 0) return { program, eligible: true, reasons: fired.map((r) => r.rule.meta.id) };
      const why = [...new Set(mine.flatMap((r) => r.failed))];
      return { program, eligible: false, reasons: why.length > 0 ? why : ['not_eligible'] };
    }),
    reasons: rules
      .filter((r) => r.result && EVENT_TYPES[r.rule.event.type].givesReason)
      .map((r) => {
        const code = str(r.params.reason) ?? r.rule.meta.id;
        const [source] = r.rule.meta.sources;
        const message = formatMessage(locale, str(r.params.messageKey) ?? code, r.params);
        const { document, ref } = source as { document: string; ref?: string };
        // The title in the decision's locale: the ruleset's own, else the shipped bibliography's
        // (src/messages/sources/); a document the bibliography lacks is shown by its id.
        const title = Object.hasOwn(input.bibliography, document)
          ? ((input.bibliography[document] as Partial<Record<Locale, string>>)[locale] ?? sourceTitle(locale, document) ?? document)
          : document;
        return { code, ruleId: r.rule.meta.id, message, source: { document, title, ...(ref === undefined ? {} : { ref }) } };
      }),
    nextSteps: [...ofType(groups, 'next-step')]
      .sort((a, b) => stepRank(a.params.order) - stepRank(b.params.order) || a.index - b.index)
      .map((r) => {
        const code = String(r.params.step);
        const step: Decision['nextSteps'][number] = {
          code,
          message: formatMessage(locale, str(r.params.messageKey) ?? `nextSteps.${code}`, r.params),
        };
        const stepAmount = amountOf(r.params.amountKzt);
        if (stepAmount !== null && stepAmount > 0) step.amountKzt = stepAmount;
        const deadline = dateOf(r.params.deadline);
        if (deadline !== undefined) step.deadline = deadline;
        const links = listOf(r.params.links);
        if (links.length > 0) step.links = links;
        return step;
      }),
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
