/**
 * Pregnancy: registered, or pregnant on asOf, and the last day a registered pregnancy lasts
 * (parameters.pregnancy.maxDays). They serve the pregnancy rules of RULES.md 3 (a pregnant
 * woman without work is insured by the state) and the pregnancy emergency of RULES.md 5.
 */
import { t } from '../language/types';
import { shiftDays } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, none } from './fact';

/** The last day of the registered pregnancy: the day before endedOn, or registeredOn + pregnancy.maxDays − 1; null when none is registered. */
export function pregnancyLastDay(a: Almanac): string | null {
  const p = a.profile.pregnancy;
  if (p?.registeredOn === undefined) return null;
  const bound = shiftDays(p.registeredOn, a.parameters.pregnancy.maxDays - 1);
  if (p.endedOn === undefined) return bound;
  const ended = shiftDays(p.endedOn, -1);
  return ended < bound ? ended : bound;
}

/** A pregnancy registered on or before asOf that has not ended by asOf. */
export function pregnancyRegistered(a: Almanac): boolean {
  const p = a.profile.pregnancy;
  const last = pregnancyLastDay(a);
  return p?.registeredOn !== undefined && p.registeredOn <= a.asOf && last !== null && a.asOf <= last;
}

/**
 * Pregnant on asOf: a registered pregnancy that has not ended, labour or a life threat
 * (unless the pregnancy ended on or before asOf), or an active pregnant_nonworking record
 * while no end is recorded.
 */
export function pregnant(a: Almanac): boolean {
  const p = a.profile.pregnancy;
  const ended = p?.endedOn !== undefined && p.endedOn <= a.asOf;
  // A registered pregnancy lasts at most pregnancy.maxDays: after its last day nothing of it holds.
  const last = pregnancyLastDay(a);
  if (ended || (p?.registeredOn !== undefined && p.registeredOn <= a.asOf && last !== null && last < a.asOf)) return false;
  return (
    pregnancyRegistered(a) || p?.inLabour === true || p?.lifeThreat === true || (p?.registeredOn === undefined && nonworkingRecordActive(a))
  );
}

/** An active pregnant_nonworking category record on asOf. */
const nonworkingRecordActive = (a: Almanac): boolean =>
  (a.profile.stateCategories ?? []).some(
    (r) => r.category === 'pregnant_nonworking' && r.since <= a.asOf && (r.until === undefined || a.asOf <= r.until),
  );

export const pregnancyFacts = {
  pregnant: { stage: 'eligibility', type: t.boolean(), params: none, value: pregnant },
  pregnancyRegistered: { stage: 'eligibility', type: t.boolean(), params: none, value: pregnancyRegistered },
} satisfies FactTable;
