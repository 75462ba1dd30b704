/**
 * Residency: the class of residency that applies on `asOf`. A residence permit that ended before
 * `asOf` changes the class (parameters.residency.permitExpiredAs; RULES.md 1, rule
 * `residency.permit-expired`).
 */
import type { Profile } from '../profile/schema';
import type { Parameters } from '../parameters/parameters';
import { t } from '../language/types';
import type { Almanac } from './almanac';
import { type FactTable, none } from './fact';

/**
 * The profile every rule sees: the residency class that applies on `asOf`. With a residence
 * permit that ended before `asOf`, parameters.residency.permitExpiredAs gives the class. The
 * input is never changed: a changed profile is a shallow copy.
 */
export function effectiveProfile(profile: Profile, asOf: string, parameters: Parameters): Profile {
  const until = profile.residency.residencePermitUntil;
  const mapped = Object.hasOwn(parameters.residency.permitExpiredAs, profile.residency.status)
    ? parameters.residency.permitExpiredAs[profile.residency.status]
    : undefined;
  if (until === undefined || until >= asOf || mapped === undefined) return profile;
  return { ...profile, residency: { ...profile.residency, status: mapped } };
}

/** Whether the declared residence permit ended before asOf and so changed the residency class. */
export const residencePermitExpired = (a: Almanac): boolean => a.profile !== a.declared;

export const residencyFacts = {
  residencePermitExpired: { stage: 'eligibility', type: t.boolean(), params: none, value: residencePermitExpired },
} satisfies FactTable;
