/**
 * `kz-health-coverage serve`: the decisions over HTTP, on `node:http` (no framework: nothing to
 * install beyond the package, and every limit — body size, line size, queue, time, connections —
 * is ours to set and test). Node only: the CLI imports it, the library does not. The routes are
 * those of `routes.ts`; each has its handler here, by operationId.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { version } from '../../../package.json';
import { ProfileValidationError } from '../../errors';
import { type Evaluator, createEvaluator } from '../../evaluator';
import type { ProfileInput } from '../../profile/schema';
import { shippedRuleset } from '../../ruleset/load';
import { runNdjson } from '../bulk/run';
import { packageRoot } from '../package-root';
import { todayInKazakhstan } from '../today';
import { readBody } from './body';
import { bibliography, rulesCatalogue } from './catalogue';
import { corsPolicy } from './cors';
import { HttpError, send, sendError } from './errors';
import { DEFAULT_LIMITS, RETRY_AFTER_SECONDS, type ServerLimits } from './limits';
import { openApiDocument } from './openapi';
import { batchLocale, decisionCall, requestTrace } from './request-options';
import { requestIdOf } from './request-id';
import { type OperationId, routeOf } from './routes';
import { vocabulary } from './vocabulary';

/** Where a server listens, what it logs, and its limits (each with a default fit for a public endpoint). */
export interface ServeOptions extends Partial<ServerLimits> {
  port?: number;
  host?: string;
  /** Origins a browser page may call the server from (`*`: any); none by default (CORS off). */
  cors?: readonly string[];
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

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/jsonlines'];

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | void;

/** Adds a request header the answer depends on to its Vary header. */
const varyOn = (response: ServerResponse, header: string) => {
  const given = response.getHeader('Vary');
  response.setHeader('Vary', given === undefined ? header : `${String(given)}, ${header}`);
};

const mediaType = (request: IncomingMessage) => (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The connections whose first request's headers have not come yet: closed after the header timeout. */
function closeSilentConnections(server: Server, timeoutMs: number): (socket: Socket) => void {
  const timers = new WeakMap<Socket, NodeJS.Timeout>();
  server.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    timers.set(socket, timer);
    socket.once('close', () => clearTimeout(timer));
  });
  return (socket) => clearTimeout(timers.get(socket));
}

/**
 * Starts the HTTP server on `host:port` (default 127.0.0.1:8080; port 0 picks a free one).
 *
 * @example
 * const { url, close } = await serve({ port: 0 })
 * const headers = { 'content-type': 'application/json' }
 * await fetch(`${url}/v1/decisions?asOf=2025-06-15`, { method: 'POST', headers, body })
 * await close()
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ServerLimits)[]) limits[key] = options[key] ?? DEFAULT_LIMITS[key];
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const today = options.today ?? (() => todayInKazakhstan());
  const root = options.packageRoot ?? packageRoot();
  const cors = corsPolicy(options.cors ?? []);
  const evaluator: Evaluator = createEvaluator();
  const rulesetVersion = shippedRuleset().version;
  // The package's files and the documents, made when first asked for.
  let sources: ReturnType<typeof bibliography> | undefined;
  let rules: string | undefined;
  let words: string | undefined;
  let openapi: string | undefined;
  let pending = 0;
  let stopping = false;
  const active = new Set<ServerResponse>();

  /** A slot in the bounded queue, or 503 when it is full (rather than queuing without bound). */
  const take = () => {
    if (pending >= limits.maxPending)
      throw new HttpError(503, 'overloaded', 'Too many requests at once: try again shortly', {
        'Retry-After': RETRY_AFTER_SECONDS,
      });
    pending += 1;
    let released = false;
    return () => {
      if (!released) pending -= 1;
      released = true;
    };
  };

  async function decide(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (mediaType(request) !== 'application/json')
      throw new HttpError(415, 'unsupported_media_type', 'Send the profile as application/json');
    const release = take();
    // The time limit runs from the request's start: a body that trickles in counts against it.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      const error = new HttpError(503, 'timeout', `No decision within ${limits.timeoutMs} ms: try again shortly`, {
        'Retry-After': RETRY_AFTER_SECONDS,
        Connection: 'close',
      });
      timer = setTimeout(() => reject(error), limits.timeoutMs);
    });
    late.catch(() => {});
    try {
      const text = await Promise.race([readBody(request, limits.maxBodyBytes), late]);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
      }
      const { input, options: evaluateOptions } = decisionCall(url, request, body, today);
      // A body of unknown shape: evaluate checks it and reports every problem (422).
      const decision = await Promise.race([evaluator.evaluate(input as ProfileInput, evaluateOptions), late]);
      varyOn(response, 'Accept-Language');
      send(response, 200, decision, { 'Content-Language': decision.locale });
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  async function decideBatch(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (!NDJSON_TYPES.includes(mediaType(request)))
      throw new HttpError(415, 'unsupported_media_type', 'Send the profiles as application/x-ndjson, one JSON profile a line');
    const locale = batchLocale(url, request);
    const trace = requestTrace(url, locale);
    const release = take();
    // A batch streams for as long as it has lines; a client that goes silent is cut off.
    request.setTimeout(limits.idleTimeoutMs, () => request.destroy());
    try {
      varyOn(response, 'Accept-Language');
      response.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Content-Language': locale });
      const asOf = url.searchParams.get('asOf') ?? undefined;
      // Each line is read only when the one before is written: a slow reader holds the input back.
      await runNdjson(request, response, () => evaluator, {
        asOf,
        today: today(),
        locale,
        trace,
        workers: 0,
        maxLineBytes: limits.maxLineBytes,
      });
      response.end();
    } finally {
      release();
    }
  }

  const cached = (text: string) => (_request: IncomingMessage, response: ServerResponse) => send(response, 200, text);
  const handlers: Record<OperationId, Handler> = {
    decide,
    decideBatch,
    listRules: (request, response) => {
      sources ??= bibliography(root);
      rules ??= JSON.stringify({ rulesetVersion, rules: rulesCatalogue(root, sources) });
      return cached(rules)(request, response);
    },
    listSources: (request, response) => cached(JSON.stringify((sources ??= bibliography(root))))(request, response),
    getVocabulary: (request, response) => cached((words ??= JSON.stringify(vocabulary(root))))(request, response),
    getHealth: (_request, response) => send(response, 200, { status: 'ok', version, rulesetVersion, pending }),
    getOpenApi: (request, response) => cached((openapi ??= JSON.stringify(openApiDocument())))(request, response),
  };

  async function route(request: IncomingMessage, response: ServerResponse, url: URL) {
    const spec = routeOf(url.pathname);
    if (spec === undefined) throw new HttpError(404, 'not_found', `No route ${url.pathname}`);
    if (cors.preflight(request, response, spec.method)) return;
    if (request.method !== spec.method) {
      throw new HttpError(405, 'method_not_allowed', `${spec.path} takes ${spec.method}`, { Allow: spec.method });
    }
    try {
      await handlers[spec.operationId](request, response, url);
    } catch (error) {
      if (error instanceof ProfileValidationError) send(response, 422, { issues: error.issues });
      else throw error;
    }
  }

  // A client slower than the header timeout with its headers is cut off (checked every 2 s at
  // most), and one that sends nothing as well. No limit on a whole request: a decision has its
  // own (timeoutMs, body included), a batch streams as long as it is fed.
  const server = createServer({
    requestTimeout: 0,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(2_000, limits.headersTimeoutMs),
  });
  server.maxConnections = limits.maxConnections;
  const heard = closeSilentConnections(server, limits.headersTimeoutMs);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    heard(request.socket);
    const started = performance.now();
    const requestId = requestIdOf(request.headers['x-request-id']);
    response.setHeader('X-Request-Id', requestId);
    cors.decorate(request, response);
    let path = '(other)';
    try {
      const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (routeOf(requested)) path = requested;
    } catch {}
    // While the server stops, every response closes its connection, so none lingers idle.
    if (stopping) response.setHeader('Connection', 'close');
    active.add(response);
    // One JSON line per request, with nothing of the person: no query string, no body.
    response.once('close', () => {
      active.delete(response);
      if (stopping) server.closeIdleConnections();
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const aborted = response.writableFinished ? {} : { aborted: true };
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          requestId,
          method: request.method,
          path,
          status: response.statusCode,
          durationMs,
          ...aborted,
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
      if (error instanceof HttpError) return sendError(response, error);
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
