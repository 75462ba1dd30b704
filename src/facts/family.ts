/** Family: members not yet attached to a PHC organisation (RULES.md 8: attach-child, attach-family). */
import * as z from 'zod/mini';
import { t } from '../language/types';
import { fullYears } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, params } from './fact';

/** Family members not attached to a PHC organisation: children under nextSteps.adultAge, or everyone else. */
export function familyToAttach(a: Almanac, p: { children?: unknown }): number {
  return (a.profile.family ?? []).filter((m) => {
    const child = m.relation === 'child' && fullYears(m.birthDate, a.asOf) < a.parameters.nextSteps.adultAge;
    return m.attached !== true && child === (p.children === true);
  }).length;
}

export const familyFacts = {
  familyToAttach: {
    stage: 'eligibility',
    type: t.integer(),
    params: params(() => ({ children: z.optional(z.boolean()) })),
    value: familyToAttach,
  },
} satisfies FactTable;
