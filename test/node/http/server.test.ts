import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/node/http/openapi';
import { type RunningServer, serve } from '../../../src/node/http/server';
import { createEvaluator } from '../../support/untyped';

// The server on 127.0.0.1 with a real HTTP client (fetch, and node:http / node:net where fetch
// cannot misbehave on purpose). Expected values come from the library itself called directly, or
// are written by hand.
const IIN = '900412300127';
const BIRTH = '1990-04-12';
const selfPayer = {
  person: { birthDate: BIRTH, sex: 'male', iin: IIN },
  residency: { status: 'citizen' },
  employment: [{ kind: 'self_payer' }],
  payments: [{ kind: 'self_payer', period: '2024-06', months: 9, paidOn: '2024-06-05', amountKzt: 38250 }],
};

let running: RunningServer;
const logs: string[] = [];
const json = (response: Response): Promise<any> => response.json();
const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${running.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

beforeAll(async () => {
  running = await serve({
    port: 0,
    log: (line) => logs.push(line),
    today: () => '2025-06-15',
    maxBodyBytes: 64 * 1024,
    maxLineBytes: 4096,
  });
});
afterAll(() => running.close());

describe('POST /v1/decisions', () => {
  it('answers a profile with its Decision, asOf and locale from the query', async () => {
    const response = await post('/v1/decisions?asOf=2025-06-15&locale=en', JSON.stringify(selfPayer));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const decision = await json(response);
    expect(decision.insurance.debt).toEqual({
      months: ['2025-03', '2025-04', '2025-05'],
      employerMonths: [],
      amountKzt: 12750,
    });
    expect(decision.locale).toBe('en');
  });

  it('takes asOf and locale from the profile too, and today in Kazakhstan without either', async () => {
    const own = await json(await post('/v1/decisions', JSON.stringify({ ...selfPayer, asOf: '2025-01-20', locale: 'kk' })));
    expect([own.asOf, own.locale]).toEqual(['2025-01-20', 'kk']);
    const today = await json(await post('/v1/decisions', JSON.stringify(selfPayer)));
    expect([today.asOf, today.locale]).toEqual(['2025-06-15', 'ru']);
  });

  it('an invalid profile is 422 with every issue, localised', async () => {
    const response = await post(
      '/v1/decisions?asOf=2025-06-15&locale=en',
      JSON.stringify({ person: { birthDate: '1990-02-30', sex: 'x' }, residency: { status: 'citizen' }, pets: 1 }),
    );
    expect(response.status).toBe(422);
    expect(await json(response)).toEqual({
      issues: [
        { path: ['person', 'birthDate'], code: 'invalid_date', message: 'Expected a real calendar date YYYY-MM-DD' },
        { path: ['person', 'sex'], code: 'invalid_value', message: 'Expected one of: female, male' },
        { path: ['pets'], code: 'unrecognized_key', message: 'Unknown key "pets"' },
      ],
    });
    const badLocale = await post('/v1/decisions?asOf=2025-06-15&locale=de', JSON.stringify(selfPayer));
    expect(badLocale.status).toBe(422);
    expect((await json(badLocale)).issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['locale']);
  });

  it('a body that is not JSON is 400, another content type 415, a body over the limit 413 — none with a stack trace', async () => {
    const broken = await post('/v1/decisions', '{"person":');
    expect(broken.status).toBe(400);
    expect((await json(broken)).error.code).toBe('invalid_json');
    const text = await post('/v1/decisions', JSON.stringify(selfPayer), 'text/plain');
    expect(text.status).toBe(415);
    expect(await json(text)).toEqual({
      error: { code: 'unsupported_media_type', message: 'Send the profile as application/json' },
    });
    const big = await post('/v1/decisions', JSON.stringify({ ...selfPayer, pad: 'x'.repeat(70 * 1024) }));
    expect(big.status).toBe(413);
    const body = await big.text();
    expect(JSON.parse(body).error.code).toBe('body_too_large');
    for (const answer of [body]) expect(answer).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('a body over the limit without a Content-Length is cut off at the limit, not read to its end', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${running.url}/v1/decisions`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(16 * 1024);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('100 overlapping requests get the answers of 100 sequential evaluations', async () => {
    const profiles = Array.from({ length: 100 }, (_, i) => ({
      person: { birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`, sex: i % 2 ? 'male' : 'female' },
      residency: { status: i % 3 === 0 ? 'temporary_resident' : 'citizen' },
      employment: [{ kind: 'self_payer' }],
      payments: Array.from({ length: i % 14 }, (_, m) => ({
        kind: 'self_payer',
        period: `2024-${String(1 + (m % 12)).padStart(2, '0')}`,
        paidOn: '2024-12-20',
        amountKzt: 4250,
      })),
    }));
    const evaluator = createEvaluator();
    const sequential: unknown[] = [];
    for (const p of profiles)
      sequential.push(
        await evaluator.evaluate(p, { asOf: '2025-06-15', locale: 'en' }).catch((e: { issues: unknown }) => ({ issues: e.issues })),
      );
    const overlapping = await Promise.all(
      profiles.map((p) => post('/v1/decisions?asOf=2025-06-15&locale=en', JSON.stringify(p)).then(json)),
    );
    expect(overlapping).toEqual(JSON.parse(JSON.stringify(sequential)));
  });
});

describe('POST /v1/decisions:batch', () => {
  it('streams one line per line, in order, errors inline: a decision, bad JSON, an invalid profile, a line too long', async () => {
    const lines = [
      JSON.stringify(selfPayer),
      '{bad',
      JSON.stringify({ person: {} }),
      `{"pad":"${'x'.repeat(5000)}"}`,
      JSON.stringify({ ...selfPayer, asOf: '2024-01-10' }),
    ];
    const response = await post('/v1/decisions:batch?locale=en', `${lines.join('\n')}\n`, 'application/x-ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const out = (await response.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].insurance.debt.amountKzt).toBe(12750);
    expect(out[1]).toMatchObject({ line: 2, error: { issues: [{ code: 'invalid_json' }] } });
    expect(out[2].line).toBe(3);
    expect(out[2].error.issues.length).toBeGreaterThan(1);
    expect(out[3]).toMatchObject({ line: 4, error: { issues: [{ code: 'too_big' }] } });
    expect(out[4].asOf).toBe('2024-01-10');
  });

  it('a batch fed steadily runs as long as it has lines; one whose client goes silent is cut off', async () => {
    const patient = await serve({ port: 0, log: () => {}, today: () => '2025-06-15', idleTimeoutMs: 300 });
    const batchOf = (gapsMs: number[]) =>
      new Promise<string>((resolve) => {
        let out = '';
        const req = httpRequest(
          `${patient.url}/v1/decisions:batch`,
          { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, agent: false },
          (res) => {
            res.on('data', (c) => (out += c));
            res.on('end', () => resolve(`${res.statusCode} ${out.trim().split('\n').length} lines`));
            res.on('error', () => resolve(`cut off after ${out.trim().split('\n').filter(Boolean).length} lines`));
            res.on('aborted', () => resolve(`cut off after ${out.trim().split('\n').filter(Boolean).length} lines`));
          },
        );
        req.on('error', () => resolve(`cut off after ${out.trim().split('\n').filter(Boolean).length} lines`));
        let at = 0;
        for (const gap of gapsMs) {
          at += gap;
          setTimeout(() => req.write(`${JSON.stringify({ ...selfPayer, asOf: '2025-06-15' })}\n`), at);
        }
        setTimeout(() => req.end(), at + 50);
      });
    try {
      // Eight lines 150 ms apart: 1.2 s in all, four times the idle limit, never idle for long.
      expect(await batchOf(Array(8).fill(150))).toBe('200 8 lines');
      // Two lines, then 800 ms of silence.
      expect(await batchOf([0, 50, 800])).toBe('cut off after 2 lines');
    } finally {
      await patient.close();
    }
  });

  it('refuses JSON as the content type (415) and an unknown locale (422)', async () => {
    expect((await post('/v1/decisions:batch', '{}\n')).status).toBe(415);
    expect((await post('/v1/decisions:batch?locale=xx', '{}\n', 'application/x-ndjson')).status).toBe(422);
  });

  it('a client that hangs up mid-batch leaves the server answering the next request', async () => {
    const line = `${JSON.stringify(selfPayer)}\n`;
    await new Promise<void>((resolve) => {
      const req = httpRequest(
        `${running.url}/v1/decisions:batch`,
        { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } },
        (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        },
      );
      req.on('error', () => {});
      for (let i = 0; i < 200; i++) req.write(line);
    });
    const after = await post('/v1/decisions?asOf=2025-06-15', JSON.stringify(selfPayer));
    expect(after.status).toBe(200);
  });
});

describe('GET routes', () => {
  it('/v1/rules lists every rule with its title, sources (titled) and effective period', async () => {
    const { rules, rulesetVersion } = await json(await fetch(`${running.url}/v1/rules`));
    expect(rulesetVersion).toMatch(/^0\.1\.0\+/);
    expect(rules.length).toBe(107);
    const continuous = rules.find((r: { id: string }) => r.id === 'osms.contributions.continuous');
    expect(continuous.effective.from).toBe('2020-01-01');
    expect(continuous.title.length).toBeGreaterThan(5);
    expect(continuous.sources[0].title).not.toBe(continuous.sources[0].document);
  });

  it('/v1/sources is the bibliography, /healthz says ok, /openapi.json is the OpenAPI 3.1 document', async () => {
    const sources = await json(await fetch(`${running.url}/v1/sources`));
    expect(sources.sources.map((s: { id: string }) => s.id)).toContain('seed:002');
    expect(await json(await fetch(`${running.url}/healthz`))).toMatchObject({ status: 'ok', version: '0.1.0' });
    const doc = await json(await fetch(`${running.url}/openapi.json`));
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(doc.openapi).toBe('3.1.0');
  });

  it('a fault of the server is 500 with a code and no stack trace, in the response as in the log', async () => {
    const lines: string[] = [];
    const broken = await serve({ port: 0, log: (l) => lines.push(l), packageRoot: '/nonexistent/kz-health-coverage' });
    try {
      const answer = await fetch(`${broken.url}/v1/sources`);
      expect(answer.status).toBe(500);
      const text = await answer.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: 'An internal error occurred' } });
      expect(text).not.toMatch(/nonexistent|ENOENT|at /);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lines.map((l) => JSON.parse(l).status)).toEqual([500]);
      expect(lines.join('')).not.toMatch(/nonexistent|ENOENT/);
    } finally {
      await broken.close();
    }
  });

  it('an unknown route is 404 and a wrong method 405 with Allow', async () => {
    expect((await fetch(`${running.url}/v2/anything`)).status).toBe(404);
    const wrong = await fetch(`${running.url}/v1/decisions`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await post('/healthz', '{}')).status).toBe(405);
  });
});

describe('the access log', () => {
  it('is one JSON line per request with method, path, status and duration, and never the IIN, the birth date or the query', async () => {
    logs.length = 0;
    await post(`/v1/decisions?asOf=2025-06-15&iin=${IIN}`, JSON.stringify(selfPayer));
    await post('/v1/decisions', '{"person":');
    await fetch(`${running.url}/v1/patients/${IIN}/${BIRTH}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logs).toHaveLength(3);
    const [first, second, third] = logs.map((l) => JSON.parse(l));
    expect(third).toMatchObject({ method: 'GET', path: '(other)', status: 404 });
    expect(Object.keys(first).sort()).toEqual(['durationMs', 'method', 'path', 'requestId', 'status', 'time']);
    expect(first).toMatchObject({ method: 'POST', path: '/v1/decisions', status: 200 });
    expect(second.status).toBe(400);
    for (const line of logs) {
      expect(line).not.toContain(IIN);
      expect(line).not.toContain(BIRTH);
      expect(line).not.toContain('asOf');
    }
  });
});

describe('limits of a busy server', () => {
  it('a full queue answers 503 with Retry-After instead of queuing, and the others are decided', async () => {
    const small = await serve({ port: 0, log: () => {}, today: () => '2025-06-15', maxPending: 2 });
    const text = JSON.stringify(selfPayer);
    // Two requests hold both places while their bodies are still coming.
    const holders = [0, 1].map(() => {
      let status: (code: number) => void = () => {};
      const answered = new Promise<number>((resolve) => (status = resolve));
      const req = httpRequest(
        `${small.url}/v1/decisions`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false },
        (res) => {
          res.resume();
          status(res.statusCode ?? 0);
        },
      );
      req.on('error', () => {});
      req.write(text.slice(0, 10));
      return { answered, finish: () => req.end(text.slice(10)) };
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const refused = await fetch(`${small.url}/v1/decisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await json(refused)).error.code).toBe('overloaded');
      for (const holder of holders) holder.finish();
      expect(await Promise.all(holders.map((h) => h.answered))).toEqual([200, 200]);
      // Once the places are free again, a request is decided.
      const later = await fetch(`${small.url}/v1/decisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      expect(later.status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('a decision later than the time limit is 503 with Retry-After', async () => {
    const hurried = await serve({ port: 0, log: () => {}, today: () => '2025-06-15', timeoutMs: 50 });
    try {
      // The body trickles in for longer than the limit.
      const answer = await new Promise<{ status: number; retry: string | undefined; body: string }>((resolve, reject) => {
        const req = httpRequest(
          `${hurried.url}/v1/decisions`,
          { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false },
          (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, retry: res.headers['retry-after'] as string | undefined, body }));
          },
        );
        req.on('error', () => {});
        req.write('{"person":');
        setTimeout(() => req.end('{}}'), 300);
        void reject;
      });
      expect(answer.status).toBe(503);
      expect(answer.retry).toBe('1');
      expect(JSON.parse(answer.body).error.code).toBe('timeout');
    } finally {
      await hurried.close();
    }
  });

  it('close() lets a request in flight finish, then refuses new connections', async () => {
    const own = await serve({ port: 0, log: () => {}, today: () => '2025-06-15' });
    // A request whose body is still coming when the server is told to stop.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${own.url}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const text = JSON.stringify(selfPayer);
      req.write(text.slice(0, 20));
      setTimeout(() => req.end(text.slice(20)), 100);
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const closed = own.close();
    const finished = await answer;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.body).insurance.status).toBe('not_insured');
    await closed;
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow();
  });

  it('a slow client that never finishes its headers is cut off, and others are answered meanwhile', async () => {
    const socket = connect(Number(new URL(running.url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /v1/decisions HTTP/1.1\r\nHost: x\r\n');
    const other = await fetch(`${running.url}/healthz`);
    expect(other.status).toBe(200);
    socket.destroy();
  });
});
