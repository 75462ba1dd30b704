/**
 * A plain-TypeScript reference of the package and insured-status rules, written from the specification without the library's facts, engines or date helpers.
 * Used by the differential test (test/properties/differential.test.ts) and as the floor "c" of
 * `npm run bench`. It reads only the dated amounts and thresholds of `ruleset.parameters`: those
 * that depend on the month judged (amounts, grace tiers, own debt months) for that month, the
 * others on asOf.
 */
import type { DatedParameters, Parameters } from '../../src/parameters/parameters';

type Payment = { kind: string; period: string; months?: number; paidOn: string; amountKzt: number };
type Category = { category: string; since: string; until?: string };
export interface ReferenceProfile {
  person: { birthDate: string; sex: string };
  residency: { status: string; residencePermitUntil?: string };
  settlement?: 'city' | 'other';
  employment?: { kind: string; since?: string; until?: string }[];
  stateCategories?: Category[];
  payments?: Payment[];
  pregnancy?: { registeredOn?: string; endedOn?: string };
  disability?: unknown;
  education?: { fullTime: boolean; location: string; inNobd?: boolean; registeredAbroad?: boolean };
}
export interface ReferenceStatus {
  osms: boolean;
  status: 'insured' | 'not_insured' | 'not_applicable';
  bases: string[];
  validThrough: string | null;
  grace: { lastPaidMonth: string; endsOn: string } | null;
  debt: { months: string[]; employerMonths: string[]; amountKzt: number | null } | null;
}

// Calendar arithmetic of its own: days since 1970 through Date.UTC, months as year × 12 + month − 1.
const DAY = 86_400_000;
const toDay = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY;
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const month = (d: string) => +d.slice(0, 4) * 12 + +d.slice(5, 7) - 1;
const monthText = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const firstDay = (m: number) => `${monthText(m)}-01`;
const lastDay = (m: number) => fromDay(toDay(firstDay(m + 1)) - 1);
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const turns = (birth: string, age: number) => {
  const y = +birth.slice(0, 4) + age;
  return birth.slice(5) === '02-29' && !leap(y) ? `${y}-03-01` : `${y}${birth.slice(4)}`;
};
const addMonths = (d: string, n: number) => {
  const m = month(d) + n;
  const days = +lastDay(m).slice(8);
  return `${monthText(m)}-${String(Math.min(+d.slice(8), days)).padStart(2, '0')}`;
};
/** A parameter's value on a date: the last dated value from then or before; a plain value on every date. */
const isLeaf = (x: unknown): x is { values: { from: string; value: unknown }[] } =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  Array.isArray((x as { values?: unknown }).values) &&
  Object.keys(x).every((k) => ['values', 'description', 'unit'].includes(k));
function on<T>(leaf: T | { values: { from: string; value: T }[] }, date: string): T | undefined {
  if (!isLeaf(leaf)) return leaf as T;
  return (leaf.values as { from: string; value: T }[]).filter((v) => v.from <= date).at(-1)?.value;
}
/** Every parameter as it reads on a date. */
function allOn(node: unknown, date: string): unknown {
  if (isLeaf(node)) return on(node, date);
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, allOn(v, date)]));
}

const OWN_KINDS = ['employee_contribution', 'gpc_contribution', 'individual_entrepreneur', 'private_practice', 'self_payer', 'esp'];
const OSMS_KINDS = ['employer_deduction', ...OWN_KINDS];
const SELF_PAYING = ['self_payer', 'individual_entrepreneur', 'private_practice'];
const STATE_CATEGORIES = [
  'registered_unemployed',
  'nonworking_parent_child_under_3',
  'childcare_leave',
  'carer_disabled_child',
  'pension_recipient',
  'prisoner',
  'pretrial_detainee',
  'kandas_unemployed',
  'mother_many_children',
  'disabled',
  'full_time_student',
  'carer_group1_since_childhood',
  'targeted_social_assistance',
];

/** The minimum a month of `kind` owes: a fixed amount, null for a percentage kind, undefined when the kind has none then. */
function minimum(p: DatedParameters, kind: string, m: number, settlement: 'city' | 'other' | undefined): number | null | undefined {
  const fixed = p.amounts.fixed[kind];
  if (!fixed) return p.amounts.percentage[kind] ? null : undefined;
  const rule = on(fixed, firstDay(m));
  const base = rule ? on(p[rule.base], firstDay(m)) : undefined;
  if (!rule || base === undefined) return undefined;
  return Math.round(base * rule.baseMultiple * (settlement === 'city' ? rule.share : (rule.shareOutsideCities ?? rule.share)) * 100) / 100;
}

/** Working days d with from < d ≤ to, walked day by day over the holidays of `parameters.holidays`. */
function workingDays(p: Parameters, from: string, to: string): number {
  const off = new Set<string>();
  for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) {
    const days = [
      ...p.holidays.fixed.map((h) => ({
        d: `${y}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`,
        move: h.weekendTransfer,
        from: h.from,
        to: h.to,
      })),
      ...p.holidays.dated
        .filter((h) => h.date.startsWith(`${y}-`))
        .map((h) => ({ d: h.date, move: h.weekendTransfer, from: undefined, to: undefined })),
    ].filter((h) => (h.from === undefined || h.d >= h.from) && (h.to === undefined || h.d <= h.to));
    for (const h of days) off.add(h.d);
    const weekend = (d: string) => [0, 6].includes(new Date(toDay(d) * DAY).getUTCDay());
    for (const h of days) {
      if (!h.move || !weekend(h.d)) continue;
      let n = toDay(h.d) + 1;
      while (weekend(fromDay(n)) || off.has(fromDay(n))) n += 1;
      off.add(fromDay(n));
    }
  }
  let count = 0;
  for (let n = toDay(from) + 1; n <= toDay(to); n++) {
    const d = fromDay(n);
    const w = new Date(n * DAY).getUTCDay();
    if (w !== 0 && w !== 6 && !off.has(d)) count += 1;
  }
  return count;
}

/**
 * Status, bases, validThrough, grace and debt of one profile on `asOf`, straight from the
 * specification's wording.
 */
export function referenceStatus(profile: ReferenceProfile, asOf: string, dated: DatedParameters): ReferenceStatus {
  const p = allOn(dated, asOf) as Parameters;
  const C = month(asOf);
  // An expired permit makes a permanent resident a temporary one.
  const declared = profile.residency.status;
  const permitGone = profile.residency.residencePermitUntil !== undefined && profile.residency.residencePermitUntil < asOf;
  const residency =
    permitGone && declared === 'permanent_resident'
      ? 'temporary_resident'
      : permitGone && declared === 'stateless_permanent'
        ? 'stateless_temporary'
        : declared;
  // An employment without since counts from the birth date.
  const activeOn = (e: { since?: string; until?: string }, from: string, to: string) =>
    (e.since ?? profile.person.birthDate) <= to && (e.until === undefined || e.until >= from);
  const employedAs = (kinds: string[], from: string, to: string) =>
    (profile.employment ?? []).some((e) => kinds.includes(e.kind) && activeOn(e, from, to));
  // Revision 3: military and law-enforcement staff are outside OSMS while serving.
  const osms =
    ['citizen', 'kandas', 'permanent_resident', 'stateless_permanent', 'temporary_resident'].includes(residency) &&
    !employedAs(['military_or_law_enforcement'], asOf, asOf);
  const foreign = residency === 'temporary_resident' || residency === 'stateless_temporary';
  const counted = (kind: string) => OSMS_KINDS.includes(kind) && !(foreign && OWN_KINDS.includes(kind));
  // ESP was only for people not registered as individual entrepreneurs: no ESP month while registered.
  const ruledOut = (kind: string, m: number) => kind === 'esp' && employedAs(['individual_entrepreneur'], firstDay(m), lastDay(m));

  // Covered months: regular records paid by asOf, per filter.
  const cover = (accept: (r: Payment) => boolean) => {
    const set = new Set<number>();
    for (const r of profile.payments ?? []) {
      if (r.paidOn > asOf || !counted(r.kind) || !accept(r)) continue;
      const n = r.months ?? 1;
      let owed = 0;
      let regular = true;
      for (let i = 0; i < n; i++) {
        const min = minimum(dated, r.kind, month(r.period) + i, profile.settlement);
        if (min === undefined) regular = false;
        else if (min === null) regular &&= r.amountKzt > 0;
        else owed += min;
      }
      if (!regular || r.amountKzt < Math.round(owed * 100) / 100) continue;
      for (let i = 0; i < n; i++) if (!ruledOut(r.kind, month(r.period) + i)) set.add(month(r.period) + i);
    }
    return set;
  };
  const records = cover(() => true);

  // Revision 3: months covered by the state. A state category in force on a day of the month (up to
  // asOf) within its limits — childhood until the day before the 18th birthday, a record until its
  // until, kandas_unemployed for 12 months and only for a kandas, full_time_student only when recorded
  // (NOBD at home, registration abroad) — or a military/law-enforcement service. None for a temporary resident.
  const e = profile.education;
  const studentRecorded = e?.location === 'domestic' ? e.inNobd === true : e?.location === 'abroad' && e.registeredAbroad === true;
  const childEnd = fromDay(toDay(turns(profile.person.birthDate, p.stateCategories.childUnderAge)) - 1);
  const recordEnd = (r: Category) => {
    const cap = r.category === 'kandas_unemployed' ? fromDay(toDay(addMonths(r.since, 12)) - 1) : undefined;
    return r.until === undefined ? cap : cap !== undefined && cap < r.until ? cap : r.until;
  };
  const recordCounts = (r: Category) =>
    r.category !== 'child' &&
    (r.category !== 'full_time_student' || studentRecorded) &&
    (r.category !== 'kandas_unemployed' || residency === 'kandas');
  const stateOn = (from: string, to: string) =>
    residency !== 'temporary_resident' &&
    ((profile.person.birthDate <= to && childEnd >= from) ||
      (profile.stateCategories ?? []).some((r) => recordCounts(r) && r.since <= to && (recordEnd(r) ?? '9999') >= from) ||
      employedAs(['military_or_law_enforcement'], from, to));
  const stateMonths = new Set<number>();
  for (let m = C - 240; m <= C; m++)
    if (firstDay(m) <= asOf && stateOn(firstDay(m), lastDay(m) < asOf ? lastDay(m) : asOf)) stateMonths.add(m);
  // While the state covers asOf itself (also by a disability or a recorded study, undated), a state
  // basis reports the status and the contribution bases count the records alone.
  const undated = residency !== 'temporary_resident' && (profile.disability !== undefined || (e?.fullTime === true && studentRecorded));
  const stateNow = stateOn(asOf, asOf) || undated;
  const withState = new Set([...records, ...stateMonths]);
  const all = stateNow ? records : withState;
  const run = (set: Set<number>, end: number) => {
    let n = 0;
    while (set.has(end - n)) n += 1;
    return n;
  };
  const runEnd = (set: Set<number>, start: number) => {
    let m = start;
    while (set.has(m + 1)) m += 1;
    return m;
  };
  const graceFor = (m: number, length: number) => {
    let g = length >= p.contributions.consecutiveMonths ? p.contributions.graceMonths : -1;
    for (const tier of on(dated.contributions.extendedGraceTiers, firstDay(m)) ?? [])
      if (length >= tier.minRunMonths) g = Math.max(g, tier.graceMonths);
    return g;
  };
  /** The last day status from the run ending at `last` holds, from C on: each month after the run that a grace in force then allows. */
  const holds = (from: number) => {
    // The run goes on through every covered month after `from` (a paid current month included).
    const last = runEnd(all, from);
    const length = run(all, last);
    let m = Math.max(C, last + 1);
    while (m + 1 - last <= graceFor(m + 1, length)) m += 1;
    return lastDay(m);
  };

  const bases: { id: string; until: string | null }[] = [];
  if (osms) {
    const active = (profile.stateCategories ?? []).filter((r) => r.since <= asOf && (r.until === undefined || asOf <= r.until));
    const age =
      +asOf.slice(0, 4) -
      +profile.person.birthDate.slice(0, 4) -
      (asOf < turns(profile.person.birthDate, +asOf.slice(0, 4) - +profile.person.birthDate.slice(0, 4)) ? 1 : 0);
    if (residency !== 'temporary_resident') {
      if (age < p.stateCategories.childUnderAge)
        bases.push({
          id: 'osms.state-category.child',
          until: fromDay(toDay(turns(profile.person.birthDate, p.stateCategories.childUnderAge)) - 1),
        });
      for (const category of STATE_CATEGORIES) {
        const records = active.filter((r) => r.category === category);
        const derived =
          (category === 'disabled' && profile.disability !== undefined) ||
          (category === 'full_time_student' && profile.education?.fullTime === true);
        if (records.length === 0 && !derived) continue;
        if (category === 'full_time_student') {
          const e = profile.education;
          if (!(e?.location === 'domestic' ? e.inNobd === true : e?.location === 'abroad' && e.registeredAbroad === true)) continue;
        }
        let until: string | null =
          records.length === 0 || derived
            ? null
            : records.some((r) => r.until === undefined)
              ? null
              : (records
                  .map((r) => r.until as string)
                  .sort()
                  .at(-1) as string);
        if (category === 'kandas_unemployed') {
          if (residency !== 'kandas') continue;
          const since = records
            .map((r) => r.since)
            .sort()
            .at(-1) as string;
          if (addMonths(since, 12) <= asOf) continue;
          const ends = records.map((r) => {
            const cap = fromDay(toDay(addMonths(r.since, 12)) - 1);
            return r.until === undefined || cap < r.until ? cap : r.until;
          });
          until = ends.sort().at(-1) as string;
        }
        bases.push({ id: `osms.state-category.${category}`, until });
      }
      // Non-working pregnant woman: registered, not ended, 3 working days, no pension/social payments 2 months before, no ESP from then on.
      const pr = profile.pregnancy;
      const record = active.filter((r) => r.category === 'pregnant_nonworking');
      if (pr?.registeredOn && record.length > 0) {
        const bound = fromDay(toDay(pr.registeredOn) + p.pregnancy.maxDays - 1);
        const last = pr.endedOn && fromDay(toDay(pr.endedOn) - 1) < bound ? fromDay(toDay(pr.endedOn) - 1) : bound;
        const reg = month(pr.registeredOn);
        const quiet = (profile.payments ?? []).filter(
          (r) => r.paidOn <= asOf && ['pension_contribution', 'social_contribution'].includes(r.kind),
        );
        let latest = month(profile.person.birthDate) - 1;
        for (const r of quiet) {
          const last = Math.min(month(r.period) + (r.months ?? 1) - 1, reg - 1);
          if (last >= month(r.period)) latest = Math.max(latest, last);
        }
        const esp = (profile.payments ?? []).some(
          (r) => r.paidOn <= asOf && r.kind === 'esp' && month(r.period) + (r.months ?? 1) - 1 >= reg,
        );
        if (
          pr.registeredOn <= asOf &&
          asOf <= last &&
          workingDays(p, pr.registeredOn, asOf) >= p.pregnancy.statusAfterWorkingDays &&
          reg - latest - 1 >= p.pregnancy.monthsWithoutPensionOrSocial &&
          !esp
        ) {
          const recordEnd = record.some((r) => r.until === undefined)
            ? null
            : (record
                .map((r) => r.until as string)
                .sort()
                .at(-1) as string);
          bases.push({ id: 'osms.pregnant-nonworking', until: recordEnd === null || last < recordEnd ? last : recordEnd });
        }
      }
    }
    // 12 consecutive payments, or grace after them.
    const consecutive = run(all, C - 1) >= p.contributions.consecutiveMonths;
    let grace: { lastPaidMonth: string; endsOn: string } | null = null;
    if (consecutive) bases.push({ id: 'osms.contributions.continuous', until: holds(C - 1) });
    else {
      const longest = Math.max(
        p.contributions.graceMonths,
        ...(on(dated.contributions.extendedGraceTiers, firstDay(C)) ?? []).map((t) => t.graceMonths),
      );
      for (let L = C - 2; L >= C - longest; L--) {
        if (C - L <= graceFor(C, run(all, L))) {
          grace = { lastPaidMonth: monthText(L), endsOn: holds(L) };
          bases.push({ id: 'osms.contributions.grace', until: grace.endsOn });
          break;
        }
      }
    }
    if (asOf >= '2022-09-05') {
      const single = cover((r) => SELF_PAYING.includes(r.kind) && (r.months ?? 1) === 1);
      if (single.has(C)) bases.push({ id: 'osms.contributions.upcoming-months', until: lastDay(runEnd(single, C)) });
    }
    if (asOf >= '2019-01-01' && asOf <= '2023-12-31') {
      const esp = cover((r) => r.kind === 'esp');
      if (run(esp, C - 1) >= p.esp.previousMonths && esp.has(C)) bases.push({ id: 'osms.esp', until: lastDay(runEnd(esp, C)) });
    }
    const status = bases.length > 0 ? 'insured' : 'not_insured';
    const ids = [...new Set(bases.map((b) => b.id))].sort();
    const validThrough =
      status === 'insured'
        ? bases.some((b) => b.until === null)
          ? null
          : (bases
              .map((b) => b.until as string)
              .sort()
              .at(-1) as string)
        : null;
    return {
      osms,
      status,
      bases: ids,
      validThrough,
      grace: status === 'insured' ? grace : null,
      debt: status === 'not_insured' ? debtOf() : null,
    };
  }
  return { osms, status: 'not_applicable', bases: [], validThrough: null, grace: null, debt: null };

  /** Who owes each debt month. */
  function debtOf(): ReferenceStatus['debt'] {
    const employed = (m: number) => employedAs(['employee', 'gpc'], firstDay(m), lastDay(m));
    const months: number[] = [];
    const employer: number[] = [];
    for (let m = C - p.debt.capMonths; m < C; m++) {
      if (withState.has(m)) continue;
      if (employed(m)) {
        employer.push(m);
        months.push(m);
        // Own contributions were first due for January 2020 (revision 3): debt.ownMonthsOwed of the month.
      } else if (residency !== 'temporary_resident' && on(dated.debt.ownMonthsOwed, firstDay(m)) === true) months.push(m);
    }
    if (months.length === 0) return null;
    const activeKinds = (profile.employment ?? [])
      .filter((e) => (e.since ?? '') <= asOf && (e.until === undefined || asOf <= e.until))
      .map((e) => e.kind);
    const kind = ['individual_entrepreneur', 'private_practice'].find((k) => activeKinds.includes(k)) ?? 'self_payer';
    const own = months.filter((m) => !employer.includes(m));
    let amount: number | null = own.length === 0 ? null : 0;
    for (const m of own) {
      const min = minimum(dated, kind, m, profile.settlement ?? 'city');
      amount = typeof min !== 'number' || amount === null ? null : Math.round((amount + min) * 100) / 100;
    }
    return { months: months.map(monthText), employerMonths: employer.map(monthText), amountKzt: amount };
  }
}
