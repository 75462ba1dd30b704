/**
 * `kz-health-coverage serve`: the decisions over HTTP, on `node:http` (no framework: nothing to
 * install beyond the package, and every limit — body size, queue, time, content type — is ours to
 * set and test). Node only: the CLI imports it, the library does not.
 *
 *   POST /v1/decisions        a profile (JSON) → the Decision, or 422 { issues }
 *   POST /v1/decisions:batch  NDJSON in → NDJSON out, streamed, one line per line, errors inline
 *   GET  /v1/rules            the rules catalogue: ids, titles, sources, effective periods
 *   GET  /v1/sources          the bibliography
 *   GET  /healthz             liveness and the ruleset version
 *   GET  /openapi.json        OpenAPI 3.1, its schemas generated from the zod schemas
 */
import { readFileSync, readdirSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { version } from '../package.json';
import { runNdjson } from './bulk';
import { decisionSchema } from './decision/schema';
import { ProfileValidationError } from './errors';
import { type Evaluator, createEvaluator } from './evaluator';
import { LOCALES, type Locale } from './messages/format';
import { givesAsOf } from './profile/parse';
import { type ProfileInput, profileSchema } from './profile/schema';
import { shippedRuleset } from './ruleset/load';
import { todayInKazakhstan } from './today';

/** Limits and knobs of a server; every one has a default fit for a public endpoint. */
export interface ServeOptions {
  port?: number;
  host?: string;
  /** Largest body of POST /v1/decisions, in bytes (default 1 MiB): more is 413. */
  maxBodyBytes?: number;
  /** Longest line of a batch, in characters (default 1 MiB): longer lines get a `too_big` error line. */
  maxLineLength?: number;
  /** Requests waiting for or in evaluation at once (default 256): one more is 503 with Retry-After. */
  maxPending?: number;
  /** A decision not ready after this many milliseconds from the request's start is 503 with Retry-After (default 10 s). */
  timeoutMs?: number;
  /** A batch whose client sends nothing for this many milliseconds is cut off (default 30 s); a busy one may run for hours. */
  idleTimeoutMs?: number;
  /** One JSON line per request goes here (default: stdout). */
  log?: (line: string) => void;
  /** Today's date for profiles without asOf (default: today in Kazakhstan). */
  today?: () => string;
  /** The folder of the rule files and of data/ (default: the package's). */
  packageRoot?: string;
}

/** A running server: its address and a graceful stop that lets requests in flight finish. */
export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** The paths the log may name; any other is logged as `(other)`, for a path can hold anything (an IIN). */
const ROUTES = new Set(['/v1/decisions', '/v1/decisions:batch', '/v1/rules', '/v1/sources', '/healthz', '/openapi.json']);
const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/jsonlines'];
const RETRY_AFTER_SECONDS = '1';

/** An HTTP error answered as `{ error: { code, message } }`, never with a stack trace. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

const mediaType = (request: IncomingMessage) => (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The body as text, at most `max` bytes: a declared or actual larger body is 413. */
async function readBody(request: IncomingMessage, max: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > max) throw new HttpError(413, 'body_too_large', `The body may hold at most ${max} bytes`, { Connection: 'close' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, 'body_too_large', `The body may hold at most ${max} bytes`, { Connection: 'close' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `asOf` and `locale` of the query string, or of the profile itself (`locale` is then taken out of it). */
function evaluationOptions(url: URL, input: unknown, today: () => string): { input: unknown; asOf?: string; locale: Locale | string } {
  let profile = input;
  let locale: string | undefined = url.searchParams.get('locale') ?? undefined;
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, 'locale')) {
    const { locale: own, ...rest } = input as Record<string, unknown>;
    profile = rest;
    locale ??= typeof own === 'string' ? own : String(own);
  }
  const asOf = url.searchParams.get('asOf') ?? (givesAsOf(profile) ? undefined : today());
  return { input: profile, ...(asOf === undefined ? {} : { asOf }), locale: locale ?? 'ru' };
}

/** The rules catalogue of the package's rule files (their titles are not in the runtime ruleset). */
function rulesCatalogue(root: string, titles: Record<string, Record<Locale, string>>) {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
      .sort();
  return walk(join(root, 'rules')).map((file) => {
    const { meta, event } = JSON.parse(readFileSync(file, 'utf8')) as {
      meta: { id: string; title: string; description: string; sources: { document: string; ref?: string }[]; effective: { from: string; to?: string } };
      event: { type: string };
    };
    return {
      id: meta.id,
      title: meta.title,
      description: meta.description,
      event: event.type,
      effective: meta.effective,
      sources: meta.sources.map((s) => ({ ...s, title: titles[s.document]?.en ?? s.document })),
    };
  });
}

const issueSchema = z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), message: z.string() });
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * The OpenAPI 3.1 document of the server: the request and response schemas are generated from
 * the library's zod schemas (`profileSchema`, `decisionSchema`), never written twice.
 *
 * @example
 * openApiDocument().paths['/v1/decisions'].post.responses['200']
 */
export function openApiDocument() {
  const schema = (s: z.ZodMiniType, io: 'input' | 'output' = 'output') => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any', io }) as Record<string, unknown>;
    return rest;
  };
  const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
  const error = (description: string, extra: Record<string, unknown> = {}) => ({ description, content: json('Error'), ...extra });
  const retry = { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } } };
  const query = [
    { name: 'asOf', in: 'query', required: false, description: 'The date to decide on (YYYY-MM-DD); else the profile’s asOf, else today in Kazakhstan', schema: { type: 'string', format: 'date' } },
    { name: 'locale', in: 'query', required: false, description: 'Language of the messages (default ru); may also be given as `locale` in the profile', schema: { type: 'string', enum: [...LOCALES] } },
  ];
  return {
    openapi: '3.1.0',
    info: { title: 'kz-health-coverage', version, description: 'What public health cover Kazakhstan gives one person on one date, why, and what to do next.' },
    paths: {
      '/v1/decisions': {
        post: {
          summary: 'Decide one profile',
          parameters: query,
          requestBody: { required: true, content: json('Profile') },
          responses: {
            '200': { description: 'The decision', content: json('Decision') },
            '400': error('The body is not valid JSON'),
            '413': error('The body is larger than the limit'),
            '415': error('The body is not application/json'),
            '422': { description: 'The profile or the options are invalid: every problem with its path', content: json('Issues') },
            '503': error('The queue is full or the decision took too long', retry),
          },
        },
      },
      '/v1/decisions:batch': {
        post: {
          summary: 'Decide many profiles: one JSON profile a line in, one Decision or error a line out, in order, streamed',
          parameters: query,
          requestBody: { required: true, content: { 'application/x-ndjson': { schema: { type: 'string', description: 'One JSON profile a line' } } } },
          responses: {
            '200': { description: 'One line per input line: a Decision or { line, error: { issues } }', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
            '415': error('The body is not application/x-ndjson'),
            '503': error('The queue is full', retry),
          },
        },
      },
      '/v1/rules': { get: { summary: 'The rules: ids, titles, sources, effective periods', responses: { '200': { description: 'The rules catalogue', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/v1/sources': { get: { summary: 'The bibliography of the rules’ sources', responses: { '200': { description: 'Every source document', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'The server runs', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    },
    components: {
      schemas: {
        Profile: schema(profileSchema, 'input'),
        Decision: schema(decisionSchema),
        Issues: schema(z.object({ issues: z.array(issueSchema) })),
        Error: schema(errorSchema),
      },
    },
  };
}

/**
 * Starts the HTTP server on `host:port` (default 127.0.0.1:8080; port 0 picks a free one).
 *
 * @example
 * const { url, close } = await serve({ port: 0 })
 * await fetch(`${url}/v1/decisions?asOf=2025-06-15`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
 * await close()
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxLineLength = options.maxLineLength ?? 1024 * 1024;
  const maxPending = options.maxPending ?? 256;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const today = options.today ?? (() => todayInKazakhstan());
  const root = options.packageRoot ?? fileURLToPath(new URL('..', import.meta.url));
  const evaluator: Evaluator = createEvaluator();
  const rulesetVersion = shippedRuleset().version;
  // The package's files, read when first asked for.
  let sources: { sources: { id: string; title: Record<Locale, string> }[] } | undefined;
  const bibliography = () => (sources ??= JSON.parse(readFileSync(join(root, 'data', 'sources.json'), 'utf8')) as NonNullable<typeof sources>);
  let rules: ReturnType<typeof rulesCatalogue> | undefined;
  let openapi: string | undefined;
  let pending = 0;
  let stopping = false;
  const active = new Set<ServerResponse>();

  /** A slot in the bounded queue, or 503 when it is full (rather than queuing without bound). */
  const take = () => {
    if (pending >= maxPending) throw new HttpError(503, 'overloaded', 'Too many requests at once: try again shortly', { 'Retry-After': RETRY_AFTER_SECONDS });
    pending += 1;
    let released = false;
    return () => {
      if (!released) pending -= 1;
      released = true;
    };
  };

  async function decide(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (mediaType(request) !== 'application/json') throw new HttpError(415, 'unsupported_media_type', 'Send the profile as application/json');
    const release = take();
    // The time limit runs from the request's start: a body that trickles in counts against it.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HttpError(503, 'timeout', `No decision within ${timeoutMs} ms: try again shortly`, { 'Retry-After': RETRY_AFTER_SECONDS, Connection: 'close' })), timeoutMs);
    });
    late.catch(() => {});
    try {
      const text = await Promise.race([readBody(request, maxBodyBytes), late]);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
      }
      const { input, locale, ...asOf } = evaluationOptions(url, body, today);
      try {
        // A body of unknown shape: evaluate checks it and reports every problem (422).
        const decision = await Promise.race([evaluator.evaluate(input as ProfileInput, { ...asOf, locale: locale as Locale }), late]);
        send(response, 200, decision);
      } catch (error) {
        if (error instanceof ProfileValidationError) send(response, 422, { issues: error.issues });
        else throw error;
      }
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  async function batch(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (!NDJSON_TYPES.includes(mediaType(request))) throw new HttpError(415, 'unsupported_media_type', 'Send the profiles as application/x-ndjson, one JSON profile a line');
    const locale = url.searchParams.get('locale') ?? 'ru';
    if (!(LOCALES as readonly string[]).includes(locale)) throw new HttpError(422, 'invalid_locale', `locale must be one of ${LOCALES.join(', ')}`);
    const release = take();
    // A batch streams for as long as it has lines; a client that goes silent is cut off.
    request.setTimeout(idleTimeoutMs, () => request.destroy());
    try {
      response.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
      const asOf = url.searchParams.get('asOf') ?? undefined;
      // Each line is read only when the one before is written: a slow reader holds the input back.
      await runNdjson(request, response, () => evaluator, { asOf, today: today(), locale: locale as Locale, workers: 0, maxLineLength });
      response.end();
    } finally {
      release();
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse, url: URL) {
    const path = url.pathname;
    const method = request.method ?? 'GET';
    const only = (allowed: string) => {
      if (method !== allowed) throw new HttpError(405, 'method_not_allowed', `${path} takes ${allowed}`, { Allow: allowed });
    };
    switch (path) {
      case '/v1/decisions':
        only('POST');
        return decide(request, response, url);
      case '/v1/decisions:batch':
        only('POST');
        return batch(request, response, url);
      case '/v1/rules':
        only('GET');
        rules ??= rulesCatalogue(root, Object.fromEntries(bibliography().sources.map((s) => [s.id, s.title])));
        return send(response, 200, { rulesetVersion, rules });
      case '/v1/sources':
        only('GET');
        return send(response, 200, bibliography());
      case '/healthz':
        only('GET');
        return send(response, 200, { status: 'ok', version, rulesetVersion, pending });
      case '/openapi.json':
        only('GET');
        openapi ??= JSON.stringify(openApiDocument());
        response.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(openapi) });
        return response.end(openapi);
      default:
        throw new HttpError(404, 'not_found', `No route ${path}`);
    }
  }

  // A client slower than 10 s with its headers is cut off (checked every 2 s). No limit on a whole
  // request: a decision has its own (timeoutMs, body included), a batch streams as long as it is fed.
  const server = createServer({ requestTimeout: 0, headersTimeout: 10_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 2_000 }, (request, response) => {
    const started = performance.now();
    let path = '(other)';
    try {
      const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (ROUTES.has(requested)) path = requested;
    } catch {}
    // While the server stops, every response closes its connection, so none lingers idle.
    if (stopping) response.setHeader('Connection', 'close');
    active.add(response);
    // One JSON line per request, with nothing of the person: no query string, no body.
    response.once('close', () => {
      active.delete(response);
      if (stopping) server.closeIdleConnections();
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          method: request.method,
          path,
          status: response.statusCode,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(response.writableFinished ? {} : { aborted: true }),
        }),
      );
    });
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return send(response, 400, { error: { code: 'invalid_url', message: 'The request URL is not valid' } });
    }
    route(request, response, url).catch((error: unknown) => {
      if (response.headersSent) {
        // A batch already streaming (or a client gone): nothing more can be said but to stop.
        response.destroy();
        return;
      }
      if (error instanceof HttpError) return send(response, error.status, { error: { code: error.code, message: error.message } }, error.headers);
      // A fault of the program: said without a stack trace, in the response as in the log.
      send(response, 500, { error: { code: 'internal_error', message: 'An internal error occurred' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8080);
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        // No new connections; idle keep-alive ones closed now, busy ones once their response is out.
        stopping = true;
        for (const response of active) if (!response.headersSent) response.setHeader('Connection', 'close');
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
