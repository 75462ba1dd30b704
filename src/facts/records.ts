/**
 * Payment records: which kinds were paid, working days and months around a date of the profile,
 * records from a month on, and records the person did not owe. They serve the pregnancy rules
 * (RULES.md 3: status after a number of working days; months without pension or social
 * contributions), ESP (3.2) and refunds (RULES.md 3.1 and 8: own contributions of a temporary
 * resident; payments for months every day of which a state category was in force).
 */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { paymentKinds } from '../language/codes';
import { safePathResolver } from '../language/path';
import { firstDayOfMonth, intervalsHold, lastDayOfMonth, monthIndex } from '../calendar/months';
import { workingDaysAfter } from '../calendar/working-days';
import type { Almanac } from './almanac';
import { inForce } from './categories';
import { type FactTable, codes, none, params, safePath, strings, text } from './fact';
import { MONTH_OR_DATE_PATTERN } from '../calendar/dates';

/** The payment kinds of records paid on or before asOf. */
export function paymentKindsPresent(a: Almanac): string[] {
  const kinds = new Set<string>();
  for (const p of a.profile.payments ?? []) if (p.paidOn <= a.asOf) kinds.add(p.kind);
  return [...kinds].sort();
}

/** Records of `kinds` paid on or before asOf. */
export function recordsOf(a: Almanac, kinds: readonly string[] | undefined) {
  return (a.profile.payments ?? []).filter((p) => p.paidOn <= a.asOf && (kinds ?? []).includes(p.kind));
}

/** The date at `path` of the profile, if there is one. */
function dateAt(a: Almanac, path: unknown): string | undefined {
  return text(typeof path === 'string' ? safePathResolver(a.profile, path) : undefined);
}

/** Working days after the date at `path` in the profile, up to and including `asOf`; `null` without that date. */
export function workingDaysSince(a: Almanac, p: { path?: unknown }): number | null {
  const from = dateAt(a, p.path);
  return from === undefined ? null : workingDaysAfter(a.parameters.holidays, from, a.asOf);
}

/** Calendar months right before the month of the date at `path` without any record of `kinds` (since birth when there is none). */
export function monthsWithoutRecordsBefore(a: Almanac, p: { kinds?: unknown; path?: unknown }): number | null {
  const date = dateAt(a, p.path);
  if (date === undefined) return null;
  const start = monthIndex(date);
  let latest = monthIndex(a.profile.person.birthDate) - 1;
  for (const r of recordsOf(a, strings(p.kinds))) {
    const first = monthIndex(r.period);
    const last = Math.min(first + (r.months ?? 1) - 1, start - 1);
    if (first <= last && last > latest) latest = last;
  }
  return start - latest - 1;
}

/** Whether a record of `kinds` covers the month of the date at `path` (or the month `from`) or a later one. */
export function hasRecordFrom(a: Almanac, p: { kinds?: unknown; path?: unknown; from?: unknown }): boolean {
  const date = text(p.from) ?? dateAt(a, p.path);
  if (date === undefined) return false;
  const start = monthIndex(date);
  return recordsOf(a, strings(p.kinds)).some((r) => monthIndex(r.period) + (r.months ?? 1) - 1 >= start);
}

/**
 * Payment records the person did not owe: records of `ownKinds` whose kind is not counted
 * for them (a temporary resident's own contributions), and records of `selfPaidKinds`
 * every day of whose months a state category was in force (records within their own
 * limits, childhood, disability, a recorded full-time study). Linear in the records
 * and their months: one binary search a record.
 */
export function refundableRecords(a: Almanac, p: { ownKinds?: unknown; selfPaidKinds?: unknown }): number {
  const own = new Set(strings(p.ownKinds));
  const selfPaid = new Set(strings(p.selfPaidKinds));
  const excluded = new Set(a.outcome.excludedPaymentKinds);
  const covers = inForce(a).covers;
  return (a.profile.payments ?? []).filter((r) => {
    if (r.paidOn > a.asOf || !own.has(r.kind)) return false;
    if (excluded.has(r.kind)) return true;
    const first = monthIndex(r.period);
    return selfPaid.has(r.kind) && intervalsHold(covers, firstDayOfMonth(first), lastDayOfMonth(first + (r.months ?? 1) - 1));
  }).length;
}

export const recordFacts = {
  paymentKindsPresent: { stage: 'eligibility', type: t.list(t.code(paymentKinds)), params: none, value: paymentKindsPresent },
  workingDaysSince: {
    stage: 'insurance',
    type: t.nullable(t.integer()),
    params: params(() => ({ path: z.optional(safePath()) })),
    value: workingDaysSince,
  },
  monthsWithoutRecordsBefore: {
    stage: 'insurance',
    type: t.nullable(t.integer()),
    params: params(() => ({ kinds: z.optional(codes()), path: z.optional(safePath()) })),
    value: monthsWithoutRecordsBefore,
  },
  hasRecordFrom: {
    stage: 'insurance',
    type: t.boolean(),
    params: params(() => ({
      kinds: z.optional(codes()),
      path: z.optional(safePath()),
      from: z.optional(z.string().check(z.regex(MONTH_OR_DATE_PATTERN))),
    })),
    value: hasRecordFrom,
  },
  refundableRecords: {
    stage: 'consequences',
    type: t.integer(),
    params: params(() => ({ ownKinds: z.optional(codes()), selfPaidKinds: z.optional(codes()) })),
    value: refundableRecords,
  },
} satisfies FactTable;
