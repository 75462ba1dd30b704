/** The sizes the CLI and the server accept at most from one input: one profile, one NDJSON line. */

/** A profile file or request body: 1 MiB (a profile is one person, not a database dump). */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** A line of `evaluate --ndjson` or of a batch: 1 MiB; a longer one is a `too_big` error line. */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
