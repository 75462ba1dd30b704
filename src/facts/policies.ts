/** Voluntary policies (DMS, VMS): which are valid on asOf, which pays a service, and one about to end. RULES.md 5 and 8 (renew-dms). */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { shiftDays } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, code, none, params } from './fact';

const validOn = (a: Almanac) => (a.profile.insurance ?? []).filter((p) => p.validFrom <= a.asOf && a.asOf <= p.validTo);

/** The policy types valid on asOf. */
export function activePolicies(a: Almanac): string[] {
  return [...new Set(validOn(a).map((p) => p.type))].sort();
}

/** The voluntary policy (dms before vms) valid on asOf whose cover includes `service` (without `covers`: parameters.coverage.voluntaryPolicyDefaultCovers). */
export function voluntaryPayer(a: Almanac, p: { service?: unknown }): 'dms' | 'vms' | null {
  const service = typeof p.service === 'string' ? p.service : '';
  const valid = validOn(a).filter((policy) =>
    ((policy.covers as string[] | undefined) ?? a.parameters.coverage.voluntaryPolicyDefaultCovers).includes(service),
  );
  return valid.some((policy) => policy.type === 'dms') ? 'dms' : valid.some((policy) => policy.type === 'vms') ? 'vms' : null;
}

/** The end of the latest DMS/VMS policy valid on asOf when it ends within `withinDays` days; null otherwise. */
export function expiringPolicy(a: Almanac, p: { withinDays?: unknown }): string | null {
  const last = validOn(a)
    .map((policy) => policy.validTo)
    .sort()
    .at(-1);
  const within = typeof p.withinDays === 'number' ? p.withinDays : 0;
  return last !== undefined && last <= shiftDays(a.asOf, within) ? last : null;
}

export const policyFacts = {
  activePolicies: { stage: 'eligibility', type: t.list(t.code(['dms', 'vms'])), params: none, value: activePolicies },
  voluntaryPayer: {
    stage: 'eligibility',
    type: t.nullable(t.code(['dms', 'vms'])),
    params: params(() => ({ service: z.optional(code()) })),
    value: voluntaryPayer,
  },
  expiringPolicy: {
    stage: 'eligibility',
    type: t.nullable(t.date()),
    params: params(() => ({ withinDays: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(366))) })),
    value: expiringPolicy,
  },
} satisfies FactTable;
