import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import quotas from '../../../data/parameters/quotas.json';
import screening from '../../../data/parameters/screening.json';
import words from '../../../data/vocabulary.json';
import { SERVICE_CODES } from '../../../src/language/codes';
import { openApiDocument } from '../../../src/node/http/openapi';
import { acceptedLocale } from '../../../src/node/http/request-options';
import { healthSchema, openApiSchema, rulesCatalogueSchema, sourcesSchema, vocabularySchema } from '../../../src/node/http/schemas';
import { type RunningServer, serve } from '../../../src/node/http/server';
import { evaluate } from '../../support/untyped';

// What an integrator in another language expects of the server: "why" (trace), the locale from
// Accept-Language, the names of the codes, CORS for browser pages, a request id to correlate
// logs. Expected values come from the library called directly or from the data files.
const profile = {
  person: { birthDate: '1990-04-12', sex: 'male' },
  residency: { status: 'citizen' },
  employment: [{ kind: 'self_payer' }],
  payments: [{ kind: 'self_payer', period: '2024-06', months: 9, paidOn: '2024-06-05', amountKzt: 38250 }],
  asOf: '2025-06-15',
};
const ORIGIN = 'https://clinic.example.kz';

let running: RunningServer;
let withCors: RunningServer;
const logs: string[] = [];
const json = (response: Response): Promise<any> => response.json();
const decide = (query = '', headers: Record<string, string> = {}, body: unknown = profile) =>
  fetch(`${running.url}/v1/decisions${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  running = await serve({ port: 0, log: (line) => logs.push(line), today: () => '2025-06-15' });
  withCors = await serve({ port: 0, log: () => {}, today: () => '2025-06-15', cors: [ORIGIN] });
});
afterAll(() => Promise.all([running.close(), withCors.close()]));

describe('?trace=true', () => {
  it('returns decision.trace, the library’s own; without it there is none; another value is 422', async () => {
    const traced = await json(await decide('?trace=true&locale=en'));
    const library = await evaluate(profile, { locale: 'en', trace: true });
    expect(traced.trace).toEqual(JSON.parse(JSON.stringify(library.trace)));
    expect(traced.trace.length).toBeGreaterThan(50);
    expect(await json(await decide('?locale=en'))).not.toHaveProperty('trace');
    const bad = await decide('?trace=yes');
    expect(bad.status).toBe(422);
    expect((await json(bad)).issues.map((i: { path: string[] }) => i.path)).toEqual([['trace']]);
  });

  it('applies to every line of a batch', async () => {
    const body = `${JSON.stringify(profile)}\n${JSON.stringify(profile)}\n`;
    const answer = await fetch(`${running.url}/v1/decisions:batch?trace=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    const lines = (await answer.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => Array.isArray(l.trace))).toEqual([true, true]);
  });
});

describe('Accept-Language', () => {
  it('picks the first of ru, kk, en, ky by q-value; region subtags count as their language', () => {
    expect(acceptedLocale('de-DE, kk-KZ;q=0.8, ru;q=0.5')).toBe('kk');
    expect(acceptedLocale('ru;q=0.4, en-GB;q=0.9')).toBe('en');
    expect(acceptedLocale('ky, ru')).toBe('ky');
    expect(acceptedLocale('de, fr;q=0.5')).toBeUndefined();
    expect(acceptedLocale('kk;q=0, ru;q=0.1')).toBe('ru');
    expect(acceptedLocale(undefined)).toBeUndefined();
  });

  it('chooses the locale of a decision when ?locale= is absent, and says it in Content-Language', async () => {
    const answer = await decide('', { 'accept-language': 'kk-KZ, ru;q=0.8' });
    expect(answer.headers.get('content-language')).toBe('kk');
    expect(answer.headers.get('vary')).toContain('Accept-Language');
    const decision = await json(answer);
    expect(decision.locale).toBe('kk');
    expect(decision.nextSteps[0].message).toBe((await evaluate(profile, { locale: 'kk' })).nextSteps[0]?.message);
  });

  it('yields to ?locale= and to the body’s own locale', async () => {
    expect((await json(await decide('?locale=en', { 'accept-language': 'kk' }))).locale).toBe('en');
    expect((await json(await decide('', { 'accept-language': 'kk' }, { ...profile, locale: 'ky' }))).locale).toBe('ky');
  });

  it('chooses the language of the 422 issues, and of a batch', async () => {
    const bad = await decide('', { 'accept-language': 'en' }, { ...profile, person: { birthDate: '1990-02-30', sex: 'male' } });
    expect((await json(bad)).issues[0].message).toBe('Expected a real calendar date YYYY-MM-DD');
    const batch = await fetch(`${running.url}/v1/decisions:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', 'accept-language': 'en' },
      body: `${JSON.stringify(profile)}\n`,
    });
    expect(JSON.parse(await batch.text()).locale).toBe('en');
  });
});

describe('GET /v1/vocabulary', () => {
  it('names every service, payer, status, package, quota and screening in the four languages, from the data files', async () => {
    const answer = await json(await fetch(`${running.url}/v1/vocabulary`));
    expect(vocabularySchema.safeParse(answer).success).toBe(true);
    expect(Object.keys(answer.services).sort()).toEqual([...SERVICE_CODES].sort());
    expect(answer.services.phc).toEqual(words.services.phc);
    expect(Object.keys(answer.payers).sort()).toEqual(['dms', 'gobmp', 'osms', 'vms']);
    expect(answer.statuses.not_insured.ky).toBe(words.status.not_insured.ky);
    expect(answer.packages.gobmp.dangerous_diseases.en).toBe('GOBMP: diseases dangerous to others only');
    expect(Object.keys(answer.quotaServices).sort()).toEqual((quotas.values.at(-1)?.value ?? []).map((q) => q.service).sort());
    expect(Object.keys(answer.screenings).sort()).toEqual(Object.keys(screening).sort());
  });

  it('names the conditions by group, each in ru, kk, en and ky (the seed’s Kyrgyz where it has one, else the library’s)', async () => {
    const { conditionGroups } = await json(await fetch(`${running.url}/v1/vocabulary`));
    expect(conditionGroups.dangerous_to_others.diphtheria).toEqual({
      ru: 'Дифтерия',
      kk: 'Дифтерия',
      en: 'Diphtheria',
      ky: 'Кептөөр',
    });
    expect(conditionGroups.socially_significant.tuberculosis.ky).toBe('Кургак учук (туберкулёз)');
    expect(conditionGroups.chronic_dynamic_observation.diabetes_mellitus).toEqual({
      ru: 'Сахарный диабет',
      kk: 'Қант диабеті',
      en: 'Diabetes mellitus',
      ky: 'Кант диабети',
    });
    expect(Object.keys(conditionGroups)).toContain('chronic_dynamic_observation');
  });
});

describe('serve --cors', () => {
  const preflight = (server: RunningServer, origin: string) =>
    fetch(`${server.url}/v1/decisions`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('is off by default: a preflight is 405 and no answer carries CORS headers', async () => {
    const answer = await preflight(running, ORIGIN);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect((await decide('', { origin: ORIGIN })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight of a listed origin and sets the headers of its requests', async () => {
    const answer = await preflight(withCors, ORIGIN);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(answer.headers.get('access-control-allow-methods')).toBe('POST');
    expect(answer.headers.get('access-control-allow-headers')).toContain('Content-Type');
    const request = await fetch(`${withCors.url}/healthz`, { headers: { origin: ORIGIN } });
    expect(request.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(request.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(request.headers.get('vary')).toContain('Origin');
  });

  it('gives another origin nothing: its preflight is 403, its requests carry no CORS header', async () => {
    const other = 'https://elsewhere.example.com';
    expect((await preflight(withCors, other)).status).toBe(403);
    expect((await fetch(`${withCors.url}/healthz`, { headers: { origin: other } })).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('X-Request-Id', () => {
  const logged = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return logs.map((l) => JSON.parse(l).requestId);
  };

  it('is taken from the request, returned and written in the access log line', async () => {
    logs.length = 0;
    const answer = await fetch(`${running.url}/healthz`, { headers: { 'x-request-id': 'registry-7f3a-0042' } });
    expect(answer.headers.get('x-request-id')).toBe('registry-7f3a-0042');
    expect(await logged()).toEqual(['registry-7f3a-0042']);
  });

  it('is made when the request has none, or one that is no short token, and returned and logged the same', async () => {
    logs.length = 0;
    const made = (await fetch(`${running.url}/v1/nothing`)).headers.get('x-request-id');
    const replaced = (await fetch(`${running.url}/healthz`, { headers: { 'x-request-id': 'x'.repeat(200) } })).headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(await logged()).toEqual([made, replaced]);
  });
});

describe('every answer has the schema the OpenAPI document gives it', () => {
  it('GET /v1/rules, /v1/sources, /healthz and /openapi.json parse with their zod schemas', async () => {
    const get = async (path: string) => json(await fetch(`${running.url}${path}`));
    expect(rulesCatalogueSchema.safeParse(await get('/v1/rules')).success).toBe(true);
    expect(sourcesSchema.safeParse(await get('/v1/sources')).success).toBe(true);
    expect(healthSchema.safeParse(await get('/healthz')).success).toBe(true);
    const doc = await get('/openapi.json');
    expect(openApiSchema.safeParse(doc).success).toBe(true);
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });
});
