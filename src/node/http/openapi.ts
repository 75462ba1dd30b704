/**
 * The OpenAPI 3.1 document of the server, built from the route table (`routes.ts`) and the zod
 * schemas (`profileSchema`, `decisionSchema`, `schemas.ts`): nothing in it is written twice.
 * Served at /openapi.json and shipped as docs/openapi.json (`npm run docs:openapi`).
 */
import * as z from 'zod/mini';
import { version } from '../../../package.json';
import { decisionSchema } from '../../decision/schema';
import { LOCALES } from '../../messages/format';
import { type ParameterName, ROUTES, type ResponseSpec, type RouteSpec, type SchemaName } from './routes';
import {
  batchErrorLineSchema,
  decisionRequestSchema,
  errorSchema,
  healthSchema,
  issuesSchema,
  openApiSchema,
  rulesCatalogueSchema,
  sourcesSchema,
  vocabularySchema,
} from './schemas';

/** A real calendar date and month, as the profile's checks take them (the day's bound by month is the checks'). */
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const REQUEST_ID_PATTERN = '^[A-Za-z0-9._:-]{1,128}$';

type Json = Record<string, unknown>;

/**
 * The formats of strings whose check is code (a calendar date, a month, an IIN), found by what
 * the zod schema accepts and refuses: JSON Schema cannot carry the code, so it gets a pattern.
 */
const FORMATS: { accepts: string; refuses: string; add: Json }[] = [
  {
    accepts: '2024-02-29',
    refuses: '2024-02-30',
    add: { format: 'date', pattern: DATE_PATTERN, examples: ['1990-04-12'] },
  },
  { accepts: '2024-02', refuses: '2024-13', add: { pattern: MONTH_PATTERN, examples: ['2024-06'] } },
  { accepts: '900412300127', refuses: '900412300128', add: { pattern: '^\\d{12}$', examples: ['900412300127'] } },
];

function withFormat(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  const schema = ctx.zodSchema as {
    _zod?: { def?: { type?: string } };
    safeParse?: (v: unknown) => { success: boolean };
  };
  if (ctx.jsonSchema.type !== 'string') return;
  if (ctx.jsonSchema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') Object.assign(ctx.jsonSchema, { format: 'date' });
  if (schema._zod?.def?.type !== 'string' || typeof schema.safeParse !== 'function') return;
  const parse = schema.safeParse.bind(schema);
  const format = FORMATS.find((f) => parse(f.accepts).success && !parse(f.refuses).success);
  if (format) Object.assign(ctx.jsonSchema, format.add);
}

const jsonSchema = (s: z.ZodMiniType, io: 'input' | 'output' = 'output'): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
    override: withFormat,
  }) as Json;
  return rest;
};

const SCHEMAS: Record<SchemaName, () => Json> = {
  DecisionRequest: () => jsonSchema(decisionRequestSchema, 'input'),
  Decision: () => jsonSchema(decisionSchema),
  Issues: () => jsonSchema(issuesSchema),
  Error: () => jsonSchema(errorSchema),
  BatchErrorLine: () => jsonSchema(batchErrorLineSchema),
  RulesCatalogue: () => jsonSchema(rulesCatalogueSchema),
  Sources: () => jsonSchema(sourcesSchema),
  Vocabulary: () => jsonSchema(vocabularySchema),
  Health: () => jsonSchema(healthSchema),
  OpenApiDocument: () => jsonSchema(openApiSchema),
};

const PARAMETERS: Record<ParameterName | 'requestId', Json> = {
  asOf: {
    name: 'asOf',
    in: 'query',
    required: false,
    description: 'The date to decide on; else the profile’s `asOf`, else today in Kazakhstan (Asia/Almaty)',
    schema: { type: 'string', format: 'date', pattern: DATE_PATTERN },
    example: '2025-06-15',
  },
  locale: {
    name: 'locale',
    in: 'query',
    required: false,
    description: 'Language of the messages; else the body’s `locale`, else `Accept-Language`, else ru',
    schema: { type: 'string', enum: [...LOCALES] },
    example: 'kk',
  },
  trace: {
    name: 'trace',
    in: 'query',
    required: false,
    description: 'Include `trace`: every rule evaluated, with its conditions and result',
    schema: { type: 'boolean', default: false },
    example: true,
  },
  acceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'Chooses the locale when `?locale=` (and the body’s `locale`) is absent: ' + 'the first of ru, kk, en, ky by q-value',
    schema: { type: 'string', maxLength: 1024 },
    example: 'kk-KZ, ru;q=0.8',
  },
  requestId: {
    name: 'X-Request-Id',
    in: 'header',
    required: false,
    description: 'An id to find this request by in the server’s log; else the server makes one. Returned in every answer',
    schema: { type: 'string', pattern: REQUEST_ID_PATTERN },
    example: 'registry-7f3a-0042',
  },
};

const HEADERS: Record<string, Json> = {
  RequestId: {
    description: 'The request’s `X-Request-Id`, or the one the server made; also in its log line',
    schema: { type: 'string' },
  },
  RetryAfter: { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
  ContentLanguage: { description: 'The locale of the messages', schema: { type: 'string', enum: [...LOCALES] } },
};

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

function response(spec: ResponseSpec): Json {
  const headers: Json = { 'X-Request-Id': ref('headers', 'RequestId') };
  if (spec.retry) headers['Retry-After'] = ref('headers', 'RetryAfter');
  if (spec.language) headers['Content-Language'] = ref('headers', 'ContentLanguage');
  const example = spec.example === undefined ? {} : { example: spec.example };
  const content =
    spec.schema === 'ndjson'
      ? {
          'application/x-ndjson': {
            schema: { type: 'string', description: 'One JSON object a line: a Decision or a BatchErrorLine' },
            // What each line holds, for readers and generators that look (OpenAPI 3.1 has no item schema).
            'x-line-schema': { oneOf: [ref('schemas', 'Decision'), ref('schemas', 'BatchErrorLine')] },
          },
        }
      : spec.schema === undefined
        ? undefined
        : { 'application/json': { schema: ref('schemas', spec.schema), ...example } };
  return { description: spec.description, headers, ...(content ? { content } : {}) };
}

function operation(route: RouteSpec): Json {
  const request = route.request;
  const body =
    request === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            description: request.description,
            content: {
              [request.mediaType]:
                request.mediaType === 'application/json'
                  ? { schema: ref('schemas', 'DecisionRequest'), example: request.example }
                  : { schema: { type: 'string' }, example: request.example },
            },
          },
        };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    parameters: [...route.parameters, 'requestId' as const].map((name) => ref('parameters', name)),
    ...body,
    responses: Object.fromEntries(Object.entries(route.responses).map(([status, spec]) => [status, response(spec)])),
  };
}

/**
 * The OpenAPI 3.1 document of the server.
 *
 * @example
 * openApiDocument().paths['/v1/decisions'].post.operationId // 'decide'
 */
export function openApiDocument() {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'kz-health-coverage',
      version,
      description: 'What public health cover Kazakhstan gives one person on one date, why, and what to do next.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: '`kz-health-coverage serve` on its default host and port' }],
    // No authentication of its own: the server is meant to run behind the clinic's or registry's gateway.
    security: [],
    paths,
    components: {
      parameters: PARAMETERS,
      headers: HEADERS,
      schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, build]) => [name, build()])) as Record<SchemaName, Json>,
    },
  };
}
