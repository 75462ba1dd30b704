/**
 * Services: what a service still requires (a referral, an attachment) and, once coverage is
 * decided, who pays the first covered service of a list. RULES.md 5.
 */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { PAYERS } from '../language/codes';
import { safePathResolver } from '../language/path';
import type { Almanac } from './almanac';
import { type FactTable, codes, params, strings } from './fact';

/** The requirements among `requirements` that the profile does not show as met (parameters.coverage.requirementSatisfiedBy). */
export function unmetRequirements(a: Almanac, p: { requirements?: unknown }): string[] {
  const satisfiedBy = a.parameters.coverage.requirementSatisfiedBy;
  return strings(p.requirements).filter((r) => {
    const path = Object.hasOwn(satisfiedBy, r) ? satisfiedBy[r] : undefined;
    return path === undefined || safePathResolver(a.profile, path) !== true;
  });
}

/** The payer of the first of `services` that is covered, in the order given. */
export function coveredPayer(a: Almanac, p: { services?: unknown }): string | null {
  const first = strings(p.services)
    .map((s) => (Object.hasOwn(a.outcome.services, s) ? a.outcome.services[s] : undefined))
    .find((s) => s?.covered);
  return first?.payer ?? null;
}

export const serviceFacts = {
  unmetRequirements: {
    stage: 'eligibility',
    type: t.list(t.string()),
    params: params(() => ({ requirements: z.optional(codes()) })),
    value: unmetRequirements,
  },
  coveredPayer: {
    stage: 'derived',
    type: t.nullable(t.code(PAYERS)),
    params: params(() => ({ services: z.optional(codes()) })),
    value: coveredPayer,
  },
} satisfies FactTable;
