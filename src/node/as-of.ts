/**
 * The date one evaluation decides on, the same for the CLI, the bulk mode and the server: the
 * option's (`--as-of`, `?asOf=`), else the profile's own `asOf`, else today in Kazakhstan. The
 * library never reads the clock; the Node side reads it here, and only when it must.
 */
import { givesAsOf } from '../profile/parse';

/** The asOf to pass to `evaluate` (absent: the profile's own stands) and whether it is today's. */
export interface ChosenAsOf {
  asOf?: string;
  isToday: boolean;
}

/**
 * `option`, else nothing (the profile gives its own), else `today()` — called only then.
 *
 * @example
 * chooseAsOf(undefined, { person, residency }, () => '2025-06-15') // { asOf: '2025-06-15', isToday: true }
 */
export function chooseAsOf(option: string | undefined, profile: unknown, today: () => string): ChosenAsOf {
  if (option !== undefined) return { asOf: option, isToday: false };
  if (givesAsOf(profile)) return { isToday: false };
  return { asOf: today(), isToday: true };
}
