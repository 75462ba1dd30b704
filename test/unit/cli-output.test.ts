import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Decision } from '../../src';
import { USAGE, main, summary } from '../../src/cli';
import { runCli } from '../support/cli-run';

// What the CLI prints, line by line, from the English messages of src/messages/en.json.
const run = runCli;
const valid = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };

const service = (covered: boolean, payer: string | null, reasons: string[], requires: string[] = []) => ({ covered, payer, reasons, requires });
const decision = {
  asOf: '2025-06-15',
  locale: 'en',
  rulesetVersion: 'test',
  packages: { gobmp: 'full', osms: true, dms: false, vms: true },
  insurance: {
    status: 'insured',
    bases: ['osms.a', 'osms.b'],
    validThrough: '2025-08-31',
    grace: { lastPaidMonth: '2025-04', endsOn: '2025-07-31' },
    debt: { months: ['2025-04', '2025-05'], amountKzt: null },
    monthlyContributionKzt: 4250,
  },
  services: { phc: service(true, 'gobmp', ['r'], ['phc_attachment', 'phc_referral']), ambulance: service(true, 'gobmp', ['r']), dental_planned: service(false, null, ['not_covered', 'not_covered']) },
  quotas: [
    { service: 'therapist', limit: 2, per: 'calendar_year', used: 2, remaining: 0, nextAvailableOn: '2026-01-01' },
    { service: 'surgeon', limit: 1, per: 'calendar_year', used: 0, remaining: 1, nextAvailableOn: null },
  ],
  screenings: [],
  reasons: [{ code: 'x', ruleId: 'osms.a', message: 'Because.', source: { document: 'seed:002' } }],
  nextSteps: [
    { code: 'a', message: 'Do this.', links: ['https://egov.kz', 'tel:1406'] },
    { code: 'b', message: 'Then that.' },
  ],
} as unknown as Decision;

describe('the CLI summary', () => {
  it('prints every part of a decision, in order', () => {
    expect(summary(decision)).toEqual([
      'OSMS status: insured (osms.a, osms.b)',
      '  valid through 31.08.2025',
      '  grace until 31.07.2025',
      'Debt: 2 (04.2025, 05.2025) — owed by the employer',
      'Monthly contribution: 4\u00a0250\u00a0₸',
      'Packages: gobmp full, osms true, dms false, vms true',
      'Covered:',
      '  phc — gobmp; requires: phc_attachment, phc_referral',
      '  ambulance — gobmp',
      'Not covered:',
      '  dental_planned — The service is not covered. The service is not covered.',
      'Quotas:',
      '  therapist: 0/2 (calendar_year) → 01.01.2026',
      '  surgeon: 1/1 (calendar_year)',
      'Next steps:',
      '  1. Do this. [https://egov.kz, tel:1406]',
      '  2. Then that.',
      'Why:',
      '  - Because. [osms.a; seed:002]',
    ]);
  });

  it('leaves out what a decision does not have', () => {
    const bare = {
      ...decision,
      insurance: { status: 'not_insured', bases: [], validThrough: null, grace: null, debt: { months: ['2025-05'], amountKzt: 4250 }, monthlyContributionKzt: null },
      quotas: [],
      nextSteps: [],
      reasons: [],
    } as unknown as Decision;
    expect(summary(bare)).toEqual([
      'OSMS status: not insured',
      'Debt: 1 (05.2025) — 4\u00a0250\u00a0₸',
      'Packages: gobmp full, osms true, dms false, vms true',
      'Covered:',
      '  phc — gobmp; requires: phc_attachment, phc_referral',
      '  ambulance — gobmp',
      'Not covered:',
      '  dental_planned — The service is not covered. The service is not covered.',
      'Next steps:',
      'Why:',
    ]);
  });
});

describe('the evaluate command', () => {
  it('reads standard input with -, prints JSON with --json and takes asOf from --as-of', async () => {
    const r = await run(['evaluate', '-', '--json', '--as-of', '2025-01-20', '--locale', 'kk'], {}, JSON.stringify(valid));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ asOf: '2025-01-20', locale: 'kk' });
  });

  it('uses the profile’s own asOf before today, and Russian without --locale', async () => {
    const r = await run(['evaluate', 'p.json', '--json'], { 'p.json': JSON.stringify({ ...valid, asOf: '2024-03-01' }) });
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ asOf: '2024-03-01', locale: 'ru' });
  });

  it('prints each issue with its path, message and code under a heading in the chosen language', async () => {
    const r = await run(['evaluate', 'p.json', '--locale', 'en'], { 'p.json': JSON.stringify({ ...valid, residency: { status: 'tourist' }, extra: 1 }) });
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('The profile is invalid:');
    expect(r.err).toContain('  extra: Unknown key "extra" [unrecognized_key]');
    expect(r.err.some((l) => l.startsWith('  residency.status: ') && l.endsWith('[invalid_value]'))).toBe(true);
    const root = await run(['evaluate', 'p.json'], { 'p.json': '[]' });
    expect(root.err[0]).toBe('Профиль заполнен с ошибками:');
    expect(root.err[1]).toMatch(/^ {2}\(root\): .* \[invalid_type\]$/);
  });

  it('a file that is not JSON is reported at the root, exit 1', async () => {
    const r = await run(['evaluate', 'p.json'], { 'p.json': '{' });
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^\(root\): not valid JSON: /);
  });

  it('usage errors say what is wrong, then the usage, exit 2', async () => {
    expect(await run(['evaluate'])).toEqual({ code: 2, out: [], err: ['evaluate takes one profile file, or - for standard input', USAGE] });
    expect(await run(['evaluate', 'a.json', 'b.json'])).toEqual({ code: 2, out: [], err: ['evaluate takes one profile file, or - for standard input', USAGE] });
    expect(await run(['evaluate', 'p.json', '--as-of'])).toEqual({ code: 2, out: [], err: ['--as-of needs a value', USAGE] });
    expect(await run(['evaluate', 'p.json', '--fast'])).toEqual({ code: 2, out: [], err: ['unknown option --fast', USAGE] });
    expect(await run(['evaluate', 'p.json', '--locale', 'de'])).toEqual({ code: 2, out: [], err: ['--locale must be one of ru, kk, en, ky'] });
    expect(await run(['evaluate', 'missing.json'])).toEqual({ code: 2, out: [], err: ['cannot read missing.json'] });
    expect(await run([])).toEqual({ code: 2, out: [], err: [USAGE] });
    expect(await run(['judge'])).toEqual({ code: 2, out: [], err: [`unknown command judge\n${USAGE}`] });
  });
});

describe('the validate-rules command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-out-'));
  const rule = (id: string) => ({
    meta: { id, title: 't', description: 'd', sources: [{ document: 'seed:002' }], effective: { from: '2020-01-01' } },
    conditions: { all: [{ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'citizen' }] },
    event: { type: 'notice' },
  });
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  const files = {
    [join(dir, 'nested', 'a.json')]: JSON.stringify(rule('test.a')),
    [join(dir, 'nested', 'deeper', 'b.json')]: JSON.stringify(rule('test.b')),
    [join(dir, 'nested', 'c.json')]: '{ not json',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  writeFileSync(join(dir, 'nested', 'notes.txt'), 'not a rule');

  it('reads every .json file under the folder, nested ones too, and names a file that is not JSON', async () => {
    const r = await run(['validate-rules', join(dir, 'nested')], files);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^c\.json: not valid JSON: /);
    const good = { ...files };
    delete good[join(dir, 'nested', 'c.json')];
    writeFileSync(join(dir, 'nested', 'c.json'), JSON.stringify(rule('test.c')));
    good[join(dir, 'nested', 'c.json')] = JSON.stringify(rule('test.c'));
    expect(await run(['validate-rules', join(dir, 'nested')], good)).toEqual({ code: 0, out: ['3 rule files valid'], err: [] });
  });

  it('each problem is printed with the rule id, path, message and code', async () => {
    const bad = { ...rule('test.d'), event: { type: 'notice', params: { x: { param: 'no.such' } } } };
    mkdirSync(join(dir, 'bad'), { recursive: true });
    writeFileSync(join(dir, 'bad', 'd.json'), JSON.stringify(bad));
    const r = await run(['validate-rules', join(dir, 'bad')], { [join(dir, 'bad', 'd.json')]: JSON.stringify(bad) });
    expect(r).toEqual({ code: 1, out: [], err: ['test.d event.params.x.param: No parameter "no.such" [unknown_parameter]'] });
    const shapeless = await run(['validate-rules', join(dir, 'bad')], { [join(dir, 'bad', 'd.json')]: '[1]' });
    expect(shapeless.err[0]).toMatch(/^rules\[0\] /);
  });

  it('a missing folder or a wrong number of arguments are usage errors', async () => {
    expect(await run(['validate-rules', join(dir, 'none')])).toEqual({ code: 2, out: [], err: [`cannot read the folder ${join(dir, 'none')}`] });
    expect(await run(['validate-rules'])).toEqual({ code: 2, out: [], err: [USAGE] });
    expect(await run(['validate-rules', 'a', 'b'])).toEqual({ code: 2, out: [], err: [USAGE] });
  });
});

describe('the CLI on the real process', () => {
  it('the usage names both commands and their options', () => {
    expect(USAGE.split('\n')).toEqual([
      'usage:',
      '  kz-health-coverage evaluate <profile.json | -> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]',
      '  kz-health-coverage evaluate --ndjson [<profiles.ndjson | ->] [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--workers N]',
      '  kz-health-coverage validate-rules <dir>',
    ]);
  });

  it('input that is JSON but not an object is invalid input, exit 1', async () => {
    for (const text of ['null', '"profile"', '42']) {
      const r = await run(['evaluate', 'p.json'], { 'p.json': text });
      expect(r.code).toBe(1);
      expect(r.err[1]).toMatch(/^ {2}\(root\): .* \[invalid_type\]$/);
    }
  });

  it('reads files, writes to stdout and stderr and takes today from the clock when no io is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-real-'));
    writeFileSync(join(dir, 'p.json'), JSON.stringify(valid));
    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T10:00:00Z'));
    try {
      expect(await main(['evaluate', join(dir, 'p.json'), '--json'])).toBe(0);
      expect(await main(['judge'])).toBe(2);
    } finally {
      vi.useRealTimers();
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(JSON.parse(out.join('')).asOf).toBe('2025-06-15');
    expect(out.join('').endsWith('\n')).toBe(true);
    expect(err).toEqual([`unknown command judge\n${USAGE}\n`]);
  });
});
