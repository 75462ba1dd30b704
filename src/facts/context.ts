import type { Profile, StateCategory } from '../profile/schema';
import type { Parameters } from '../ruleset/parameters';
import { safePathResolver } from '../ruleset/path';
import { type CoverageFilter, Ledger, coveredThrough, graceAnchor, holdsThrough, minimumMonthlyKzt, runEndingAt } from './ledger';
import { firstDayOfMonth, fullMonths, fullYears, lastDayOfMonth, latestEnd, monthIndex, monthString, shiftDays, shiftMonths } from './months';
import { workingDaysAfter } from './working-days';

/** What earlier stages decided, handed to later stages as facts. */
export interface StageOutcome {
  packages: { gobmp: 'full' | 'dangerous_diseases' | 'none'; osms: boolean; dms: boolean; vms: boolean };
  excludedPaymentKinds: string[];
  insurance: { status: 'insured' | 'not_insured' | 'not_applicable'; bases: string[]; stateInsured: boolean };
  eligibleScreenings: string[];
  services: Record<string, { covered: boolean; payer: string | null; reasons: string[]; requires: string[] }>;
  grace: { lastPaidMonth: string; endsOn: string } | null;
}

/** Whether an ICD-10 code falls in a range: 3-character categories, or full codes when the range has a dot. */
export function inIcdRange(code: string, range: { from: string; to: string }): boolean {
  const key = range.from.includes('.') ? code : code.slice(0, 3);
  return range.from <= key && key <= range.to;
}

/**
 * The computed facts of one evaluation: small pure functions of the profile, `asOf`
 * and `ruleset.parameters`. Rules decide; these only count months and days.
 */
export class FactContext {
  readonly current: number;
  private ledgerCache: Ledger | undefined;

  constructor(
    readonly profile: Profile,
    readonly asOf: string,
    readonly parameters: Parameters,
    readonly outcome: StageOutcome,
  ) {
    this.current = monthIndex(asOf);
  }

  private get ledger(): Ledger {
    this.ledgerCache ??= new Ledger(this.profile.payments ?? [], this.asOf, this.parameters, this.profile.settlement, this.outcome.excludedPaymentKinds);
    return this.ledgerCache;
  }

  age(): number {
    return fullYears(this.profile.person.birthDate, this.asOf);
  }

  private childUntil(): string {
    return shiftMonths(this.profile.person.birthDate, 12 * this.parameters.stateCategories.childUnderAge);
  }

  /** Category records active on `asOf`, plus the categories the profile shows by itself (child, full-time student, disability). */
  activeCategories(): StateCategory[] {
    const active = new Set<StateCategory>();
    for (const r of this.profile.stateCategories ?? []) if (r.since <= this.asOf && (r.until === undefined || this.asOf <= r.until)) active.add(r.category);
    if (this.age() < this.parameters.stateCategories.childUnderAge) active.add('child');
    if (this.profile.education?.fullTime) active.add('full_time_student');
    if (this.profile.disability) active.add('disabled');
    return [...active].sort();
  }

  private activeRecords(category: string) {
    return (this.profile.stateCategories ?? []).filter((r) => r.category === category && r.since <= this.asOf && (r.until === undefined || this.asOf <= r.until));
  }

  /** The last day the category lasts (a child: the day before the birthday that ends childhood); `null` when open-ended. */
  categoryValidThrough(params: { category?: string; maxMonths?: number }): string | null {
    if (params.category === 'child') return shiftDays(this.childUntil(), -1);
    const ends = this.activeRecords(params.category ?? '').map((r) => {
      const cap = params.maxMonths === undefined ? undefined : shiftDays(shiftMonths(r.since, params.maxMonths), -1);
      if (r.until === undefined) return cap ?? null;
      return cap !== undefined && cap < r.until ? cap : r.until;
    });
    // An open-ended record keeps the category open.
    return latestEnd(ends);
  }

  /** Full months since the latest active record of the category began; `null` when none is active. */
  categoryMonthsElapsed(params: { category?: string }): number | null {
    const since = this.activeRecords(params.category ?? '').map((r) => r.since).sort().at(-1);
    return since === undefined ? null : fullMonths(since, this.asOf);
  }

  activeEmploymentKinds(): string[] {
    const kinds = (this.profile.employment ?? []).filter((e) => (e.since ?? '') <= this.asOf && (e.until === undefined || this.asOf <= e.until)).map((e) => e.kind);
    return [...new Set(kinds)].sort();
  }

  paymentKindsPresent(): string[] {
    return [...new Set((this.profile.payments ?? []).filter((p) => p.paidOn <= this.asOf).map((p) => p.kind))].sort();
  }

  activePolicies(): string[] {
    const types = (this.profile.insurance ?? []).filter((p) => p.validFrom <= this.asOf && this.asOf <= p.validTo).map((p) => p.type);
    return [...new Set(types)].sort();
  }

  private activeConditionRecords() {
    return (this.profile.conditions ?? []).filter((c) => c.since === undefined || c.since <= this.asOf);
  }

  /** Our code for a profile condition: itself, or the disease whose ICD-10 range holds it (the library's mapping). */
  private codesOf(code: string): string[] {
    const mapped = this.parameters.icd10.filter((d) => d.ranges.some((r) => inIcdRange(code, r))).map((d) => d.code);
    return [code, ...mapped];
  }

  /** Codes of the conditions the person has on asOf (ICD-10 codes also as the listed disease they map to). */
  conditionCodes(): string[] {
    return [...new Set(this.activeConditionRecords().flatMap((c) => this.codesOf(c.code)))].sort();
  }

  /** Codes of the conditions under dynamic observation on asOf, leaving out `except`. */
  observedConditions(params: { except?: string[] }): string[] {
    const codes = this.activeConditionRecords()
      .filter((c) => c.underObservation === true)
      .flatMap((c) => this.codesOf(c.code));
    return [...new Set(codes)].filter((c) => !(params.except ?? []).includes(c)).sort();
  }

  /** Pregnant on asOf: registered by then, in labour, with a life threat, or an active pregnant_nonworking category. */
  pregnant(): boolean {
    const p = this.profile.pregnancy;
    const registered = p?.registeredOn !== undefined && p.registeredOn <= this.asOf;
    return registered || p?.inLabour === true || p?.lifeThreat === true || this.activeRecords('pregnant_nonworking').length > 0;
  }

  /** Hepatitis B/C risk groups: those the profile states, plus pregnant and hiv from their own fields. */
  riskGroups(): string[] {
    const groups = new Set<string>(this.profile.riskGroups ?? []);
    if (this.pregnant()) groups.add('pregnant');
    if (this.conditionCodes().includes('hiv')) groups.add('hiv');
    return [...groups].sort();
  }

  /** The requirements among `requirements` that the profile does not show as met (parameters.coverage.requirementSatisfiedBy). */
  unmetRequirements(params: { requirements?: string[] }): string[] {
    const satisfiedBy = this.parameters.coverage.requirementSatisfiedBy;
    return (params.requirements ?? []).filter((r) => {
      const path = satisfiedBy[r];
      return path === undefined || safePathResolver(this.profile, path) !== true;
    });
  }

  /** The voluntary policy (dms before vms) valid on asOf whose cover includes `service` (without `covers`: parameters.coverage.voluntaryPolicyDefaultCovers). */
  voluntaryPayer(params: { service?: string }): 'dms' | 'vms' | null {
    const valid = (this.profile.insurance ?? []).filter(
      (p) => p.validFrom <= this.asOf && this.asOf <= p.validTo && ((p.covers as string[] | undefined) ?? this.parameters.coverage.voluntaryPolicyDefaultCovers).includes(params.service ?? ''),
    );
    return valid.some((p) => p.type === 'dms') ? 'dms' : valid.some((p) => p.type === 'vms') ? 'vms' : null;
  }

  /** Whether the profile holds a value at `path` (own properties only). */
  profileHas(params: { path?: string }): boolean {
    return params.path !== undefined && safePathResolver(this.profile, params.path) !== undefined;
  }

  /**
   * Use of each service of the quota table (parameters.quotas) from serviceUsage: uses on
   * or before asOf in the calendar year of asOf, or — per six months — uses whose date + 6
   * months is after asOf. nextAvailableOn: null while remaining > 0; else 1 January of the
   * next year, or 6 months after the use that frees a place first.
   */
  quotaUsage(): { service: string; limit: number; per: 'calendar_year' | 'six_months'; used: number; remaining: number; nextAvailableOn: string | null }[] {
    const year = this.asOf.slice(0, 4);
    return this.parameters.quotas.map(({ service, limit, per }) => {
      const uses = (this.profile.serviceUsage ?? [])
        .filter((u) => u.service === service && u.date <= this.asOf)
        .filter((u) => (per === 'calendar_year' ? u.date.startsWith(year) : shiftMonths(u.date, 6) > this.asOf))
        .map((u) => u.date)
        .sort();
      const remaining = Math.max(0, limit - uses.length);
      let nextAvailableOn: string | null = null;
      if (remaining === 0) nextAvailableOn = per === 'calendar_year' ? `${Number(year) + 1}-01-01` : shiftMonths(uses[uses.length - limit] as string, 6);
      return { service, limit, per, used: uses.length, remaining, nextAvailableOn };
    });
  }

  /** Remaining uses of the quota service named at `path` (e.g. visit.specialist); null when the profile names none. */
  quotaRemaining(params: { path?: string }): number | null {
    const service = params.path === undefined ? undefined : safePathResolver(this.profile, params.path);
    return this.quotaUsage().find((q) => q.service === service)?.remaining ?? null;
  }

  /** Family members not attached to a PHC organisation: children under nextSteps.adultAge, or everyone else. */
  familyToAttach(params: { children?: boolean }): number {
    return (this.profile.family ?? []).filter((m) => {
      const child = m.relation === 'child' && fullYears(m.birthDate, this.asOf) < this.parameters.nextSteps.adultAge;
      return m.attached !== true && child === (params.children === true);
    }).length;
  }

  /** The end of the latest DMS/VMS policy valid on asOf when it ends within `withinDays` days; null otherwise. */
  expiringPolicy(params: { withinDays?: number }): string | null {
    const ends = (this.profile.insurance ?? []).filter((p) => p.validFrom <= this.asOf && this.asOf <= p.validTo).map((p) => p.validTo).sort();
    const last = ends.at(-1);
    return last !== undefined && last <= shiftDays(this.asOf, params.withinDays ?? 0) ? last : null;
  }

  /**
   * Payment records the person did not owe: records of `ownKinds` whose kind is not counted
   * for them (a temporary resident's own contributions), and records of `selfPaidKinds`
   * whose every month had an active state category record.
   */
  refundableRecords(params: { ownKinds?: string[]; selfPaidKinds?: string[] }): number {
    const own = params.ownKinds ?? [];
    const categoryIn = (m: number) =>
      (this.profile.stateCategories ?? []).some((r) => r.since <= firstDayOfMonth(m) && (r.until === undefined || r.until >= lastDayOfMonth(m)));
    return (this.profile.payments ?? []).filter((p) => {
      if (p.paidOn > this.asOf || !own.includes(p.kind)) return false;
      if (this.outcome.excludedPaymentKinds.includes(p.kind)) return true;
      const first = monthIndex(p.period);
      const months = Array.from({ length: p.months ?? 1 }, (_, i) => first + i);
      return (params.selfPaidKinds ?? []).includes(p.kind) && months.every(categoryIn);
    }).length;
  }

  /** The payer of the first of `services` that is covered, in the order given. */
  coveredPayer(params: { services?: string[] }): string | null {
    const first = (params.services ?? []).map((s) => this.outcome.services[s]).find((s) => s?.covered);
    return first?.payer ?? null;
  }

  /** Consecutive covered months ending at C − endOffset. */
  coveredRun(params: CoverageFilter & { endOffset?: number }): number {
    return runEndingAt(this.ledger.covered(params), this.current - (params.endOffset ?? 1));
  }

  /** Last day of the covered run starting at C; `null` when C is not covered. */
  coveredThrough(params: CoverageFilter): string | null {
    return coveredThrough(this.ledger.covered(params), this.current);
  }

  /** Last day the 12-consecutive-payments status lasts if nothing more is paid (grace included). */
  contributionValidThrough(): string | null {
    const set = this.ledger.covered();
    return set.has(this.current - 1) ? holdsThrough(set, this.current - 1, this.current, this.parameters) : null;
  }

  grace(): { lastPaidMonth: string; endsOn: string } | null {
    const anchor = graceAnchor(this.ledger.covered(), this.current, this.parameters);
    return anchor && { lastPaidMonth: monthString(anchor.lastPaidMonth), endsOn: anchor.endsOn };
  }

  private dateAt(path: string | undefined): string | undefined {
    const value = path === undefined ? undefined : safePathResolver(this.profile, path);
    return typeof value === 'string' ? value : undefined;
  }

  /** Working days after the date at `path` in the profile, up to and including `asOf`; `null` without that date. */
  workingDaysSince(params: { path?: string }): number | null {
    const from = this.dateAt(params.path);
    return from === undefined ? null : workingDaysAfter(this.parameters.holidays, from, this.asOf);
  }

  private recordsOf(kinds: readonly string[] | undefined) {
    return (this.profile.payments ?? []).filter((p) => p.paidOn <= this.asOf && (kinds ?? []).includes(p.kind));
  }

  /** Calendar months right before the month of the date at `path` without any record of `kinds` (since birth when there is none). */
  monthsWithoutRecordsBefore(params: { kinds?: string[]; path?: string }): number | null {
    const date = this.dateAt(params.path);
    if (date === undefined) return null;
    const start = monthIndex(date);
    let latest = monthIndex(this.profile.person.birthDate) - 1;
    for (const r of this.recordsOf(params.kinds)) {
      const first = monthIndex(r.period);
      const last = Math.min(first + (r.months ?? 1) - 1, start - 1);
      if (first <= last && last > latest) latest = last;
    }
    return start - latest - 1;
  }

  /** Whether a record of `kinds` covers the month of the date at `path` (or the month `from`) or a later one. */
  hasRecordFrom(params: { kinds?: string[]; path?: string; from?: string }): boolean {
    const date = params.from ?? this.dateAt(params.path);
    if (date === undefined) return false;
    const start = monthIndex(date);
    return this.recordsOf(params.kinds).some((r) => monthIndex(r.period) + (r.months ?? 1) - 1 >= start);
  }

  /**
   * The kind the person pays under: an entrepreneur or private practice first, then
   * an employee or GPC worker (their employer or agent pays), then ESP, then self-payer
   * (also for a person with no active employment).
   */
  ownPayingKind(): string {
    const active = this.activeEmploymentKinds();
    const order: [string, string][] = [
      ['individual_entrepreneur', 'individual_entrepreneur'],
      ['private_practice', 'private_practice'],
      ['employee', 'employer_deduction'],
      ['military_or_law_enforcement', 'employer_deduction'],
      ['gpc', 'gpc_contribution'],
      ['esp_payer', 'esp'],
    ];
    return order.find(([employment]) => active.includes(employment))?.[1] ?? 'self_payer';
  }

  ownContribution(): { kind: string; monthlyMinimumKzt: number | null } {
    const kind = this.ownPayingKind();
    const amount = minimumMonthlyKzt(this.parameters, kind, this.current, this.profile.settlement ?? 'city');
    return { kind, monthlyMinimumKzt: amount ?? null };
  }

  /**
   * Arrears: uncovered months among C − capMonths … C − 1, leaving out months in which
   * a state category was active (childhood included). The amount is owed at the rate
   * of the person's own kind when it is one of `ownKinds`, at the rate of `otherwise`
   * for any other fixed-amount kind, and is `null` when the kind is a percentage kind
   * (an employer or agent owes it).
   */
  arrears(params: { ownKinds?: string[]; otherwise?: string }): {
    months: string[];
    monthCount: number;
    amountKzt: number | null;
    kind: string;
    /** Uncovered months left out because a state category record was active: debt the Fund may write off. */
    categoryMonths: string[];
    /** Debt months in which an employee or GPC contract was active: what an employer or agent owes. */
    employedMonths: string[];
  } {
    const covered = this.ledger.covered();
    const cap = this.parameters.debt.capMonths;
    const childUntil = this.childUntil();
    const inRecord = (m: number) =>
      (this.profile.stateCategories ?? []).some((r) => r.since <= lastDayOfMonth(m) && (r.until === undefined || r.until >= firstDayOfMonth(m)));
    const inCategory = (m: number) => firstDayOfMonth(m) < childUntil || inRecord(m);
    const months: number[] = [];
    const categoryMonths: number[] = [];
    for (let m = this.current - cap; m < this.current; m++) {
      if (covered.has(m)) continue;
      if (!inCategory(m)) months.push(m);
      else if (inRecord(m)) categoryMonths.push(m);
    }
    const paying = this.ownPayingKind();
    const percentage = this.parameters.amounts.percentage[paying] !== undefined;
    const kind = percentage || (params.ownKinds ?? []).includes(paying) ? paying : (params.otherwise ?? paying);
    let amount: number | null = 0;
    for (const m of months) {
      const minimum = minimumMonthlyKzt(this.parameters, kind, m, this.profile.settlement ?? 'city');
      amount = minimum === null || minimum === undefined || amount === null ? null : Math.round((amount + minimum) * 100) / 100;
    }
    const employedIn = (m: number) =>
      (this.profile.employment ?? []).some(
        (e) => ['employee', 'gpc'].includes(e.kind) && (e.since ?? '') <= lastDayOfMonth(m) && (e.until === undefined || e.until >= firstDayOfMonth(m)),
      );
    return {
      months: months.map(monthString),
      monthCount: months.length,
      amountKzt: amount,
      kind,
      categoryMonths: categoryMonths.map(monthString),
      employedMonths: months.filter(employedIn).map(monthString),
    };
  }
}
