import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corsOrigins } from '../../../src/node/cli/commands/serve';
import { main } from '../../../src/node/cli/main';
import { runCli } from '../../support/cli-run';

const selfPayer = {
  person: { birthDate: '1990-04-12', sex: 'male' },
  residency: { status: 'citizen' },
  employment: [{ kind: 'self_payer' }],
  payments: [{ kind: 'self_payer', period: '2025-02', paidOn: '2025-03-10', amountKzt: 4250 }],
};

const run = (argv: string[], files: Record<string, string> = {}, stdin = '') =>
  runCli(argv, files, stdin).then((r) => ({ code: r.code, out: r.out.join('\n'), err: r.err.join('\n') }));

describe('the CLI', () => {
  it('evaluate prints status, debt, services, next steps and reasons, and exits 0', async () => {
    const r = await run(['evaluate', 'p.json', '--as-of', '2025-06-15', '--locale', 'en'], {
      'p.json': JSON.stringify(selfPayer),
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('OSMS status: not insured');
    // Paid only 2025-02: 06.2024 … 01.2025 and 03.2025 … 05.2025 are owed, 11 × 4,250 = 46,750.
    expect(r.out).toContain(
      'Debt: 11\u00a0months (06.2024, 07.2024, 08.2024, 09.2024, 10.2024, 11.2024, 12.2024, 01.2025, 03.2025, 04.2025, 05.2025) — 46\u00a0750\u00a0₸',
    );
    expect(r.out).toMatch(/Next steps:\n {2}1\. /);
    expect(r.out).toContain('Why:');
  });

  it('without asOf anywhere the CLI uses today', async () => {
    const r = await run(['evaluate', '-', '--json'], {}, JSON.stringify(selfPayer));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).asOf).toBe('2025-06-15');
  });

  it('invalid input lists every issue with its path and exits 1', async () => {
    const r = await run(['evaluate', 'p.json', '--locale', 'en'], {
      'p.json': JSON.stringify({ person: { birthDate: '1990-02-30', sex: 'x' }, residency: { status: 'citizen' } }),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('person.birthDate:');
    expect(r.err).toContain('person.sex:');
  });

  it('a file that is not JSON is invalid input', async () => {
    expect((await run(['evaluate', 'p.json'], { 'p.json': '{' })).code).toBe(1);
  });

  it('usage errors exit 2: no command, unknown command, unknown option, bad locale, missing file', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['judge'])).code).toBe(2);
    expect((await run(['evaluate', 'p.json', '--fast'], { 'p.json': '{}' })).code).toBe(2);
    expect((await run(['evaluate', 'p.json', '--locale', 'de'], { 'p.json': '{}' })).code).toBe(2);
    expect((await run(['evaluate', 'missing.json'])).code).toBe(2);
  });
});

describe('validate-rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  const rule = (id: string, path: string) => ({
    meta: {
      id,
      title: 'A test rule',
      description: 'What it decides.',
      sources: [{ document: 'seed:002' }],
      effective: { from: '2020-01-01' },
    },
    conditions: { all: [{ fact: 'profile', path, operator: 'equal', value: 'citizen' }] },
    event: { type: 'notice' },
  });
  mkdirSync(join(dir, 'good', 'test'), { recursive: true });
  writeFileSync(join(dir, 'good', 'test', 'a.json'), JSON.stringify(rule('test.a', 'residency.status')));
  mkdirSync(join(dir, 'bad', 'test'), { recursive: true });
  writeFileSync(join(dir, 'bad', 'test', 'b.json'), JSON.stringify(rule('test.b', '$..[?(@.x)]')));
  const fsIo = (argv: string[]) =>
    run(argv, {
      [join(dir, 'good', 'test', 'a.json')]: JSON.stringify(rule('test.a', 'residency.status')),
      [join(dir, 'bad', 'test', 'b.json')]: JSON.stringify(rule('test.b', '$..[?(@.x)]')),
    });

  it('a valid folder exits 0 and says how many files it checked', async () => {
    expect(await fsIo(['validate-rules', join(dir, 'good'), '--locale', 'en'])).toMatchObject({
      code: 0,
      out: '1 rule files valid',
    });
  });

  it('an unsafe path is reported with the rule id and its path, exit 1', async () => {
    const r = await fsIo(['validate-rules', join(dir, 'bad')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('test/b.json: test.b conditions.all.0.path');
  });

  it('the shipped rules folder is valid', async () => {
    const shipped = await main(['validate-rules', join(__dirname, '..', '..', '..', 'rules')], {
      out: () => {},
      err: () => {},
      readFile: (p) => require('node:fs').readFileSync(p, 'utf8'),
      readStdin: () => '',
      today: () => '2025-06-15',
    });
    expect(shipped).toBe(0);
  });
});

describe('serve and openapi, as far as they go without a server', () => {
  const en = (argv: string[]) => run([...argv, '--locale', 'en']);

  it('serve: a bad port, worker count or --cors, a stray argument or option, each exit 2 with what is wrong', async () => {
    expect(await run(['serve', '--port', 'x'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^--port должен быть целым числом от 0 до 65535\n/),
    });
    expect((await run(['serve', '--port', '70000'])).code).toBe(2);
    expect((await run(['serve', '--workers', '0'])).err.split('\n')[0]).toBe('--workers должно быть целым числом от 1 до 64');
    expect((await run(['serve', '--cors', 'clinic.kz'])).err.split('\n')[0]).toMatch(/^--cors принимает/);
    expect((await run(['serve', 'extra'])).err.split('\n')[0]).toBe('serve принимает --port, --host, --workers и --cors');
    expect((await en(['serve', '--json'])).err.split('\n')[0]).toBe('serve takes --port, --host, --workers and --cors');
    expect((await run(['serve', '--port'])).err.split('\n')[0]).toBe('параметру --port нужно значение');
  });

  it('--cors takes origins separated by commas, or *, and nothing else', () => {
    expect(corsOrigins('https://clinic.example.kz, http://127.0.0.1:3000')).toEqual(['https://clinic.example.kz', 'http://127.0.0.1:3000']);
    expect(corsOrigins('*')).toEqual(['*']);
    expect(corsOrigins('https://a.kz,')).toEqual(['https://a.kz']);
    for (const bad of ['clinic.example.kz', 'https://clinic.example.kz/page', ' , ']) expect(corsOrigins(bad), bad).toBeUndefined();
  });

  it('openapi prints the document, on one line with --compact; anything else is a usage error', async () => {
    const compact = await run(['openapi', '--compact']);
    expect(compact.code).toBe(0);
    expect(compact.out.split('\n')).toHaveLength(1);
    expect(JSON.parse(compact.out).paths['/v1/decisions'].post.operationId).toBe('decide');
    const indented = await run(['openapi']);
    expect(JSON.parse(indented.out)).toEqual(JSON.parse(compact.out));
    expect(await en(['openapi', 'x'])).toMatchObject({ code: 2, err: expect.stringMatching(/^openapi takes only --compact\n/) });
  });
});
