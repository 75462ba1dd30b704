/**
 * When a dead worker of `serve --workers N` is forked again: after a back-off that doubles with
 * each death of the last minute, and never once workers keep dying — the primary then stops and
 * exits non-zero, so a supervisor set to restart on failure does restart it.
 */

/** The back-off: first delay, its ceiling, and how many deaths in how long mean "they keep dying". */
export interface RestartPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
  maxDeaths: number;
}

/**
 * 100 ms, 200 ms, 400 ms … up to 10 s; more than `max(5, workers)` deaths in 60 s is too many.
 *
 * @example
 * restartPolicy(2) // { firstDelayMs: 100, maxDelayMs: 10000, windowMs: 60000, maxDeaths: 5 }
 */
export function restartPolicy(workers: number): RestartPolicy {
  return { firstDelayMs: 100, maxDelayMs: 10_000, windowMs: 60_000, maxDeaths: Math.max(5, workers) };
}

/**
 * After a death at `now` (already in `deaths`, the times of every death so far): the delay before
 * the next fork, or why to give up. Deaths older than the window are dropped from `deaths`.
 *
 * @example
 * afterDeath([0], 0, restartPolicy(2)) // { delayMs: 100 }
 */
export function afterDeath(deaths: number[], now: number, policy: RestartPolicy): { delayMs: number } | { giveUp: string } {
  while (deaths.length > 0 && (deaths[0] as number) <= now - policy.windowMs) deaths.shift();
  const recent = deaths.length;
  if (recent > policy.maxDeaths) {
    return { giveUp: `workers keep dying (${recent} deaths in ${Math.round(policy.windowMs / 1000)} s)` };
  }
  return { delayMs: Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, recent - 1)) };
}
