import type { Payment } from '../profile/schema';
import { osmsPaymentKinds } from '../language/codes';
import type { DatedParameters } from '../parameters/parameters';
import { valueAt } from '../parameters/dated';
import { type MonthIndex, firstDayOfMonth, lastDayOfMonth, monthIndex } from '../calendar/months';

export interface CoverageFilter {
  /** Only records of these kinds (default: every counted OSMS kind). */
  kinds?: readonly string[] | undefined;
  /** Only records that pay for exactly one month (`months` = 1). */
  singleMonthOnly?: boolean | undefined;
  /** Also the months covered by the state (the ledger's `stateMonths`), like records. */
  stateMonths?: boolean | undefined;
}

/** Whether a record of `kind` may not cover `month` (an employment that rules the kind out was active then). */
export type MonthExcluded = (kind: string, month: MonthIndex) => boolean;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The minimum monthly amount of a fixed-amount kind for a month, from the dated
 * parameters in force on the month's first day; `null` for percentage kinds, and
 * `undefined` when the kind has no amount in that month (e.g. ESP after 2023).
 */
export function minimumMonthlyKzt(
  parameters: DatedParameters,
  kind: string,
  month: MonthIndex,
  settlement: 'city' | 'other' | undefined,
): number | null | undefined {
  const fixed = parameters.amounts.fixed[kind];
  if (fixed === undefined) return parameters.amounts.percentage[kind] === undefined ? undefined : null;
  const day = firstDayOfMonth(month);
  const rule = valueAt(fixed, day);
  if (rule === undefined || rule === null) return undefined;
  const base = valueAt(parameters[rule.base], day);
  if (base === undefined) return undefined;
  const share = settlement === 'city' ? rule.share : (rule.shareOutsideCities ?? rule.share);
  return round2(base * rule.baseMultiple * share);
}

/**
 * Which months the payment records cover. A record counts when it was paid on or
 * before `asOf`, its kind is counted, and it is regular: for fixed-amount kinds the
 * amount is at least the sum of each covered month's minimum (an unknown settlement
 * is held to the lower ESP rate), for percentage kinds the amount is above zero. A regular
 * record covers each of its months except those `excluded` rules out for its kind.
 * `stateMonths` are the months the state covers; a filter with `stateMonths` adds them.
 */
export class Ledger {
  private readonly cache = new Map<string, Set<MonthIndex>>();
  /** minimumMonthlyKzt by kind, then by month. */
  private readonly minimums = new Map<string, Map<MonthIndex, number | null | undefined>>();
  private readonly records: Payment[];
  /** Each record's first month (a month index), beside `records`. */
  private readonly starts: MonthIndex[];
  /** Whether each record is regular, once known (undefined until asked). */
  private readonly regular: (boolean | undefined)[];

  constructor(
    payments: readonly Payment[],
    asOf: string,
    private readonly parameters: DatedParameters,
    private readonly settlement: 'city' | 'other' | undefined,
    excludedKinds: readonly string[],
    private readonly stateMonths: ReadonlySet<MonthIndex> = new Set(),
    private readonly excluded: MonthExcluded = () => false,
  ) {
    this.records = payments.filter(
      (p) => p.paidOn <= asOf && (osmsPaymentKinds as readonly string[]).includes(p.kind) && !excludedKinds.includes(p.kind),
    );
    this.starts = this.records.map((r) => monthIndex(r.period));
    this.regular = new Array<boolean | undefined>(this.records.length).fill(undefined);
  }

  isRegular(record: Payment, start: MonthIndex = monthIndex(record.period)): boolean {
    const months = record.months ?? 1;
    let owed = 0;
    for (let m = start; m < start + months; m++) {
      const minimum = this.minimum(record.kind, m);
      if (minimum === undefined) return false;
      if (minimum === null) return record.amountKzt > 0;
      owed += minimum;
    }
    return record.amountKzt >= round2(owed);
  }

  /** minimumMonthlyKzt, once per kind and month. */
  private minimum(kind: string, month: MonthIndex): number | null | undefined {
    let byMonth = this.minimums.get(kind);
    if (byMonth === undefined) {
      byMonth = new Map();
      this.minimums.set(kind, byMonth);
    }
    if (byMonth.has(month)) return byMonth.get(month);
    const minimum = minimumMonthlyKzt(this.parameters, kind, month, this.settlement);
    byMonth.set(month, minimum);
    return minimum;
  }

  covered(filter: CoverageFilter = {}): Set<MonthIndex> {
    const key = JSON.stringify([filter.kinds ?? null, filter.singleMonthOnly === true, filter.stateMonths === true]);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const set = new Set<MonthIndex>(filter.stateMonths === true ? this.stateMonths : []);
    const { records, starts, regular } = this;
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as Payment;
      if (filter.kinds && !filter.kinds.includes(record.kind)) continue;
      const months = record.months ?? 1;
      if (filter.singleMonthOnly && months !== 1) continue;
      const start = starts[i] as MonthIndex;
      let isRegular = regular[i];
      if (isRegular === undefined) {
        isRegular = this.isRegular(record, start);
        regular[i] = isRegular;
      }
      if (!isRegular) continue;
      for (let m = start; m < start + months; m++) if (!this.excluded(record.kind, m)) set.add(m);
    }
    this.cache.set(key, set);
    return set;
  }
}

/** Consecutive months in `set` ending at `end` (0 when `end` is not in it). */
export function runEndingAt(set: Set<MonthIndex>, end: MonthIndex): number {
  let length = 0;
  while (set.has(end - length)) length += 1;
  return length;
}

/** Last day of the run of months in `set` that starts at `start`; `null` when `start` is not in it. */
export function coveredThrough(set: Set<MonthIndex>, start: MonthIndex): string | null {
  if (!set.has(start)) return null;
  let last = start;
  while (set.has(last + 1)) last += 1;
  return lastDayOfMonth(last);
}

export interface GraceTier {
  minRunMonths: number;
  graceMonths: number;
}

/** The grace tiers in force in a month: the base tier, plus the tiers of contributions.extendedGraceTiers on the month's first day. */
export function graceTiers(parameters: DatedParameters, month: MonthIndex): GraceTier[] {
  const c = parameters.contributions;
  const day = firstDayOfMonth(month);
  const base = { minRunMonths: valueAt(c.consecutiveMonths, day) as number, graceMonths: valueAt(c.graceMonths, day) as number };
  return [base, ...(valueAt(c.extendedGraceTiers, day) ?? [])];
}

/**
 * The last day status from the run of covered months that contains `anchor` holds,
 * from the current month on, if nothing more is paid: through the month after the run
 * (12 consecutive payments), then each following month M for which a tier in force in
 * M gives grace (run ≥ minRunMonths and M − last ≤ graceMonths).
 */
export function holdsThrough(set: Set<MonthIndex>, anchor: MonthIndex, current: MonthIndex, parameters: DatedParameters): string {
  let last = anchor;
  while (set.has(last + 1)) last += 1;
  const run = runEndingAt(set, last);
  let month = Math.max(current, last + 1);
  const holds = (m: MonthIndex) => graceTiers(parameters, m).some((t) => run >= t.minRunMonths && m - last <= t.graceMonths);
  while (holds(month + 1)) month += 1;
  return lastDayOfMonth(month);
}

/**
 * Grace: the latest month L with C − g ≤ L < C − 1 whose run is at least the tier's
 * minimum, for a tier in force in C; with the day grace ends.
 */
export function graceAnchor(
  set: Set<MonthIndex>,
  current: MonthIndex,
  parameters: DatedParameters,
): { lastPaidMonth: MonthIndex; endsOn: string } | null {
  const tiers = graceTiers(parameters, current);
  const longest = Math.max(...tiers.map((t) => t.graceMonths));
  for (let last = current - 2; last >= current - longest; last--) {
    const run = runEndingAt(set, last);
    if (tiers.some((t) => run >= t.minRunMonths && current - last <= t.graceMonths)) {
      return { lastPaidMonth: last, endsOn: holdsThrough(set, last, current, parameters) };
    }
  }
  return null;
}
