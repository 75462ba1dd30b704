/** The sizes the CLI and the server accept at most from one input: one profile, one NDJSON line. */

/** A profile file or request body: 1 MiB (a profile is one person, not a database dump). */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** A line of `evaluate --ndjson` or of a batch: 1 MiB; a longer one is a `too_big` error line. */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/**
 * The young generation of the server's worker processes, as V8's semi-space size: 24 MB instead of
 * Node's default lets a decision's short-lived garbage die young, so fewer objects are promoted and
 * fewer full collections pause a request (measured on the bench's profiles: p99 of one decision
 * 3.4–4.9 ms → 0.8 ms, about 30 MB more memory a process). A flag the user gives
 * (`--max-semi-space-size`) wins. The bulk mode's worker threads keep Node's default: with two of
 * them the process would pass 400 MB.
 */
export const SEMI_SPACE_MB = 24;

/** The V8 flags a forked worker process starts with: the parent's, plus the semi-space size unless the parent sets one. */
export function workerExecArgv(parent: readonly string[] = process.execArgv): string[] {
  return parent.some((flag) => flag.startsWith('--max-semi-space-size'))
    ? [...parent]
    : [...parent, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}
