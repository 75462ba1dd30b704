/**
 * Covered months: which months the payment ledger (./ledger.ts) and the state cover, the runs
 * of consecutive covered months, and the grace. Law they decide: RULES.md 3 — insured on
 * «соңғы 12 тұрақты төлем» (the last 12 regular payments, seed 003; Law on OSMS art. 5), the
 * status kept through the grace after the last paid month (parameters.contributions: three
 * months, six from 2026 for a long run), months the state covered counting like payments
 * (revision 3) — and 3.2 (ESP paid while registered as an entrepreneur covers nothing).
 */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { type MonthIndex, monthIndex, monthString, monthsTouched } from '../calendar/months';
import type { Almanac } from './almanac';
import { stateCoversAsOf, stateMonths } from './categories';
import { employmentPeriods } from './employment';
import { type FactTable, codes, params, smallCount, strings } from './fact';
import {
  type CoverageFilter,
  Ledger,
  type MonthExcluded,
  coveredThrough as runThrough,
  graceAnchor,
  holdsThrough,
  runEndingAt,
} from './ledger';
import { recordsOf } from './records';

/**
 * Whether a record of `kind` may not cover `month`: an employment of
 * parameters.contributions.notCoveringWhileEmployed[kind] was active on a day of it. An
 * interval touches a month when it starts by the month's last day and ends on or after its
 * first: in month indices, when its first month ≤ month ≤ its last month. Each kind's months
 * are worked out once per evaluation.
 */
function ruledOut(a: Almanac): MonthExcluded {
  return a.once('ruledOut', () => {
    const rules = a.parameters.contributions.notCoveringWhileEmployed;
    const ranges = new Map<string, [MonthIndex, MonthIndex][]>();
    const rangesOf = (kind: string) => {
      let found = ranges.get(kind);
      if (found === undefined) {
        const kinds = Object.hasOwn(rules, kind) ? rules[kind] : undefined;
        found = kinds === undefined ? [] : employmentPeriods(a, kinds).map(monthsTouched);
        ranges.set(kind, found);
      }
      return found;
    };
    return (kind, month) => {
      for (const [first, last] of rangesOf(kind)) if (first <= month && month <= last) return true;
      return false;
    };
  });
}

/** The payment ledger of the evaluation, built once. */
export function ledger(a: Almanac): Ledger {
  return a.once(
    'ledger',
    () =>
      new Ledger(
        a.profile.payments ?? [],
        a.asOf,
        a.dated,
        a.profile.settlement,
        a.outcome.excludedPaymentKinds,
        stateMonths(a),
        ruledOut(a),
      ),
  );
}

/**
 * The covered months of a filter. With `stateMonths`, the months the state covers count
 * like records — unless the state covers asOf itself: then a state basis reports the
 * status, and the contribution bases count the records alone.
 */
function covered(a: Almanac, filter: CoverageFilter): Set<MonthIndex> {
  return ledger(a).covered({ ...filter, stateMonths: filter.stateMonths === true && !stateCoversAsOf(a) });
}

/** Consecutive covered months ending at C − endOffset. */
export function coveredRun(a: Almanac, p: CoverageFilter & { endOffset?: number }): number {
  return runEndingAt(covered(a, p), a.current - (p.endOffset ?? 1));
}

/** Last day of the covered run starting at C; `null` when C is not covered. */
export function coveredThrough(a: Almanac, p: CoverageFilter): string | null {
  return runThrough(covered(a, p), a.current);
}

/** Last day the 12-consecutive-payments status lasts if nothing more is paid (grace included). */
export function contributionValidThrough(a: Almanac, p: { stateMonths?: boolean } = {}): string | null {
  const set = covered(a, p);
  return set.has(a.current - 1) ? holdsThrough(set, a.current - 1, a.current, a.dated) : null;
}

/** The grace the person is in on asOf: the last paid month and the day the grace ends; null when not in grace. */
export function grace(a: Almanac, p: { stateMonths?: boolean } = {}): { lastPaidMonth: string; endsOn: string } | null {
  const anchor = graceAnchor(covered(a, p), a.current, a.dated);
  return anchor && { lastPaidMonth: monthString(anchor.lastPaidMonth), endsOn: anchor.endsOn };
}

/**
 * Months paid by records of `kinds` (paid on or before asOf) that an employment rules out
 * (parameters.contributions.notCoveringWhileEmployed): they cover nothing.
 */
export function monthsRuledOut(a: Almanac, p: { kinds?: unknown }): string[] {
  const months = new Set<MonthIndex>();
  const excluded = ruledOut(a);
  for (const r of recordsOf(a, strings(p.kinds))) {
    const first = monthIndex(r.period);
    for (let m = first; m < first + (r.months ?? 1); m++) if (excluded(r.kind, m)) months.add(m);
  }
  return [...months].sort((x, y) => x - y).map(monthString);
}

const coverageParams = () => ({
  kinds: z.optional(codes()),
  singleMonthOnly: z.optional(z.boolean()),
  stateMonths: z.optional(z.boolean()),
});
const stateMonthsParam = params(() => ({ stateMonths: z.optional(z.boolean()) }));
/** The type of a grace: the last paid month and the day it ends. */
export const graceType = t.object({ lastPaidMonth: t.month(), endsOn: t.date() });

export const coverageFacts = {
  monthsRuledOut: {
    stage: 'eligibility',
    type: t.list(t.month()),
    params: params(() => ({ kinds: z.optional(codes()) })),
    value: monthsRuledOut,
  },
  coveredRun: {
    stage: 'insurance',
    type: t.integer(),
    params: params(() => ({ ...coverageParams(), endOffset: z.optional(smallCount()) })),
    value: coveredRun,
  },
  coveredThrough: { stage: 'insurance', type: t.nullable(t.date()), params: params(coverageParams), value: coveredThrough },
  contributionValidThrough: { stage: 'insurance', type: t.nullable(t.date()), params: stateMonthsParam, value: contributionValidThrough },
  grace: { stage: 'insurance', type: t.nullable(graceType), params: stateMonthsParam, value: grace },
} satisfies FactTable;
