/**
 * `serve --cors <origins>`: off by default. For the origins listed (or `*`), preflight requests are
 * answered and the CORS headers set; any other origin gets no CORS header (its browser then
 * refuses the answer) and a preflight from it is 403.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors';

/** The headers a page may send and read. */
const ALLOWED_HEADERS = 'Content-Type, Accept-Language, X-Request-Id';
const EXPOSED_HEADERS = 'X-Request-Id, Retry-After, Content-Language';
const MAX_AGE_SECONDS = '600';

/** What the server does with a request's `Origin`. */
export interface CorsPolicy {
  /** Sets the CORS headers of an answer to an allowed origin; every answer varies by Origin. */
  decorate(request: IncomingMessage, response: ServerResponse): void;
  /** Whether the request is a preflight this policy answers (then it has answered it). */
  preflight(request: IncomingMessage, response: ServerResponse, method: string): boolean;
}

/**
 * The policy for `origins` (`['*']`: every origin); an empty list is CORS off.
 *
 * @example
 * corsPolicy(['https://clinic.example.kz'])
 */
export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const any = origins.includes('*');
  const listed = new Set(origins);
  const allowed = (origin: string | undefined): origin is string => origin !== undefined && (any || listed.has(origin));
  const allowOrigin = (response: ServerResponse, origin: string) => {
    response.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
    if (!any) response.setHeader('Vary', 'Origin');
  };
  if (origins.length === 0) return { decorate: () => {}, preflight: () => false };
  return {
    decorate(request, response) {
      const origin = request.headers.origin;
      if (!allowed(origin)) return;
      allowOrigin(response, origin);
      response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    },
    preflight(request, response, method) {
      if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return false;
      const origin = request.headers.origin;
      if (!allowed(origin)) throw new HttpError(403, 'origin_not_allowed', 'This origin may not call the server from a browser');
      allowOrigin(response, origin);
      response.writeHead(204, {
        'Access-Control-Allow-Methods': method,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': MAX_AGE_SECONDS,
      });
      response.end();
      return true;
    },
  };
}
