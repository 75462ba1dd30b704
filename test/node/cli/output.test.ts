import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLocale } from '../../../src/messages/format';
import type { Decision } from '../../../src';
import { main } from '../../../src/node/cli/main';
import { HELP, USAGE } from '../../../src/node/cli/usage';
import { months, summary } from '../../../src/node/cli/summary';
import { todayInKazakhstan } from '../../../src/node/today';
import { runCli } from '../../support/cli-run';

// What the CLI prints, line by line, from the English messages of src/messages/en.json.
const run = runCli;
const valid = { person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } };

const service = (covered: boolean, payer: string | null, reasons: string[], requires: string[] = []) => ({
  covered,
  payer,
  reasons,
  requires,
});
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
  services: {
    phc: service(true, 'gobmp', ['r'], ['phc_attachment', 'phc_referral']),
    ambulance: service(true, 'gobmp', ['r']),
    dental_planned: service(false, null, ['not_covered', 'not_covered']),
  },
  quotas: [
    { service: 'therapist', limit: 2, per: 'calendar_year', used: 2, remaining: 0, nextAvailableOn: '2026-01-01' },
    { service: 'surgeon', limit: 1, per: 'calendar_year', used: 0, remaining: 1, nextAvailableOn: null },
  ],
  screenings: [],
  reasons: [
    {
      code: 'x',
      ruleId: 'osms.a',
      message: 'Because.',
      source: { document: 'seed:002', title: 'Slide deck', ref: 'p. 3' },
    },
  ],
  nextSteps: [
    { code: 'a', message: 'Do this.', links: ['https://egov.kz', 'tel:1406'] },
    { code: 'b', message: 'Then that.' },
  ],
} as unknown as Decision;

describe('the CLI summary', () => {
  // The CLI loads the locale before it prints; so does this test.
  beforeAll(() => loadLocale('en').then(() => loadLocale('ky')));

  it('prints every part of a decision in words, in order: names of services, payers, packages and quotas, units and the date', () => {
    expect(summary(decision)).toEqual([
      'Evaluated on: 15.06.2025',
      'OSMS status: insured',
      '  basis: Because.',
      '  basis: osms.b',
      '  valid through 31.08.2025',
      '  grace until 31.07.2025',
      'Debt: 2\u00a0months (04.2025, 05.2025) — owed by the employer',
      'Monthly contribution: 4\u00a0250\u00a0₸',
      'Packages: GOBMP: full package; OSMS participant: yes; DMS policy: no; VMS policy: yes',
      'Covered:',
      "  Primary health care (PHC) — paid by: GOBMP (free, the state); requires: attachment to a PHC clinic, a PHC doctor's referral",
      '  Ambulance (emergency call-out) — paid by: GOBMP (free, the state)',
      'Not covered:',
      '  Planned dental care — The service is not covered.',
      'Screenings you are eligible for: none',
      'Quotas:',
      '  Therapist: remaining 0 of 2 per calendar year; next available 01.01.2026',
      '  Surgeon: remaining 1 of 1 per calendar year',
      'Next steps:',
      '  1. Do this. [https://egov.kz, tel:1406]',
      '  2. Then that.',
      'Why:',
      '  - Because. [osms.a; Slide deck, p. 3]',
    ]);
  });

  it('leaves out what a decision does not have, and says when the date evaluated is today', () => {
    const bare = {
      ...decision,
      insurance: {
        status: 'not_insured',
        bases: [],
        validThrough: null,
        grace: null,
        debt: { months: ['2025-05'], employerMonths: [], amountKzt: 4250 },
        monthlyContributionKzt: null,
      },
      quotas: [],
      nextSteps: [],
      reasons: [],
    } as unknown as Decision;
    expect(summary(bare, { asOfIsToday: true })).toEqual([
      'Evaluated on: 15.06.2025 (today in Kazakhstan (Asia/Almaty))',
      'OSMS status: not insured',
      'Debt: 1\u00a0month (05.2025) — 4\u00a0250\u00a0₸',
      'Packages: GOBMP: full package; OSMS participant: yes; DMS policy: no; VMS policy: yes',
      'Covered:',
      "  Primary health care (PHC) — paid by: GOBMP (free, the state); requires: attachment to a PHC clinic, a PHC doctor's referral",
      '  Ambulance (emergency call-out) — paid by: GOBMP (free, the state)',
      'Not covered:',
      '  Planned dental care — The service is not covered.',
      'Screenings you are eligible for: none',
      'Next steps: none',
      'Why: none',
    ]);
  });

  it('names the screenings the person is eligible for, and only those, in Kyrgyz too', () => {
    const screened = {
      ...decision,
      screenings: [
        { program: 'cervical_cancer', eligible: true, reasons: [] },
        { program: 'glaucoma', eligible: false, reasons: ['not_in_age_group'] },
        { program: 'behavioural_risk', eligible: true, reasons: [] },
      ],
    } as unknown as Decision;
    const lines = summary(screened);
    const at = lines.indexOf('Screenings you are eligible for:');
    expect(lines.slice(at, at + 3)).toEqual([
      'Screenings you are eligible for:',
      '  Early detection of cervical cancer',
      '  Behavioural risk factors',
    ]);
    expect(lines.slice(at + 3, at + 4)).toEqual(['Quotas:']);
    const ky = summary({ ...screened, locale: 'ky' } as Decision);
    const kyAt = ky.indexOf('Сизге тиешелүү скринингдер:');
    expect(ky.slice(kyAt + 1, kyAt + 3)).toEqual([
      '  Жатын моюнчасынын рагын эрте аныктоо',
      '  Жүрүм-турумдук тобокелдик факторлорун аныктоо',
    ]);
  });

  it('writes "none" in the locale rather than a heading with nothing under it', () => {
    const nothing = {
      ...decision,
      services: { dental_planned: service(false, null, ['not_covered']) },
      nextSteps: [],
      reasons: [],
    } as unknown as Decision;
    const headed = (locale: string) => summary({ ...nothing, locale } as Decision).filter((l) => !l.startsWith(' '));
    expect(headed('ru').slice(-6, -2)).toEqual(['Покрывается: нет', 'Не покрывается:', 'Положенные скрининги: нет', 'Квоты:']);
    expect(headed('kk')).toContain('Қамтылады: жоқ');
    expect(headed('ky')).toContain('Эмне кылуу керек: жок');
    expect(headed('en').at(-1)).toBe('Why: none');
  });

  it('a debt shared with an employer says how many months the employer owes', () => {
    const shared = {
      ...decision,
      insurance: {
        ...decision.insurance,
        debt: { months: ['2025-03', '2025-04', '2025-05'], employerMonths: ['2025-05'], amountKzt: 8500 },
      },
    } as unknown as Decision;
    expect(summary(shared)).toContain('  of which owed by the employer: 1\u00a0month (05.2025)');
  });

  it('months take their plural form: 1 месяц, 3 месяца, 11 месяцев, 21 месяц; 1 month, 2 months; ай in kk and ky', () => {
    expect([1, 3, 5, 11, 21, 22].map((n) => months(n, 'ru'))).toEqual([
      '1\u00a0месяц',
      '3\u00a0месяца',
      '5\u00a0месяцев',
      '11\u00a0месяцев',
      '21\u00a0месяц',
      '22\u00a0месяца',
    ]);
    expect([1, 2].map((n) => months(n, 'en'))).toEqual(['1\u00a0month', '2\u00a0months']);
    expect([months(3, 'kk'), months(3, 'ky')]).toEqual(['3\u00a0ай', '3\u00a0ай']);
  });

  it('speaks Kyrgyz: a quota service and its period by their Kyrgyz names', () => {
    const ky = { ...decision, locale: 'ky' } as unknown as Decision;
    const lines = summary(ky);
    expect(lines[0]).toBe('Текшерүү күнү: 15.06.2025');
    expect(lines).toContain('  Терапевт: калды 0 / 2 календардык жылына; кийинки жолу 01.01.2026');
  });

  it('today is the calendar date in Kazakhstan (UTC+5), not in UTC: 20:00 UTC is already the next day', () => {
    expect(todayInKazakhstan(new Date('2025-06-15T18:59:59Z'))).toBe('2025-06-15');
    expect(todayInKazakhstan(new Date('2025-06-15T19:00:00Z'))).toBe('2025-06-16');
    expect(todayInKazakhstan(new Date('2025-12-31T20:00:00Z'))).toBe('2026-01-01');
  });
});

describe('the evaluate command', () => {
  it('reads standard input with -, prints JSON with --json and takes asOf from --as-of', async () => {
    const r = await run(['evaluate', '-', '--json', '--as-of', '2025-01-20', '--locale', 'kk'], {}, JSON.stringify(valid));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ asOf: '2025-01-20', locale: 'kk' });
  });

  it('uses the profile’s own asOf before today, and Russian without --locale', async () => {
    const r = await run(['evaluate', 'p.json', '--json'], {
      'p.json': JSON.stringify({ ...valid, asOf: '2024-03-01' }),
    });
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ asOf: '2024-03-01', locale: 'ru' });
  });

  it('prints each issue with its path, message and code under a heading in the chosen language', async () => {
    const r = await run(['evaluate', 'p.json', '--locale', 'en'], {
      'p.json': JSON.stringify({ ...valid, residency: { status: 'tourist' }, extra: 1 }),
    });
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('The profile is invalid:');
    expect(r.err).toContain('  extra: Unknown key "extra" [unrecognized_key]');
    expect(r.err.some((l) => l.startsWith('  residency.status: ') && l.endsWith('[invalid_value]'))).toBe(true);
    const root = await run(['evaluate', 'p.json'], { 'p.json': '[]' });
    expect(root.err[0]).toBe('Профиль заполнен с ошибками:');
    expect(root.err[1]).toMatch(/^ {2}\(root\): .* \[invalid_type\]$/);
  });

  it('a file that is not JSON is reported at the root, exit 1, in the chosen language (Russian without --locale)', async () => {
    const r = await run(['evaluate', 'p.json', '--locale', 'en'], { 'p.json': '{' });
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^\(root\): not valid JSON: .+ \[invalid_json\]$/);
    expect((await run(['evaluate', 'p.json'], { 'p.json': '{' })).err[0]).toMatch(/^\(root\): не является корректным JSON: /);
    expect((await run(['evaluate', 'p.json', '--locale', 'kk'], { 'p.json': '{' })).err[0]).toMatch(/^\(root\): жарамды JSON емес: /);
    expect((await run(['evaluate', 'p.json', '--locale', 'ky'], { 'p.json': '{' })).err[0]).toMatch(/^\(root\): туура JSON эмес: /);
  });

  it('usage errors say what is wrong, then the usage, exit 2', async () => {
    const en = (argv: string[]) => run([...argv, '--locale', 'en']);
    expect(await en(['evaluate'])).toEqual({
      code: 2,
      out: [],
      err: ['evaluate takes one profile file, or - for standard input', USAGE],
    });
    expect(await en(['evaluate', 'a.json', 'b.json'])).toEqual({
      code: 2,
      out: [],
      err: ['evaluate takes one profile file, or - for standard input', USAGE],
    });
    expect(await run(['evaluate', 'p.json', '--locale', 'en', '--as-of'])).toEqual({
      code: 2,
      out: [],
      err: ['--as-of needs a value', USAGE],
    });
    expect(await en(['evaluate', 'p.json', '--fast'])).toEqual({
      code: 2,
      out: [],
      err: ['unknown option --fast', USAGE],
    });
    expect(await en(['evaluate', 'p.json', '--json=yes'])).toEqual({
      code: 2,
      out: [],
      err: ['--json takes no value', USAGE],
    });
    expect(await en(['evaluate', 'p.json', '--workers', '2'])).toEqual({
      code: 2,
      out: [],
      err: ['--workers goes with --ndjson', USAGE],
    });
    expect(await en(['evaluate', 'p.json', '--max-line-bytes', '10'])).toEqual({
      code: 2,
      out: [],
      err: ['--max-line-bytes goes with --ndjson', USAGE],
    });
    expect(await en(['evaluate', 'missing.json'])).toEqual({ code: 2, out: [], err: ['cannot read missing.json'] });
    expect(await en(['judge'])).toEqual({ code: 2, out: [], err: ['unknown command judge', USAGE] });
    // An unknown locale cannot speak: the message is in the default, Russian.
    expect(await run(['evaluate', 'p.json', '--locale', 'de'])).toEqual({
      code: 2,
      out: [],
      err: ['--locale должен быть одним из: ru, kk, en, ky', USAGE],
    });
    expect(await run([])).toEqual({ code: 2, out: [], err: ['команда не указана', USAGE] });
  });

  it('speaks its own messages in Russian by default and in Kazakh, English or Kyrgyz with --locale', async () => {
    const unreadable = await Promise.all(['ru', 'kk', 'en', 'ky'].map((l) => run(['evaluate', 'missing.json', '--locale', l])));
    expect(unreadable.map((r) => r.err)).toEqual([
      ['не удаётся прочитать missing.json'],
      ['missing.json оқылмады'],
      ['cannot read missing.json'],
      ['missing.json окулбай калды'],
    ]);
    expect((await run(['evaluate', 'missing.json'])).err).toEqual(['не удаётся прочитать missing.json']);
    expect((await run(['judge', '--locale', 'kk'])).err[0]).toBe('белгісіз команда judge');
    expect((await run(['evaluate', 'p.json', '--fast', '--locale', 'ky'])).err[0]).toBe('белгисиз параметр --fast');
  });

  it('--help and -h print the help on stdout and exit 0; --version prints the version', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['evaluate', '--help'], ['validate-rules', '-h']]) {
      expect(await run(argv)).toEqual({ code: 0, out: [HELP], err: [] });
    }
    expect(HELP).toContain('--as-of DATE');
    expect(HELP).toContain('today in Kazakhstan (Asia/Almaty)');
    const version = JSON.parse(require('node:fs').readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version;
    expect(await run(['--version'])).toEqual({ code: 0, out: [version], err: [] });
  });

  it('options take --name=value as well as --name value', async () => {
    const r = await run(['evaluate', 'p.json', '--as-of=2025-01-20', '--locale=kk', '--json'], {
      'p.json': JSON.stringify(valid),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ asOf: '2025-01-20', locale: 'kk' });
    expect(await run(['evaluate', 'p.json', '--as-of=', '--locale=en'], { 'p.json': '{}' })).toMatchObject({
      code: 2,
      err: ['--as-of needs a value', USAGE],
    });
  });

  it('with --json every error is one JSON object on stdout: usage, unreadable file, bad JSON, invalid profile', async () => {
    const json = async (argv: string[], files: Record<string, string> = {}) => {
      const r = await run(argv, files);
      expect(r.err).toEqual([]);
      return { code: r.code, body: JSON.parse(r.out.join('\n')) };
    };
    expect(await json(['evaluate', 'p.json', '--json', '--fast', '--locale', 'en'])).toEqual({
      code: 2,
      body: { error: { code: 'usage', message: 'unknown option --fast' } },
    });
    const missing = {
      code: 2,
      body: { error: { code: 'unreadable_file', message: 'cannot read missing.json', file: 'missing.json' } },
    };
    expect(await json(['evaluate', 'missing.json', '--json', '--locale', 'en'])).toEqual(missing);
    const broken = await json(['evaluate', 'p.json', '--json'], { 'p.json': '{' });
    expect(broken.code).toBe(1);
    expect(broken.body.error.issues[0]).toMatchObject({ path: [], code: 'invalid_json' });
    const invalid = await json(['evaluate', 'p.json', '--json', '--locale', 'en'], {
      'p.json': JSON.stringify({ ...valid, extra: 1 }),
    });
    expect(invalid).toEqual({
      code: 1,
      body: {
        error: {
          code: 'invalid_profile',
          message: 'The profile is invalid',
          issues: [{ path: ['extra'], code: 'unrecognized_key', message: 'Unknown key "extra"' }],
        },
      },
    });
    expect(await json(['judge', '--json', '--locale', 'en'])).toEqual({
      code: 2,
      body: { error: { code: 'usage', message: 'unknown command judge' } },
    });
  });
});

describe('the validate-rules command', () => {
  // In English, to compare with the rule checks' own (English) messages.
  const run = (argv: string[], files: Record<string, string> = {}) => runCli([...argv, '--locale', 'en'], files);
  const dir = mkdtempSync(join(tmpdir(), 'rules-out-'));
  const rule = (id: string) => ({
    meta: {
      id,
      title: 'A test rule',
      description: 'What it decides.',
      sources: [{ document: 'seed:002' }],
      effective: { from: '2020-01-01' },
    },
    conditions: { all: [{ fact: 'profile', path: 'residency.status', operator: 'equal', value: 'citizen' }] },
    event: { type: 'notice' },
  });
  mkdirSync(join(dir, 'nested'), { recursive: true });
  mkdirSync(join(dir, 'other'), { recursive: true });
  const files = {
    [join(dir, 'nested', 'a.json')]: JSON.stringify(rule('nested.a')),
    [join(dir, 'other', 'b.json')]: JSON.stringify(rule('other.b')),
    [join(dir, 'nested', 'c.json')]: '{ not json',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  writeFileSync(join(dir, 'nested', 'notes.txt'), 'not a rule');

  it('reads every .json file in the folders under the folder and names a file that is not JSON', async () => {
    const r = await run(['validate-rules', dir], files);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(2);
    expect(r.err[0]).toMatch(/^nested\/c\.json: \(no id\) \(root\): not valid JSON: .* \[invalid_json\]$/);
    expect(r.err[1]).toBe('1 problems in 1 of 3 rule files');
    const good = { ...files };
    writeFileSync(join(dir, 'nested', 'c.json'), JSON.stringify(rule('nested.c')));
    good[join(dir, 'nested', 'c.json')] = JSON.stringify(rule('nested.c'));
    expect(await run(['validate-rules', dir], good)).toEqual({ code: 0, out: ['3 rule files valid'], err: [] });
  });

  it('each problem is printed with the file, the rule id, path, message and code', async () => {
    const bad = { ...rule('bad.d'), event: { type: 'notice', params: { x: { param: 'no.such' } } } };
    const own = mkdtempSync(join(tmpdir(), 'rules-bad-'));
    mkdirSync(join(own, 'bad'), { recursive: true });
    writeFileSync(join(own, 'bad', 'd.json'), JSON.stringify(bad));
    const r = await run(['validate-rules', own], { [join(own, 'bad', 'd.json')]: JSON.stringify(bad) });
    expect(r).toEqual({
      code: 1,
      out: [],
      err: ['bad/d.json: bad.d event.params.x.param: No parameter "no.such" [unknown_parameter]', '1 problems in 1 of 1 rule files'],
    });
    const shapeless = await run(['validate-rules', own], { [join(own, 'bad', 'd.json')]: '[1]' });
    expect(shapeless.err[0]).toMatch(/^bad\/d\.json: rules\[0\] /);
  });

  it('every problem of every file is reported: a shape error hides neither the same file’s unsafe path nor another file’s problems', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rules-all-'));
    mkdirSync(join(root, 'x'));
    const shapeAndPath = {
      ...rule('x.one'),
      priority: 'high',
      conditions: { all: [{ fact: 'profile', path: '$..[?(@.x)]', operator: 'equal', value: 1 }] },
    };
    const noTitle = { ...rule('x.two'), meta: { ...rule('x.two').meta, title: undefined } };
    const content = {
      [join(root, 'x', 'one.json')]: JSON.stringify(shapeAndPath),
      [join(root, 'x', 'two.json')]: JSON.stringify(noTitle),
    };
    for (const [path, text] of Object.entries(content)) writeFileSync(path, text);
    const r = await run(['validate-rules', root, '--json'], content);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out.join('\n'));
    expect(report.files).toBe(2);
    expect(report.problems.map((p: { file: string; path: string[]; code: string }) => `${p.file} ${p.path.join('.')} ${p.code}`)).toEqual([
      'x/one.json priority invalid_type',
      'x/one.json conditions.all.0.path unsafe_path',
      'x/two.json meta.title missing_text',
    ]);
  });

  it('a rule whose id does not match its file’s path is flagged with the path it belongs in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rules-id-'));
    mkdirSync(join(root, 'osms'));
    const moved = { [join(root, 'osms', 'old-name.json')]: JSON.stringify(rule('osms.new-name')) };
    for (const [path, text] of Object.entries(moved)) writeFileSync(path, text);
    expect(await run(['validate-rules', root], moved)).toEqual({
      code: 1,
      out: [],
      err: [
        'osms/old-name.json: osms.new-name meta.id: The id osms.new-name belongs in osms/new-name.json [id_path_mismatch]',
        '1 problems in 1 of 1 rule files',
      ],
    });
  });

  it('a folder without rule files is an error, not a valid ruleset', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rules-empty-'));
    writeFileSync(join(empty, 'README.txt'), 'no rules here');
    expect(await run(['validate-rules', empty])).toEqual({
      code: 1,
      out: [],
      err: [`${empty} has no rule files (*.json)`],
    });
  });

  it('says its counts in the chosen language, Russian by default', async () => {
    const one = mkdtempSync(join(tmpdir(), 'rules-ru-'));
    mkdirSync(join(one, 'nested'));
    const file = { [join(one, 'nested', 'a.json')]: JSON.stringify(rule('nested.a')) };
    for (const [path, text] of Object.entries(file)) writeFileSync(path, text);
    expect((await runCli(['validate-rules', one], file)).out).toEqual(['файлы правил без ошибок: 1']);
    expect((await runCli(['validate-rules', one, '--locale', 'kk'], file)).out).toEqual(['қатесіз ереже файлдары: 1']);
    expect((await runCli(['validate-rules', one, '--locale', 'ky'], file)).out).toEqual(['катасыз эреже файлдары: 1']);
  });

  it('a missing folder or a wrong number of arguments are usage errors', async () => {
    expect(await run(['validate-rules', join(dir, 'none')])).toEqual({
      code: 2,
      out: [],
      err: [`cannot read the folder ${join(dir, 'none')}`],
    });
    expect(await run(['validate-rules'])).toEqual({
      code: 2,
      out: [],
      err: ['validate-rules takes one folder', USAGE],
    });
    expect(await run(['validate-rules', 'a', 'b'])).toEqual({
      code: 2,
      out: [],
      err: ['validate-rules takes one folder', USAGE],
    });
  });
});

describe('the CLI on the real process', () => {
  it('the usage names every command and its options', () => {
    expect(USAGE.split('\n')).toEqual([
      'usage:',
      '  kz-health-coverage evaluate <profile.json | -> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]',
      '  kz-health-coverage evaluate --ndjson [<profiles.ndjson | ->] [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--workers N] [--max-line-bytes N]',
      '  kz-health-coverage validate-rules <dir> [--json] [--locale ru|kk|en|ky]',
      '  kz-health-coverage serve [--port 8080] [--host 127.0.0.1] [--workers N] [--cors <origins>]',
      '  kz-health-coverage openapi [--compact]',
      '  kz-health-coverage --help | --version',
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
    expect(err).toEqual(['неизвестная команда judge\n', `${USAGE}\n`]);
  });
});
