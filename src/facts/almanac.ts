/**
 * The almanac of one evaluation: the profile as the rules see it, `asOf`, the parameters and
 * what earlier stages decided, with a memo for values several facts share. It computes no fact
 * itself: each topic's facts are in their own module (./person.ts, ./categories.ts, …), declared
 * with their stage, params and type, and gathered in ./registry.ts — as json-rules-engine keeps
 * its almanac apart from its facts.
 */
import type { Profile } from '../profile/schema';
import type { DatedParameters, Parameters } from '../parameters/parameters';
import { parametersOn } from '../parameters/dated';
import { monthIndex } from '../calendar/months';
import type { StageOutcome } from './stage-outcome';
import { effectiveProfile } from './residency';

export class Almanac {
  /** The month of `asOf` (month C of the rules), as a month index. */
  readonly current: number;
  /** The profile as the rules see it (see `effectiveProfile` in ./residency.ts). */
  readonly profile: Profile;
  /** The parameters on asOf; month by month, read `dated` (grace tiers, amounts, paying kinds, own debt months). */
  readonly parameters: Parameters;
  private readonly memo = new Map<string, unknown>();

  constructor(
    /** The profile as given. */
    readonly declared: Profile,
    readonly asOf: string,
    /** The ruleset's parameters with their dated values (data/parameters/). */
    readonly dated: DatedParameters,
    /** What earlier stages decided (filled in as the stages run). */
    readonly outcome: StageOutcome,
  ) {
    this.current = monthIndex(asOf);
    this.parameters = parametersOn(dated, asOf);
    this.profile = effectiveProfile(declared, asOf, this.parameters);
  }

  /** The value of `key` for this evaluation, computed once. */
  once<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
