/** `X-Request-Id`: the client's, when it is a short token, else one made here; returned and logged. */
import { randomUUID } from 'node:crypto';

/** Letters, digits and `._:-`, at most 128: nothing that could break a log line or a header. */
const TOKEN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id of a request: its `X-Request-Id` when that is a token, else a new UUID.
 *
 * @example
 * requestIdOf('order-42') // 'order-42'
 * requestIdOf(undefined)  // 'b3c1…' (a random UUID)
 */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && TOKEN.test(given) ? given : randomUUID();
}
