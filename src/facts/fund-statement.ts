/**
 * The Fund's statement a person brings: its status, the debt months in which a state category
 * was in force (debt the Fund may write off), and a payment too recent to be credited yet.
 * RULES.md 8 (write-off-preferential-debt; the statement's causes of seed 004).
 */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { osmsPaymentKinds } from '../language/codes';
import { firstDayOfMonth, intervalsTouch, lastDayOfMonth, monthIndex, shiftDays } from '../calendar/months';
import type { Almanac } from './almanac';
import { inForce } from './categories';
import { type FactTable, none, params, whole } from './fact';

/** The Fund statement's status; null without one. */
export const statementStatus = (a: Almanac): string | null => a.profile.fundStatement?.status ?? null;

/** Months of the Fund statement's debt in which a state category was in force: debt the Fund may write off. */
export function statementCategoryMonths(a: Almanac): string[] {
  const all = inForce(a).all;
  const months = (a.profile.fundStatement?.debtMonths ?? []).filter((month) => {
    const m = monthIndex(month);
    return intervalsTouch(all, firstDayOfMonth(m), lastDayOfMonth(m));
  });
  return [...new Set(months)].sort();
}

/**
 * Whether an OSMS payment was made on or before asOf and no more than `days` days before the
 * statement was checked (or after it): it may not be credited yet.
 */
export function paymentNotYetCredited(a: Almanac, p: { days?: unknown }): boolean {
  const checkedOn = a.profile.fundStatement?.checkedOn;
  const days = whole(p.days);
  if (checkedOn === undefined || days === undefined) return false;
  const since = shiftDays(checkedOn, -days);
  return (a.profile.payments ?? []).some(
    (r) => r.paidOn <= a.asOf && r.paidOn >= since && (osmsPaymentKinds as readonly string[]).includes(r.kind),
  );
}

export const fundStatementFacts = {
  statementStatus: { stage: 'eligibility', type: t.nullable(t.code(['insured', 'not_insured'])), params: none, value: statementStatus },
  statementCategoryMonths: { stage: 'eligibility', type: t.list(t.month()), params: none, value: statementCategoryMonths },
  paymentNotYetCredited: {
    stage: 'eligibility',
    type: t.boolean(),
    params: params(() => ({ days: z.number().check(z.int()).check(z.gte(0)).check(z.lte(366)) })),
    value: paymentNotYetCredited,
  },
} satisfies FactTable;
