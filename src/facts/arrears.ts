/**
 * Arrears: the months of the last year that nothing covered, who owes each (the employer or the
 * person) and the person's own amount. Law it decides: RULES.md 3.2 and 7 — at most 12 months
 * are repaid (Law on OSMS art. 5 p.3, parameters.debt.capMonths), own contributions were first
 * due for January 2020 (revision 3), a temporary resident owes none himself, the employer owes
 * the months of an employment (seed 002).
 */
import { t } from '../language/types';
import { paymentKinds } from '../language/codes';
import { firstDayOfMonth, intervalsTouch, lastDayOfMonth, monthString } from '../calendar/months';
import { valueAt } from '../parameters/dated';
import type { Almanac } from './almanac';
import { ledger } from './coverage';
import { activeEmploymentKinds, employmentPeriods } from './employment';
import { type FactTable, none } from './fact';
import { minimumMonthlyKzt } from './ledger';

export interface Arrears {
  months: string[];
  monthCount: number;
  employerMonths: string[];
  ownMonths: string[];
  amountKzt: number | null;
  kind: string;
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
export function arrears(a: Almanac): Arrears {
  const covered = ledger(a).covered({ stateMonths: true });
  const debt = a.parameters.debt;
  const noOwnMonths = debt.noOwnMonthsResidency.includes(a.profile.residency.status);
  const employed = employmentPeriods(a, debt.employerEmploymentKinds);
  const months: number[] = [];
  const employer: number[] = [];
  const own: number[] = [];
  for (let m = a.current - debt.capMonths; m < a.current; m++) {
    if (covered.has(m)) continue;
    const employers = intervalsTouch(employed, firstDayOfMonth(m), lastDayOfMonth(m));
    if (!employers && (noOwnMonths || valueAt(a.dated.debt.ownMonthsOwed, firstDayOfMonth(m)) !== true)) continue;
    (employers ? employer : own).push(m);
    months.push(m);
  }
  const active = activeEmploymentKinds(a);
  const kind = debt.ownRateKinds.find((k) => active.includes(k)) ?? debt.defaultOwnKind;
  let amount: number | null = own.length === 0 ? null : 0;
  for (const m of own) {
    const minimum = minimumMonthlyKzt(a.dated, kind, m, a.profile.settlement ?? 'city');
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

const arrearsType = t.object({
  months: t.list(t.month()),
  monthCount: t.integer(),
  employerMonths: t.list(t.month()),
  ownMonths: t.list(t.month()),
  amountKzt: t.nullable(t.number()),
  kind: t.code(paymentKinds),
});

export const arrearsFacts = {
  arrears: { stage: 'consequences', type: arrearsType, params: none, value: arrears },
} satisfies FactTable;
