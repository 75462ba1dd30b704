import { type Profile, type StateCategory, osmsPaymentKinds } from '../profile/schema';
import type { DatedParameters, Parameters } from '../parameters/parameters';
import { parametersOn, valueAt } from '../parameters/dated';
import { safePathResolver } from '../language/path';
import { type CoverageFilter, Ledger, coveredThrough, graceAnchor, holdsThrough, minimumMonthlyKzt, runEndingAt } from './ledger';
import {
  type DateInterval,
  type MonthIndex,
  anniversary,
  firstDayOfMonth,
  fullMonths,
  fullYears,
  intervalsHold,
  intervalsTouch,
  lastDayOfMonth,
  latestEnd,
  mergeIntervals,
  monthIndex,
  monthString,
  shiftDays,
  shiftMonths,
} from '../calendar/months';
import { workingDaysAfter } from '../calendar/working-days';

/** What earlier stages decided, handed to later stages as facts. */
export interface StageOutcome {
  packages: { gobmp: 'full' | 'dangerous_diseases' | 'none'; osms: boolean; dms: boolean; vms: boolean };
  excludedPaymentKinds: string[];
  insurance: { status: 'insured' | 'not_insured' | 'not_applicable'; bases: string[]; stateInsured: boolean };
  eligibleScreenings: string[];
  services: Record<string, { covered: boolean; payer: string | null; reasons: string[]; requires: string[] }>;
  grace: { lastPaidMonth: string; endsOn: string } | null;
}

/** The outcome before any stage has run: no package, not applicable, nothing decided. */
export function emptyOutcome(): StageOutcome {
  return {
    packages: { gobmp: 'none', osms: false, dms: false, vms: false },
    excludedPaymentKinds: [],
    insurance: { status: 'not_applicable', bases: [], stateInsured: false },
    eligibleScreenings: [],
    services: {},
    grace: null,
  };
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
/** A list param as strings: a rule author's wrong type reads as an empty list, never as a crash. */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const whole = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/**
 * The profile every rule sees: the residency class that applies on `asOf`. With a residence
 * permit that ended before `asOf`, parameters.residency.permitExpiredAs gives the class
 *. The input is never changed: a changed profile is a shallow copy.
 */
export function effectiveProfile(profile: Profile, asOf: string, parameters: Parameters): Profile {
  const until = profile.residency.residencePermitUntil;
  const mapped = Object.hasOwn(parameters.residency.permitExpiredAs, profile.residency.status)
    ? parameters.residency.permitExpiredAs[profile.residency.status]
    : undefined;
  if (until === undefined || until >= asOf || mapped === undefined) return profile;
  return { ...profile, residency: { ...profile.residency, status: mapped as Profile['residency']['status'] } };
}

/** The periods of state cover (see FactContext.inForce). */
interface InForce {
  records: DateInterval[];
  all: DateInterval[];
  state: DateInterval[];
  covers: DateInterval[];
}

export class FactContext {
  readonly current: number;
  /** The profile as the rules see it (see `effectiveProfile`). */
  readonly profile: Profile;
  private ledgerCache: Ledger | undefined;
  private quotaCache: ReturnType<FactContext['computeQuotaUsage']> | undefined;
  private readonly codesCache = new Map<string, string[]>();
  private inForceCache: InForce | undefined;
  private stateMonthsCache: Set<MonthIndex> | undefined;
  private readonly periodsCache = new Map<string, DateInterval[]>();

  /** The parameters on asOf; month by month, read `dated` (grace tiers, amounts, paying kinds, own debt months). */
  readonly parameters: Parameters;

  constructor(
    readonly declared: Profile,
    readonly asOf: string,
    readonly dated: DatedParameters,
    readonly outcome: StageOutcome,
  ) {
    this.current = monthIndex(asOf);
    this.parameters = parametersOn(dated, asOf);
    this.profile = effectiveProfile(declared, asOf, this.parameters);
  }

  /** Whether the declared residence permit ended before asOf and so changed the residency class. */
  residencePermitExpired(): boolean {
    return this.profile !== this.declared;
  }

  private get ledger(): Ledger {
    this.ledgerCache ??= new Ledger(
      this.profile.payments ?? [],
      this.asOf,
      this.dated,
      this.profile.settlement,
      this.outcome.excludedPaymentKinds,
      this.stateMonths(),
      (kind, month) => this.ruledOut(kind, month),
    );
    return this.ledgerCache;
  }

  /**
   * Whether a record of `kind` may not cover `month`: an employment of
   * parameters.contributions.notCoveringWhileEmployed[kind] was active on a day of it.
   */
  private ruledOut(kind: string, month: MonthIndex): boolean {
    const rules = this.parameters.contributions.notCoveringWhileEmployed;
    const kinds = Object.hasOwn(rules, kind) ? rules[kind] : undefined;
    return kinds !== undefined && intervalsTouch(this.employmentPeriods(kinds), firstDayOfMonth(month), lastDayOfMonth(month));
  }

  age(): number {
    return fullYears(this.profile.person.birthDate, this.asOf);
  }

  /** The birthday that ends childhood (29 February: 1 March in a common year). */
  private childUntil(): string {
    return anniversary(this.profile.person.birthDate, this.parameters.stateCategories.childUnderAge);
  }

  /** The last day a category record is in force: its `until`, or earlier when the category ends by itself (parameters.stateCategories.maxMonths). */
  private recordEnd(r: { category: string; since: string; until?: string | undefined }): string | null {
    const max = Object.hasOwn(this.parameters.stateCategories.maxMonths, r.category) ? this.parameters.stateCategories.maxMonths[r.category] : undefined;
    const cap = max === undefined ? undefined : shiftDays(shiftMonths(r.since, max), -1);
    if (r.until === undefined) return cap ?? null;
    return cap !== undefined && cap < r.until ? cap : r.until;
  }

  /**
   * Whether a category counts for this person at all: not for a residency class of
   * parameters.stateCategories.notForResidency, and, for a category of
   * stateCategories.countsOnlyWhen, only when the profile holds one of its alternatives
   * (every path with its value). A category that does not count is never in force.
   */
  private categoryCounts(category: string): boolean {
    const { notForResidency, countsOnlyWhen } = this.parameters.stateCategories;
    if ((notForResidency as readonly string[]).includes(this.profile.residency.status)) return false;
    const alternatives = Object.hasOwn(countsOnlyWhen, category) ? countsOnlyWhen[category] : undefined;
    return alternatives === undefined || alternatives.some((required) => Object.entries(required).every(([path, value]) => safePathResolver(this.profile, path) === value));
  }

  /**
   * The periods in which a state category was in force, merged: `records` from the profile's
   * category records within their own limits, plus childhood (until the day before the 18th
   * birthday); `all` also holds disability and a full-time study, which the profile states
   * without dates and so count for every month up to asOf. Only categories that count
   * (categoryCounts). `state` and `covers` add the periods of an employment of
   * parameters.contributions.stateCoveredEmploymentKinds to `records` and `all`: the state
   * covers those months too (not for a class of stateCategories.notForResidency).
   */
  private inForce(): InForce {
    if (this.inForceCache) return this.inForceCache;
    const birth = this.profile.person.birthDate;
    const childhood = this.categoryCounts('child') ? [{ from: birth, to: shiftDays(this.childUntil(), -1) }] : [];
    const recorded = (this.profile.stateCategories ?? []).filter((r) => r.category !== 'child' && this.categoryCounts(r.category));
    const records = [...recorded.map((r) => ({ from: r.since, to: this.recordEnd(r) })), ...childhood];
    const education = this.profile.education?.fullTime === true && this.categoryCounts('full_time_student');
    const disability = this.profile.disability !== undefined && this.categoryCounts('disabled');
    const undated = education || disability ? [{ from: birth, to: this.asOf }] : [];
    // A class without state categories has no state cover at all, a state-covered service included.
    const coveredClass = !(this.parameters.stateCategories.notForResidency as readonly string[]).includes(this.profile.residency.status);
    const employment = coveredClass ? this.employmentPeriods(this.parameters.contributions.stateCoveredEmploymentKinds) : [];
    this.inForceCache = {
      records: mergeIntervals(records),
      all: mergeIntervals([...records, ...undated]),
      state: mergeIntervals([...records, ...employment]),
      covers: mergeIntervals([...records, ...undated, ...employment]),
    };
    return this.inForceCache;
  }

  /** The months up to C that the state covers on at least one day on or before asOf (inForce().state). */
  private stateMonths(): Set<MonthIndex> {
    if (this.stateMonthsCache) return this.stateMonthsCache;
    const months = new Set<MonthIndex>();
    for (const { from, to } of this.inForce().state) {
      if (from > this.asOf) continue;
      const last = monthIndex(to === null || to > this.asOf ? this.asOf : to);
      for (let m = monthIndex(from); m <= last; m++) months.add(m);
    }
    this.stateMonthsCache = months;
    return months;
  }

  /** Whether the state covers asOf itself: a category in force (records, childhood, disability, study) or a state-covered employment. */
  private stateCoversAsOf(): boolean {
    return intervalsTouch(this.inForce().covers, this.asOf, this.asOf);
  }

  /**
   * The covered months of a filter. With `stateMonths`, the months the state covers count
   * like records — unless the state covers asOf itself: then a state basis reports the
   * status, and the contribution bases count the records alone.
   */
  private coverage(filter: CoverageFilter): Set<MonthIndex> {
    return this.ledger.covered({ ...filter, stateMonths: filter.stateMonths === true && !this.stateCoversAsOf() });
  }

  /** Category records active on `asOf`, plus the categories the profile shows by itself (child, full-time student, disability). */
  activeCategories(): StateCategory[] {
    const active = new Set<StateCategory>();
    // Childhood comes from the birth date alone: a `child` record says nothing more.
    for (const r of this.profile.stateCategories ?? []) if (r.category !== 'child' && r.since <= this.asOf && (r.until === undefined || this.asOf <= r.until)) active.add(r.category);
    if (this.age() < this.parameters.stateCategories.childUnderAge) active.add('child');
    if (this.profile.education?.fullTime) active.add('full_time_student');
    if (this.profile.disability) active.add('disabled');
    return [...active].sort();
  }

  private activeRecords(category: string) {
    return (this.profile.stateCategories ?? []).filter((r) => r.category === category && r.since <= this.asOf && (r.until === undefined || this.asOf <= r.until));
  }

  /**
   * The last day the category lasts (a child: the day before the birthday that ends childhood;
   * a category of parameters.stateCategories.maxMonths: at most that long); `null` when open-ended.
   * With `endsWithPregnancy`, no later than the last day of the registered pregnancy.
   */
  categoryValidThrough(params: { category?: unknown; endsWithPregnancy?: unknown }): string | null {
    if (params.category === 'child') return shiftDays(this.childUntil(), -1);
    // An open-ended record keeps the category open.
    const end = latestEnd(this.activeRecords(text(params.category) ?? '').map((r) => this.recordEnd(r)));
    const pregnancyEnd = params.endsWithPregnancy === true ? this.pregnancyLastDay() : null;
    if (pregnancyEnd === null) return end;
    return end === null || pregnancyEnd < end ? pregnancyEnd : end;
  }

  /** Full months since the latest active record of the category began; `null` when none is active. */
  categoryMonthsElapsed(params: { category?: unknown }): number | null {
    const since = this.activeRecords(text(params.category) ?? '').map((r) => r.since).sort().at(-1);
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

  /**
   * Conditions the person has on asOf: begun by then, and — for a condition of
   * parameters.conditionTimeLimits — while asOf is before since + that many months.
   */
  private activeConditionRecords() {
    const limits = this.parameters.conditionTimeLimits;
    return (this.profile.conditions ?? []).filter((c) => {
      if (c.since === undefined) return true;
      if (c.since > this.asOf) return false;
      const months = Object.hasOwn(limits, c.code) ? limits[c.code] : undefined;
      return months === undefined || this.asOf < shiftMonths(c.since, months);
    });
  }

  /** Our code for a profile condition: itself, or the condition whose ICD-10 range holds it (the library's mapping). */
  private codesOf(code: string): string[] {
    let codes = this.codesCache.get(code);
    if (codes === undefined) {
      codes = [code, ...this.parameters.icd10.filter((d) => d.ranges.some((r) => inIcdRange(code, r))).map((d) => d.code)];
      this.codesCache.set(code, codes);
    }
    return codes;
  }

  /** Codes of the conditions the person has on asOf (ICD-10 codes also as the listed disease they map to). */
  conditionCodes(): string[] {
    return [...new Set(this.activeConditionRecords().flatMap((c) => this.codesOf(c.code)))].sort();
  }

  /** Codes of the conditions under dynamic observation on asOf, leaving out `except`. */
  observedConditions(params: { except?: unknown }): string[] {
    const except = new Set(strings(params.except));
    const codes = this.activeConditionRecords()
      .filter((c) => c.underObservation === true)
      .flatMap((c) => this.codesOf(c.code));
    return [...new Set(codes)].filter((c) => !except.has(c)).sort();
  }

  /** The last day of the registered pregnancy: the day before endedOn, or registeredOn + pregnancy.maxDays − 1; null when none is registered. */
  private pregnancyLastDay(): string | null {
    const p = this.profile.pregnancy;
    if (p?.registeredOn === undefined) return null;
    const bound = shiftDays(p.registeredOn, this.parameters.pregnancy.maxDays - 1);
    if (p.endedOn === undefined) return bound;
    const ended = shiftDays(p.endedOn, -1);
    return ended < bound ? ended : bound;
  }

  /** A pregnancy registered on or before asOf that has not ended by asOf. */
  pregnancyRegistered(): boolean {
    const p = this.profile.pregnancy;
    const last = this.pregnancyLastDay();
    return p?.registeredOn !== undefined && p.registeredOn <= this.asOf && last !== null && this.asOf <= last;
  }

  /**
   * Pregnant on asOf: a registered pregnancy that has not ended, labour or a life threat
   * (unless the pregnancy ended on or before asOf), or an active pregnant_nonworking record
   * while no end is recorded.
   */
  pregnant(): boolean {
    const p = this.profile.pregnancy;
    const ended = p?.endedOn !== undefined && p.endedOn <= this.asOf;
    // A registered pregnancy lasts at most pregnancy.maxDays: after its last day nothing of it holds.
    const last = this.pregnancyLastDay();
    if (ended || (p?.registeredOn !== undefined && p.registeredOn <= this.asOf && last !== null && last < this.asOf)) return false;
    return this.pregnancyRegistered() || p?.inLabour === true || p?.lifeThreat === true || (p?.registeredOn === undefined && this.activeRecords('pregnant_nonworking').length > 0);
  }

  /** Awards of the active records of `category`; a record without one gives `unstated`. */
  categoryAwards(params: { category?: unknown }): string[] {
    const awards = this.activeRecords(text(params.category) ?? '').map((r) => r.award ?? 'unstated');
    return [...new Set(awards)].sort();
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
  quotaUsage(): ReturnType<FactContext['computeQuotaUsage']> {
    this.quotaCache ??= this.computeQuotaUsage();
    return this.quotaCache;
  }

  private computeQuotaUsage(): { service: string; limit: number; per: 'calendar_year' | 'six_months'; used: number; remaining: number; nextAvailableOn: string | null }[] {
    const year = this.asOf.slice(0, 4);
    // One pass over the uses, grouped by service: linear in serviceUsage.
    const byService = new Map<string, string[]>();
    for (const u of this.profile.serviceUsage ?? []) {
      if (u.date > this.asOf) continue;
      const dates = byService.get(u.service);
      if (dates) dates.push(u.date);
      else byService.set(u.service, [u.date]);
    }
    return this.parameters.quotas.map(({ service, limit, per }) => {
      const uses = (byService.get(service) ?? []).filter((date) => (per === 'calendar_year' ? date.startsWith(year) : shiftMonths(date, 6) > this.asOf)).sort();
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
   * every day of whose months a state category was in force (records within their own
   * limits, childhood, disability, a recorded full-time study). Linear in the records
   * and their months: one binary search a record.
   */
  refundableRecords(params: { ownKinds?: unknown; selfPaidKinds?: unknown }): number {
    const own = new Set(strings(params.ownKinds));
    const selfPaid = new Set(strings(params.selfPaidKinds));
    const excluded = new Set(this.outcome.excludedPaymentKinds);
    const inForce = this.inForce().covers;
    return (this.profile.payments ?? []).filter((p) => {
      if (p.paidOn > this.asOf || !own.has(p.kind)) return false;
      if (excluded.has(p.kind)) return true;
      const first = monthIndex(p.period);
      return selfPaid.has(p.kind) && intervalsHold(inForce, firstDayOfMonth(first), lastDayOfMonth(first + (p.months ?? 1) - 1));
    }).length;
  }

  /** The payer of the first of `services` that is covered, in the order given. */
  coveredPayer(params: { services?: string[] }): string | null {
    const first = (params.services ?? []).map((s) => this.outcome.services[s]).find((s) => s?.covered);
    return first?.payer ?? null;
  }

  /** Consecutive covered months ending at C − endOffset. */
  coveredRun(params: CoverageFilter & { endOffset?: number }): number {
    return runEndingAt(this.coverage(params), this.current - (params.endOffset ?? 1));
  }

  /** Last day of the covered run starting at C; `null` when C is not covered. */
  coveredThrough(params: CoverageFilter): string | null {
    return coveredThrough(this.coverage(params), this.current);
  }

  /** Last day the 12-consecutive-payments status lasts if nothing more is paid (grace included). */
  contributionValidThrough(params: { stateMonths?: boolean } = {}): string | null {
    const set = this.coverage(params);
    return set.has(this.current - 1) ? holdsThrough(set, this.current - 1, this.current, this.dated) : null;
  }

  grace(params: { stateMonths?: boolean } = {}): { lastPaidMonth: string; endsOn: string } | null {
    const anchor = graceAnchor(this.coverage(params), this.current, this.dated);
    return anchor && { lastPaidMonth: monthString(anchor.lastPaidMonth), endsOn: anchor.endsOn };
  }

  /**
   * Months paid by records of `kinds` (paid on or before asOf) that an employment rules out
   * (parameters.contributions.notCoveringWhileEmployed): they cover nothing.
   */
  monthsRuledOut(params: { kinds?: readonly string[] }): string[] {
    const months = new Set<MonthIndex>();
    for (const p of this.recordsOf(params.kinds)) {
      const first = monthIndex(p.period);
      for (let m = first; m < first + (p.months ?? 1); m++) if (this.ruledOut(p.kind, m)) months.add(m);
    }
    return [...months].sort((a, b) => a - b).map(monthString);
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
   * an employee or GPC worker (their employer or agent pays), then ESP while it exists, then
   * self-payer (also for a person with no active employment): contributions.payingKinds in month C.
   */
  ownPayingKind(): string {
    const active = this.activeEmploymentKinds();
    const precedence = valueAt(this.dated.contributions.payingKinds, firstDayOfMonth(this.current));
    return precedence?.byEmployment.find(({ employment }) => active.includes(employment))?.kind ?? precedence?.otherwise ?? 'self_payer';
  }

  ownContribution(): { kind: string; monthlyMinimumKzt: number | null } {
    const kind = this.ownPayingKind();
    const amount = minimumMonthlyKzt(this.dated, kind, this.current, this.profile.settlement ?? 'city');
    return { kind, monthlyMinimumKzt: amount ?? null };
  }

  /** The periods in which an employment of `kinds` was active, merged (an employment without since counts from the birth date). */
  private employmentPeriods(kinds: readonly string[]): DateInterval[] {
    const key = JSON.stringify(kinds);
    let periods = this.periodsCache.get(key);
    if (periods === undefined) {
      const birth = this.profile.person.birthDate;
      periods = mergeIntervals((this.profile.employment ?? []).filter((e) => kinds.includes(e.kind)).map((e) => ({ from: e.since ?? birth, to: e.until ?? null })));
      this.periodsCache.set(key, periods);
    }
    return periods;
  }

  /**
   * Arrears: the uncovered months among C − debt.capMonths … C − 1, a month covered by the
   * state counting as covered (a category in force within its own limits — a record until
   * its `until` or its maxMonths, childhood until the day before the 18th birthday — or a
   * state-covered employment). `employerMonths`: those in which an employment of
   * debt.employerEmploymentKinds was active — the employer owes them. The other months from
   * which debt.ownMonthsOwed holds are the person's own, owed at the rate of the active kind of
   * debt.ownRateKinds or else of debt.defaultOwnKind, month by month; an earlier month
   * that is not the employer's is no debt. `amountKzt` is null when there is no own month.
   * A residency class of debt.noOwnMonthsResidency owes nothing itself: only its employer
   * months are debt.
   */
  arrears(): {
    months: string[];
    monthCount: number;
    employerMonths: string[];
    ownMonths: string[];
    amountKzt: number | null;
    kind: string;
  } {
    const covered = this.ledger.covered({ stateMonths: true });
    const debt = this.parameters.debt;
    const noOwnMonths = debt.noOwnMonthsResidency.includes(this.profile.residency.status);
    const employed = this.employmentPeriods(debt.employerEmploymentKinds);
    const months: number[] = [];
    const employer: number[] = [];
    const own: number[] = [];
    for (let m = this.current - debt.capMonths; m < this.current; m++) {
      if (covered.has(m)) continue;
      const employers = intervalsTouch(employed, firstDayOfMonth(m), lastDayOfMonth(m));
      if (!employers && (noOwnMonths || valueAt(this.dated.debt.ownMonthsOwed, firstDayOfMonth(m)) !== true)) continue;
      (employers ? employer : own).push(m);
      months.push(m);
    }
    const active = this.activeEmploymentKinds();
    const kind = debt.ownRateKinds.find((k) => active.includes(k)) ?? debt.defaultOwnKind;
    let amount: number | null = own.length === 0 ? null : 0;
    for (const m of own) {
      const minimum = minimumMonthlyKzt(this.dated, kind, m, this.profile.settlement ?? 'city');
      amount = typeof minimum !== 'number' || amount === null ? null : Math.round((amount + minimum) * 100) / 100;
    }
    return {
      months: months.map(monthString),
      monthCount: months.length,
      employerMonths: employer.map(monthString),
      ownMonths: own.map(monthString),
      amountKzt: amount,
      kind,
    };
  }

  /** The Fund statement's status; null without one. */
  statementStatus(): string | null {
    return this.profile.fundStatement?.status ?? null;
  }

  /** Months of the Fund statement's debt in which a state category was in force: debt the Fund may write off. */
  statementCategoryMonths(): string[] {
    const inForce = this.inForce().all;
    const months = (this.profile.fundStatement?.debtMonths ?? []).filter((month) => {
      const m = monthIndex(month);
      return intervalsTouch(inForce, firstDayOfMonth(m), lastDayOfMonth(m));
    });
    return [...new Set(months)].sort();
  }

  /** Whether an OSMS payment was made on or before asOf and no more than `days` days before the statement was checked (or after it): it may not be credited yet. */
  paymentNotYetCredited(params: { days?: unknown }): boolean {
    const checkedOn = this.profile.fundStatement?.checkedOn;
    const days = whole(params.days);
    if (checkedOn === undefined || days === undefined) return false;
    const since = shiftDays(checkedOn, -days);
    return (this.profile.payments ?? []).some((p) => p.paidOn <= this.asOf && p.paidOn >= since && (osmsPaymentKinds as readonly string[]).includes(p.kind));
  }
}
