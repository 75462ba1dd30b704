// A client as an integrator writes it: generated from docs/openapi.json by openapi-typescript,
// calling every route through openapi-fetch. tsc (TypeScript 5) typechecks it, then run.mjs runs
// it against a server; each check throws on a wrong answer.
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api.js';

// The one Node global the client reads (no @types/node: the client is what any TypeScript app writes).
declare const process: { env: Record<string, string | undefined> };

type Decision = components['schemas']['Decision'];
type DecisionRequest = components['schemas']['DecisionRequest'];

const baseUrl = process.env.KZ_URL;
if (!baseUrl) throw new Error('KZ_URL is not set');
const client = createClient<paths>({ baseUrl });

const profile: DecisionRequest = {
  person: { birthDate: '1990-04-12', sex: 'male' },
  residency: { status: 'citizen' },
  employment: [{ kind: 'self_payer' }],
  payments: [{ kind: 'self_payer', period: '2024-06', months: 9, paidOn: '2024-06-05', amountKzt: 38250 }],
};

function check(route: string, ok: boolean, detail: string): void {
  if (!ok) throw new Error(`${route}: ${detail}`);
  console.log(`✓ ${route} — ${detail}`);
}

const decided = await client.POST('/v1/decisions', {
  params: { query: { asOf: '2025-06-15', locale: 'en', trace: false }, header: { 'X-Request-Id': 'contract-1' } },
  body: profile,
});
const decision: Decision | undefined = decided.data;
const owed: number | null | undefined = decision?.insurance.debt?.amountKzt;
check(
  'decide',
  decided.response.status === 200 && owed === 12750,
  `${decided.response.status}, debt ${owed} ₸, phc payer ${decision?.services.phc.payer}`,
);
check('decide (request id)', decided.response.headers.get('x-request-id') === 'contract-1', 'X-Request-Id returned');

const invalid = await client.POST('/v1/decisions', {
  params: { query: { asOf: '2025-06-15' }, header: { 'Accept-Language': 'en' } },
  body: { ...profile, person: { birthDate: '1990-02-30', sex: 'male' } },
});
const issues = invalid.error && 'issues' in invalid.error ? invalid.error.issues : [];
check(
  'decide (422)',
  invalid.response.status === 422 && issues[0]?.code === 'invalid_date',
  `${invalid.response.status} ${issues.map((i) => i.path.join('.')).join(', ')}`,
);

const lines = [JSON.stringify({ ...profile, asOf: '2025-06-15' }), '{bad'].join('\n');
const batch = await client.POST('/v1/decisions:batch', {
  params: { query: { locale: 'kk' } },
  body: lines,
  bodySerializer: (body: string) => body,
  headers: { 'Content-Type': 'application/x-ndjson' },
  parseAs: 'text',
});
const out = (batch.data ?? '')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Decision | components['schemas']['BatchErrorLine']);
const kinds = out.map((l) => ('error' in l ? l.error.issues[0]?.code : l.insurance.status));
check('decideBatch', batch.response.status === 200 && kinds.join() === 'not_insured,invalid_json', kinds.join(', '));

const rules = await client.GET('/v1/rules');
const first = rules.data?.rules[0];
check(
  'listRules',
  (rules.data?.rules.length ?? 0) > 50 && typeof first?.effective.from === 'string',
  `${rules.data?.rules.length} rules, ${first?.id} from ${first?.effective.from}`,
);

const sources = await client.GET('/v1/sources');
const titled = sources.data?.sources.find((s) => s.id === 'seed:002');
check('listSources', typeof titled?.title.kk === 'string', `${sources.data?.sources.length} sources, seed:002 «${titled?.title.en}»`);

const vocabulary = await client.GET('/v1/vocabulary');
const phc: string | undefined = vocabulary.data?.services.phc?.kk;
check('getVocabulary', typeof phc === 'string' && vocabulary.data?.locales.length === 4, `phc in kk: ${phc}`);

const health = await client.GET('/healthz');
check(
  'getHealth',
  health.data?.status === 'ok',
  `${health.data?.status}, ruleset ${health.data?.rulesetVersion}, pending ${health.data?.pending}`,
);

const openapi = await client.GET('/openapi.json');
check(
  'getOpenApi',
  openapi.data?.openapi === '3.1.0',
  `OpenAPI ${openapi.data?.openapi}, ${Object.keys(openapi.data?.paths ?? {}).length} paths`,
);
