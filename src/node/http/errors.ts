/** How the server answers: JSON bodies with their length, and errors as `{ error: { code, message } }`. */
import type { ServerResponse } from 'node:http';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** An HTTP error answered as `{ error: { code, message } }`, never with a stack trace. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A JSON answer with its Content-Length (the headers already set on the response stay). */
export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** An HttpError as its answer. */
export function sendError(response: ServerResponse, error: HttpError): void {
  send(response, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}
