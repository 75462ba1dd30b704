/**
 * The kind a person pays under and the minimum monthly amount of it. Law it decides: who owes
 * the month (RULES.md 3.2 and 7 — an entrepreneur or private practice pays for himself first,
 * an employee's and a GPC worker's employer or agent pays, ESP while it exists, else a
 * self-payer: the dated precedence contributions.payingKinds) and the amount of RULES.md 7 from
 * the dated parameters, both read for the month judged.
 */
import { t } from '../language/types';
import { paymentKinds } from '../language/codes';
import { firstDayOfMonth } from '../calendar/months';
import { valueAt } from '../parameters/dated';
import type { Almanac } from './almanac';
import { activeEmploymentKinds } from './employment';
import { type FactTable, none } from './fact';
import { minimumMonthlyKzt } from './ledger';

/**
 * The kind the person pays under: an entrepreneur or private practice first, then
 * an employee or GPC worker (their employer or agent pays), then ESP while it exists, then
 * self-payer (also for a person with no active employment): contributions.payingKinds in month C.
 */
export function ownPayingKind(a: Almanac): string {
  const active = activeEmploymentKinds(a);
  const precedence = valueAt(a.dated.contributions.payingKinds, firstDayOfMonth(a.current));
  return (
    precedence?.byEmployment.find(({ employment }) => active.includes(employment))?.kind ??
    precedence?.otherwise ??
    a.parameters.debt.defaultOwnKind
  );
}

/** The kind the person pays under and its minimum monthly amount in month C (null for a percentage kind). */
export function ownContribution(a: Almanac): { kind: string; monthlyMinimumKzt: number | null } {
  const kind = ownPayingKind(a);
  const amount = minimumMonthlyKzt(a.dated, kind, a.current, a.profile.settlement ?? 'city');
  return { kind, monthlyMinimumKzt: amount ?? null };
}

export const payingKindFacts = {
  ownContribution: {
    stage: 'consequences',
    type: t.object({ kind: t.code(paymentKinds), monthlyMinimumKzt: t.nullable(t.number()) }),
    params: none,
    value: ownContribution,
  },
} satisfies FactTable;
