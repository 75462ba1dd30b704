/**
 * The kind a person pays under and the minimum monthly amount of it. Law it decides: who owes
 * the month (RULES.md 3.2 and 7 — an entrepreneur or private practice pays for himself first,
 * an employee's and a GPC worker's employer or agent pays, ESP while it exists, else a
 * self-payer) and the amount of RULES.md 7 from the dated parameters.
 */
import { t } from '../language/types';
import { paymentKinds } from '../language/codes';
import { monthIndex } from '../calendar/months';
import type { Almanac } from './almanac';
import { activeEmploymentKinds } from './employment';
import { type FactTable, none } from './fact';
import { minimumMonthlyKzt } from './ledger';

/**
 * The kind the person pays under: an entrepreneur or private practice first, then
 * an employee or GPC worker (their employer or agent pays), then ESP while it exists in
 * month C (esp.abolishedFrom; afterwards esp.ownKindAfterAbolition), then self-payer
 * (also for a person with no active employment).
 */
export function ownPayingKind(a: Almanac): string {
  const active = activeEmploymentKinds(a);
  const espExists = a.current < monthIndex(a.parameters.esp.abolishedFrom);
  const order: [string, string][] = [
    ['individual_entrepreneur', 'individual_entrepreneur'],
    ['private_practice', 'private_practice'],
    ['employee', 'employer_deduction'],
    ['gpc', 'gpc_contribution'],
    ['esp_payer', espExists ? 'esp' : a.parameters.esp.ownKindAfterAbolition],
  ];
  return order.find(([employment]) => active.includes(employment))?.[1] ?? 'self_payer';
}

/** The kind the person pays under and its minimum monthly amount in month C (null for a percentage kind). */
export function ownContribution(a: Almanac): { kind: string; monthlyMinimumKzt: number | null } {
  const kind = ownPayingKind(a);
  const amount = minimumMonthlyKzt(a.parameters, kind, a.current, a.profile.settlement ?? 'city');
  return { kind, monthlyMinimumKzt: amount ?? null };
}

export const payingKindFacts = {
  ownContribution: { stage: 'consequences', type: t.object({ kind: t.code(paymentKinds), monthlyMinimumKzt: t.nullable(t.number()) }), params: none, value: ownContribution },
} satisfies FactTable;
