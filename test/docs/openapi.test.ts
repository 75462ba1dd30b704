import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionSchema, profileSchema } from '../../src';
import { openApiDocument } from '../../src/serve';

describe('the OpenAPI document', () => {
  const doc = openApiDocument();

  it('docs/openapi.json, shipped in the package, is the document the server serves (npm run docs:openapi)', () => {
    expect(JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'openapi.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('is OpenAPI 3.1 with every route, and its schemas follow the zod schemas: the profile’s keys and the decision’s', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/openapi.json', '/v1/decisions', '/v1/decisions:batch', '/v1/rules', '/v1/sources']);
    const profile = doc.components.schemas.Profile as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(profile.properties).sort()).toEqual(Object.keys(profileSchema.shape).sort());
    expect(profile.required.sort()).toEqual(['person', 'residency']);
    expect(profile.additionalProperties).toBe(false);
    const decision = doc.components.schemas.Decision as { properties: Record<string, unknown> };
    expect(Object.keys(decision.properties).sort()).toEqual(Object.keys(decisionSchema.shape).sort());
    expect(Object.keys(doc.paths['/v1/decisions'].post.responses).sort()).toEqual(['200', '400', '413', '415', '422', '503']);
  });
});
