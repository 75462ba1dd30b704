import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionSchema, profileSchema } from '../../src';
import { openApiDocument } from '../../src/node/http/openapi';
import { ROUTES } from '../../src/node/http/routes';

type Json = Record<string, any>;
const doc = openApiDocument() as Json;
const operations = Object.entries(doc.paths as Json).flatMap(([path, methods]) =>
  Object.entries(methods as Json).map(([method, op]) => ({ path, method, op: op as Json })),
);

describe('the OpenAPI document', () => {
  it('docs/openapi.json, shipped in the package, is the document the server serves (npm run docs:openapi)', () => {
    expect(JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'openapi.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('is OpenAPI 3.1 with every route of the route table, and its schemas follow the zod schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`));
    const request = doc.components.schemas.DecisionRequest;
    expect(Object.keys(request.properties).sort()).toEqual([...Object.keys(profileSchema.shape), 'locale'].sort());
    expect(request.required.sort()).toEqual(['person', 'residency']);
    expect(request.additionalProperties).toBe(false);
    expect(Object.keys(doc.components.schemas.Decision.properties).sort()).toEqual(Object.keys(decisionSchema.shape).sort());
    expect(Object.keys(doc.paths['/v1/decisions'].post.responses).sort()).toEqual(['200', '400', '413', '415', '422', '503']);
  });

  it('names every operation (operationId, unique) and gives every JSON answer a schema, GET routes included', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids).toEqual(['decide', 'decideBatch', 'listRules', 'listSources', 'getVocabulary', 'getHealth', 'getOpenApi']);
    for (const { op } of operations) {
      for (const answer of Object.values(op.responses as Json)) {
        const content = answer.content ?? {};
        for (const [type, media] of Object.entries(content as Json)) {
          if (type === 'application/json') expect(media.schema.$ref).toMatch(/^#\/components\/schemas\/[A-Z]/);
          expect(media.schema).not.toEqual({ type: 'object' });
        }
      }
    }
    expect(doc.components.schemas.RulesCatalogue.properties.rules.items.required).toContain('effective');
  });

  it('has servers, and dates and months with their formats and patterns, so "xx" is no birth date in a generated client', () => {
    expect(doc.servers).toEqual([{ url: 'http://127.0.0.1:8080', description: expect.any(String) }]);
    const person = doc.components.schemas.DecisionRequest.properties.person.properties;
    expect(person.birthDate).toMatchObject({ type: 'string', format: 'date' });
    const date = new RegExp(person.birthDate.pattern);
    expect(['1990-04-12', '2024-02-29'].map((v) => date.test(v))).toEqual([true, true]);
    expect(['xx', '1990-13-01', '1990-4-12'].map((v) => date.test(v))).toEqual([false, false, false]);
    const month = new RegExp(doc.components.schemas.DecisionRequest.properties.payments.items.properties.period.pattern);
    expect(['2024-06', '2024-13', 'xx'].map((v) => month.test(v))).toEqual([true, false, false]);
    expect(person.iin.pattern).toBe('^\\d{12}$');
    expect(doc.components.schemas.Decision.properties.asOf).toMatchObject({ format: 'date' });
    expect(doc.components.parameters.asOf.schema).toMatchObject({ format: 'date' });
  });

  it('has examples, and the request and the server agree where locale stands: the query, the body, Accept-Language', () => {
    const decide = doc.paths['/v1/decisions'].post;
    expect(decide.requestBody.content['application/json'].example.person.birthDate).toBe('1990-04-12');
    expect(decide.responses['422'].content['application/json'].example.issues[0].code).toBe('invalid_date');
    expect(doc.components.schemas.DecisionRequest.properties.locale.enum).toEqual(['ru', 'kk', 'en', 'ky']);
    expect(decide.parameters.map((p: Json) => p.$ref.split('/').pop())).toEqual(['asOf', 'locale', 'trace', 'acceptLanguage', 'requestId']);
    expect(doc.components.parameters.acceptLanguage).toMatchObject({ name: 'Accept-Language', in: 'header' });
  });

  it('returns X-Request-Id with every answer, and Retry-After with every 503', () => {
    for (const { op } of operations) {
      for (const [status, answer] of Object.entries(op.responses as Json)) {
        expect(answer.headers['X-Request-Id']).toEqual({ $ref: '#/components/headers/RequestId' });
        if (status === '503') expect(answer.headers['Retry-After']).toEqual({ $ref: '#/components/headers/RetryAfter' });
      }
    }
  });
});
