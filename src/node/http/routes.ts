/**
 * The one table of the server's routes: routing (path, method, handler by operationId), the
 * access log (a path not in it is logged as `(other)`) and the OpenAPI document (every field
 * below) all read it, so the three cannot disagree.
 */

/** The query parameters and headers a route may read, each described once in the OpenAPI components. */
export type ParameterName = 'asOf' | 'locale' | 'trace' | 'acceptLanguage';
/** The schemas of bodies, by their name in the OpenAPI components. */
export type SchemaName =
  | 'DecisionRequest'
  | 'Decision'
  | 'Issues'
  | 'Error'
  | 'BatchErrorLine'
  | 'RulesCatalogue'
  | 'Sources'
  | 'Vocabulary'
  | 'Health'
  | 'OpenApiDocument';

/** One answer of a route. */
export interface ResponseSpec {
  description: string;
  /** JSON of this schema, or NDJSON text (`ndjson`), or no body (absent). */
  schema?: SchemaName | 'ndjson';
  /** The answer carries Retry-After (503). */
  retry?: boolean;
  /** The answer carries Content-Language (a Decision). */
  language?: boolean;
  example?: unknown;
}

/** One route: what routing, the log and the OpenAPI document know of it. */
export interface RouteSpec {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  summary: string;
  description: string;
  parameters: readonly ParameterName[];
  request?: { mediaType: 'application/json' | 'application/x-ndjson'; description: string; example: unknown };
  responses: Readonly<Record<string, ResponseSpec>>;
}

const EXAMPLE_PROFILE = {
  person: { birthDate: '1990-04-12', sex: 'male' },
  residency: { status: 'citizen' },
  employment: [{ kind: 'self_payer' }],
  payments: [{ kind: 'self_payer', period: '2024-06', months: 9, paidOn: '2024-06-05', amountKzt: 38250 }],
};
const EXAMPLE_ISSUES = {
  issues: [{ path: ['person', 'birthDate'], code: 'invalid_date', message: 'Expected a real calendar date YYYY-MM-DD' }],
};
const error = (description: string, code: string, message: string, more: Partial<ResponseSpec> = {}): ResponseSpec => ({
  description,
  schema: 'Error',
  example: { error: { code, message } },
  ...more,
});
const invalid: ResponseSpec = {
  description: 'The profile or an option is invalid: every problem with its path, in the chosen language',
  schema: 'Issues',
  example: EXAMPLE_ISSUES,
};

/** Every route of the server. */
export const ROUTES = [
  {
    method: 'POST',
    path: '/v1/decisions',
    operationId: 'decide',
    summary: 'Decide one profile',
    description:
      'The Decision for one profile on one date: `asOf` from the query, else the profile’s own, else today in ' +
      'Kazakhstan (Asia/Almaty); the locale from the query, else the body’s `locale`, else `Accept-Language`, else ' +
      'ru.',
    parameters: ['asOf', 'locale', 'trace', 'acceptLanguage'],
    request: {
      mediaType: 'application/json',
      description: 'A profile; it may also give `locale`',
      example: EXAMPLE_PROFILE,
    },
    responses: {
      '200': { description: 'The Decision', schema: 'Decision', language: true },
      '400': error('The body is not valid JSON', 'invalid_json', 'The body is not valid JSON: Unexpected end of JSON input'),
      '413': error('The body is larger than the limit', 'body_too_large', 'The body may hold at most 1048576 bytes'),
      '415': error('The body is not application/json', 'unsupported_media_type', 'Send the profile as application/json'),
      '422': invalid,
      '503': error('The queue is full or the decision took too long', 'overloaded', 'Too many requests at once: try again shortly', {
        retry: true,
      }),
    },
  },
  {
    method: 'POST',
    path: '/v1/decisions:batch',
    operationId: 'decideBatch',
    summary: 'Decide many profiles, streamed',
    description:
      'One JSON profile a line in, one line out per line, in order, streamed with backpressure: the Decision, or `{' +
      ' line, error: { issues } }` (schema `BatchErrorLine`; `invalid_json`, `too_big` for a line over the limit). ' +
      '`asOf`, `locale` and `trace` apply to every line; a line’s own `asOf` counts when the query has none.',
    parameters: ['asOf', 'locale', 'trace', 'acceptLanguage'],
    request: {
      mediaType: 'application/x-ndjson',
      description: 'One JSON profile a line',
      example: `${JSON.stringify(EXAMPLE_PROFILE)}\n${JSON.stringify({ ...EXAMPLE_PROFILE, asOf: '2025-01-20' })}\n`,
    },
    responses: {
      '200': {
        description: 'One line per input line: a Decision or a BatchErrorLine',
        schema: 'ndjson',
        language: true,
      },
      '415': error(
        'The body is not application/x-ndjson',
        'unsupported_media_type',
        'Send the profiles as application/x-ndjson, one JSON profile a line',
      ),
      '422': invalid,
      '503': error('The queue is full', 'overloaded', 'Too many requests at once: try again shortly', { retry: true }),
    },
  },
  {
    method: 'GET',
    path: '/v1/rules',
    operationId: 'listRules',
    summary: 'The rules',
    description: 'Each rule’s id, title, description, event type, effective period and sources with their titles.',
    parameters: [],
    responses: { '200': { description: 'The rules catalogue', schema: 'RulesCatalogue' } },
  },
  {
    method: 'GET',
    path: '/v1/sources',
    operationId: 'listSources',
    summary: 'The bibliography',
    description: 'Every source document the rules cite, with its title in ru, kk, en and ky.',
    parameters: [],
    responses: { '200': { description: 'Every source document', schema: 'Sources' } },
  },
  {
    method: 'GET',
    path: '/v1/vocabulary',
    operationId: 'getVocabulary',
    summary: 'The names of the codes',
    description:
      'The names of services, payers, packages, statuses, requirements, quota services and periods, screenings and ' +
      'conditions (by group) in ru, kk, en and ky, for a client that shows names rather than codes. A name with no ' +
      'wording of its own in a locale is the Russian one.',
    parameters: [],
    responses: { '200': { description: 'Every name in the four locales', schema: 'Vocabulary' } },
  },
  {
    method: 'GET',
    path: '/healthz',
    operationId: 'getHealth',
    summary: 'Liveness',
    description: 'The server runs: its version, the ruleset version and the requests waiting or in evaluation.',
    parameters: [],
    responses: {
      '200': {
        description: 'The server runs',
        schema: 'Health',
        example: { status: 'ok', version: '0.1.0', rulesetVersion: '0.1.0+3f2a9c1e', pending: 0 },
      },
    },
  },
  {
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This document',
    description: 'The OpenAPI 3.1 document of the server (also shipped as docs/openapi.json).',
    parameters: [],
    responses: { '200': { description: 'OpenAPI 3.1', schema: 'OpenApiDocument' } },
  },
] as const satisfies readonly RouteSpec[];

/** The operationId of a route: the server has one handler for each. */
export type OperationId = (typeof ROUTES)[number]['operationId'];

const BY_PATH = new Map<string, RouteSpec & { operationId: OperationId }>(ROUTES.map((route) => [route.path, route]));

/**
 * The route of a path, if any.
 *
 * @example
 * routeOf('/v1/decisions')?.operationId // 'decide'
 */
export function routeOf(path: string): (RouteSpec & { operationId: OperationId }) | undefined {
  return BY_PATH.get(path);
}
