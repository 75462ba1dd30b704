/** The limits of a server: every one has a default fit for a public endpoint, and each is a `serve()` option. */
import { DEFAULT_MAX_LINE_BYTES, MAX_PROFILE_BYTES } from '../limits';

/**
 * What a server holds and waits for at most.
 *
 * @example
 * serve({ ...DEFAULT_LIMITS, maxBodyBytes: 64 * 1024 })
 */
export interface ServerLimits {
  /** Largest body of POST /v1/decisions, in bytes: more is 413. */
  maxBodyBytes: number;
  /** Longest line of a batch, in bytes: a longer line gets a `too_big` error line and the batch goes on. */
  maxLineBytes: number;
  /** Requests waiting for or in evaluation at once: one more is 503 with Retry-After. */
  maxPending: number;
  /** A decision not ready this many milliseconds after the request's start is 503 with Retry-After. */
  timeoutMs: number;
  /** A batch whose client sends nothing for this many milliseconds is cut off; a busy one may run for hours. */
  idleTimeoutMs: number;
  /** A connection whose headers are not all in after this many milliseconds is closed, one that sends nothing too. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this many milliseconds. */
  keepAliveTimeoutMs: number;
  /** Open connections at most: one more is closed at once (each holds a file descriptor). */
  maxConnections: number;
}

/** The defaults: 1 MiB bodies and lines, 256 pending, 10 s a decision and for the headers, 512 connections. */
export const DEFAULT_LIMITS: ServerLimits = {
  maxBodyBytes: MAX_PROFILE_BYTES,
  maxLineBytes: DEFAULT_MAX_LINE_BYTES,
  maxPending: 256,
  timeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
};

/** Seconds a client is asked to wait after a 503. */
export const RETRY_AFTER_SECONDS = '1';
