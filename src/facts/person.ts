/** The person: the profile itself, the date decided on, the parameters, the age and what the profile holds. */
import * as z from 'zod/mini';
import { t, typeOfValue } from '../language/types';
import { safePathResolver } from '../language/path';
import { PROFILE_TYPE } from '../profile/quick-parse';
import { fullYears } from '../calendar/months';
import type { Almanac } from './almanac';
import { type FactTable, none, params, safePath } from './fact';

/** Age in full years on asOf. */
export const age = (a: Almanac): number => fullYears(a.profile.person.birthDate, a.asOf);

/** Whether the profile holds a value at `path` (own properties only). */
export function profileHas(a: Almanac, p: { path?: unknown }): boolean {
  return typeof p.path === 'string' && safePathResolver(a.profile, p.path) !== undefined;
}

export const personFacts = {
  profile: { stage: 'eligibility', type: PROFILE_TYPE, params: none, value: (a) => a.profile },
  asOf: { stage: 'eligibility', type: t.date(), params: none, value: (a) => a.asOf },
  parameters: { stage: 'eligibility', type: (parameters) => typeOfValue(parameters), params: none, value: (a) => a.parameters },
  age: { stage: 'eligibility', type: t.integer(), params: none, value: age },
  profileHas: { stage: 'eligibility', type: t.boolean(), params: params(() => ({ path: z.optional(safePath()) })), value: profileHas },
} satisfies FactTable;
