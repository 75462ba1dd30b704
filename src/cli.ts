/**
 * The command line: `kz-health-coverage evaluate <profile.json | -> [--as-of] [--locale] [--json]`,
 * `evaluate --ndjson`, and `kz-health-coverage validate-rules <dir>`. Exit codes: 0 success,
 * 1 invalid input or rules (every issue with its path), 2 usage errors. Node only; the library
 * itself is not.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { version } from '../package.json';
import vocabulary from '../data/vocabulary.json';
import quotaNames from '../data/quotas.json';
import { type BulkSummary, runNdjson } from './bulk';
import type { Decision } from './decision/schema';
import { ProfileValidationError, RuleValidationError, type RuleIssue } from './errors';
import { createEvaluator, evaluate } from './evaluator';
import { LOCALES, type Locale, formatMessage, formatValue, loadLocale } from './messages/format';
import { givesAsOf } from './profile/parse';
import type { ProfileInput } from './profile/schema';
import { loadRuleset } from './ruleset/load';
import { expectedRulePath } from './ruleset/rule-path';
import { validateRuleset } from './ruleset/validate';
import { todayInKazakhstan } from './today';

export const USAGE = `usage:
  kz-health-coverage evaluate <profile.json | -> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]
  kz-health-coverage evaluate --ndjson [<profiles.ndjson | ->] [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--workers N]
  kz-health-coverage validate-rules <dir> [--json]
  kz-health-coverage serve [--port 8080] [--host 127.0.0.1] [--workers N]
  kz-health-coverage openapi [--compact]
  kz-health-coverage --help | --version`;

export const HELP = `kz-health-coverage ${version} — what public health cover Kazakhstan gives one person on one date, why, and what to do next.

${USAGE}

  evaluate        decide one profile (a JSON file, or - for standard input) and print a summary in words
  --as-of DATE    the date to decide on; without it the profile's own asOf, else today in Kazakhstan (Asia/Almaty)
  --locale L      ru (default), kk, en or ky
  --json          print the Decision as JSON; errors are JSON too
  --ndjson        one profile a line in, one Decision (or error) a line out, in input order
  --workers N     with --ndjson: spread the lines over N worker threads
  validate-rules  check every rule file of a folder: each problem with its file, rule id and path
  serve           the decisions over HTTP (POST /v1/decisions, /v1/decisions:batch; GET /v1/rules,
                  /v1/sources, /healthz, /openapi.json); --workers N runs N processes; SIGTERM stops
                  after the requests in flight
  openapi         print the server's OpenAPI 3.1 document (also served at /openapi.json)
  -h, --help      this text
  --version       the version

Options take their value as --name value or --name=value. Exit codes: 0 done, 1 invalid input or rules, 2 usage error.`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): string;
  readStdin(): string;
  /** Today's date in Kazakhstan for a profile without asOf: the CLI may read the clock, the library never does. */
  today(): string;
  /** For --ndjson: the lines to read (a file or, for `-`, standard input) and the input's size when known. */
  openLines?(file: string): { stream: Readable & { bytesRead?: number }; size?: number };
  /** For --ndjson: where the output lines go. */
  output?: Writable;
  /** For --ndjson: a progress line on a terminal (overwritten in place); absent when stderr is no terminal. */
  progress?(text: string): void;
  /** Milliseconds of a monotonic clock, for the rate and the ETA. */
  now?(): number;
  /** For validate-rules: the files of a folder, recursively (default: the file system). */
  listFiles?(dir: string): string[];
}

const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  today: () => todayInKazakhstan(),
  openLines: (file) => (file === '-' ? { stream: process.stdin } : { stream: createReadStream(file), size: statSync(file).size }),
  output: process.stdout,
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r${text}\x1b[K`) } : {}),
  now: () => performance.now(),
};

const VALUE_FLAGS = new Set(['--as-of', '--locale', '--workers', '--port', '--host']);
const SWITCHES = new Set(['--json', '--ndjson']);

type Flags = { positional: string[]; flags: Map<string, string | true> };

/** `--name value` and `--name=value`; switches take no value. A string is a usage error. */
function parseFlags(args: string[]): Flags | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (SWITCHES.has(name)) {
      if (eq > 0) return `${name} takes no value`;
      flags.set(name, true);
    } else if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return `${name} needs a value`;
      flags.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${name}`;
    else positional.push(arg);
  }
  return { positional, flags };
}

type Words = Record<Locale, string>;
const word = (entry: Words | undefined, locale: Locale, fallback: string) => entry?.[locale] ?? fallback;
const QUOTA_NAMES = Object.fromEntries(quotaNames.services.map((q) => [q.service, q.names as Words]));

/** "3 months" in the locale, with its plural form. */
export function months(count: number, locale: Locale): string {
  const forms = vocabulary.units.months[locale] as Record<string, string>;
  const category = new Intl.PluralRules(locale).select(count);
  return `${count}\u00a0${forms[category] ?? forms.other ?? forms.many ?? ''}`;
}

/** Options of the summary: whether the date evaluated is today's (no date was given). */
export interface SummaryOptions {
  asOfIsToday?: boolean;
}

/** A readable summary of a decision in its locale: names instead of codes, units, the date evaluated. */
export function summary(d: Decision, options: SummaryOptions = {}): string[] {
  const l = d.locale;
  const h = (key: keyof typeof vocabulary.headings) => vocabulary.headings[key][l];
  const date = (value: string) => formatValue(l, 'date', value);
  const money = (value: number) => formatValue(l, 'amountKzt', value);
  const serviceName = (code: string) => word((vocabulary.services as Record<string, Words>)[code], l, code);
  const payerName = (code: string | null) => (code === null ? '—' : word((vocabulary.payers as Record<string, Words>)[code], l, code));
  const requirement = (code: string) => word((vocabulary.requires as Record<string, Words>)[code], l, code);
  const yesNo = (value: boolean) => vocabulary.packages[value ? 'yes' : 'no'][l];
  const i = d.insurance;
  const lines = [`${h('evaluatedOn')}: ${date(d.asOf)}${options.asOfIsToday ? ` (${h('todayInAlmaty')})` : ''}`];
  lines.push(`${h('status')}: ${vocabulary.status[i.status][l]}`);
  for (const basis of i.bases) {
    const reason = d.reasons.find((r) => r.ruleId === basis);
    lines.push(`  ${h('bases')}: ${reason?.message ?? basis}`);
  }
  if (i.validThrough) lines.push(`  ${h('validThrough')} ${date(i.validThrough)}`);
  if (i.grace) lines.push(`  ${h('grace')} ${date(i.grace.endsOn)}`);
  if (i.debt) {
    const amount = i.debt.amountKzt === null ? h('debtEmployer') : money(i.debt.amountKzt);
    lines.push(`${h('debt')}: ${months(i.debt.months.length, l)} (${formatValue(l, 'months', i.debt.months)}) — ${amount}`);
    const employer = i.debt.employerMonths ?? [];
    if (employer.length > 0 && i.debt.amountKzt !== null) lines.push(`  ${h('employerMonths')}: ${months(employer.length, l)} (${formatValue(l, 'months', employer)})`);
  }
  if (i.monthlyContributionKzt !== null) lines.push(`${h('monthly')}: ${money(i.monthlyContributionKzt)}`);
  const p = d.packages;
  lines.push(
    `${h('packages')}: ${vocabulary.packages.gobmp[p.gobmp][l]}; ${vocabulary.packages.osms[l]}: ${yesNo(p.osms)}; ${vocabulary.packages.dms[l]}: ${yesNo(p.dms)}; ${vocabulary.packages.vms[l]}: ${yesNo(p.vms)}`,
  );
  const services = Object.entries(d.services);
  lines.push(`${h('covered')}:`);
  for (const [code, s] of services.filter(([, s]) => s.covered)) {
    lines.push(`  ${serviceName(code)} — ${h('payer')}: ${payerName(s.payer)}${s.requires.length ? `; ${h('requires')}: ${s.requires.map(requirement).join(', ')}` : ''}`);
  }
  lines.push(`${h('notCovered')}:`);
  for (const [code, s] of services.filter(([, s]) => !s.covered)) {
    const why = [...new Set(s.reasons.map((r) => formatMessage(l, r, {})))];
    lines.push(`  ${serviceName(code)} — ${why.join(' ')}`);
  }
  if (d.quotas.length > 0) {
    lines.push(`${h('quotas')}:`);
    for (const q of d.quotas) {
      const period = (vocabulary.quotaPeriods as Record<string, Words>)[q.per]?.[l] ?? q.per;
      const next = q.nextAvailableOn ? `; ${h('nextAvailable')} ${date(q.nextAvailableOn)}` : '';
      lines.push(`  ${word(QUOTA_NAMES[q.service], l, q.service)}: ${h('remaining')} ${q.remaining} ${h('of')} ${q.limit} ${period}${next}`);
    }
  }
  lines.push(`${h('nextSteps')}:`);
  d.nextSteps.forEach((s, n) => lines.push(`  ${n + 1}. ${s.message}${s.links ? ` [${s.links.join(', ')}]` : ''}`));
  lines.push(`${h('why')}:`);
  for (const r of d.reasons) lines.push(`  - ${r.message} [${r.ruleId}; ${r.source.title}${r.source.ref ? `, ${r.source.ref}` : ''}]`);
  return lines;
}

/** A usage or input error: human text on stderr, or with --json one JSON object on stdout. */
function fail(io: CliIo, json: boolean, exit: number, code: string, message: string, extra: Record<string, unknown> = {}): number {
  if (json) io.out(JSON.stringify({ error: { code, message, ...extra } }));
  else {
    io.err(message);
    if (code === 'usage') io.err(USAGE);
  }
  return exit;
}

async function evaluateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFlags(args);
  const json = args.includes('--json');
  if (typeof parsed === 'string') return fail(io, json, 2, 'usage', parsed);
  if (parsed.flags.has('--ndjson')) return ndjsonCommand(parsed, io);
  if (parsed.positional.length !== 1) return fail(io, json, 2, 'usage', 'evaluate takes one profile file, or - for standard input');
  const locale = parsed.flags.get('--locale') ?? 'ru';
  if (!(LOCALES as readonly unknown[]).includes(locale)) return fail(io, json, 2, 'usage', `--locale must be one of ${LOCALES.join(', ')}`);
  if (parsed.flags.has('--workers')) return fail(io, json, 2, 'usage', '--workers goes with --ndjson');
  await loadLocale(locale as Locale);
  const file = parsed.positional[0] as string;
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : io.readFile(file);
  } catch {
    return fail(io, json, 2, 'unreadable_file', `cannot read ${file}`, { file });
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const issue = { path: [], code: 'invalid_json', message: `not valid JSON: ${(error as Error).message}` };
    return fail(io, json, 1, 'invalid_profile', `(root): ${issue.message} [invalid_json]`, { issues: [issue] });
  }
  const asOfFlag = parsed.flags.get('--as-of');
  const asOfIsToday = typeof asOfFlag !== 'string' && !givesAsOf(input);
  try {
    // A file of unknown shape: evaluate checks it and reports every problem.
    const decision = await evaluate(input as ProfileInput, { ...(typeof asOfFlag === 'string' ? { asOf: asOfFlag } : asOfIsToday ? { asOf: io.today() } : {}), locale: locale as Locale });
    if (json) io.out(JSON.stringify(decision, null, 2));
    else summary(decision, { asOfIsToday }).forEach((line) => io.out(line));
    return 0;
  } catch (error) {
    if (!(error instanceof ProfileValidationError)) throw error;
    const heading = vocabulary.headings.invalid[locale as Locale];
    if (json) return fail(io, true, 1, 'invalid_profile', heading, { issues: error.issues });
    io.err(`${heading}:`);
    for (const issue of error.issues) io.err(`  ${issue.path.join('.') || '(root)'}: ${issue.message} [${issue.code}]`);
    return 1;
  }
}

/** `evaluate --ndjson`: a Decision or an error line per input line, then a one-line summary on stderr. */
async function ndjsonCommand(parsed: Flags, io: CliIo): Promise<number> {
  const usage = (message: string) => fail(io, false, 2, 'usage', message);
  if (parsed.positional.length > 1) return usage('evaluate --ndjson takes at most one file, or - for standard input');
  if (parsed.flags.has('--json')) return usage('--json and --ndjson do not go together');
  const locale = parsed.flags.get('--locale') ?? 'ru';
  if (!(LOCALES as readonly unknown[]).includes(locale)) return usage(`--locale must be one of ${LOCALES.join(', ')}`);
  const workersFlag = parsed.flags.get('--workers') ?? '0';
  const workers = Number(workersFlag);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) return usage('--workers must be a whole number from 0 to 64');
  const asOf = parsed.flags.get('--as-of');
  if (!io.openLines || !io.output) return usage('--ndjson needs streams');
  const file = parsed.positional[0] ?? '-';
  let source: ReturnType<NonNullable<CliIo['openLines']>>;
  try {
    source = io.openLines(file);
  } catch {
    io.err(`cannot read ${file}`);
    return 2;
  }
  const now = io.now ?? (() => 0);
  const start = now();
  let shown = start;
  const progress = (s: BulkSummary) => {
    if (!io.progress || now() - shown < 1000) return;
    shown = now();
    const seconds = (shown - start) / 1000;
    const rate = s.lines / seconds;
    const fraction = source.size && source.stream.bytesRead ? source.stream.bytesRead / source.size : undefined;
    const eta = fraction ? ` — about ${Math.round(seconds / fraction - seconds)} s left` : '';
    io.progress(`${s.lines} lines, ${Math.round(rate)} lines/s${eta}`);
  };
  const readError = new Promise<never>((_, reject) => source.stream.once('error', reject));
  let summary: BulkSummary;
  try {
    summary = await Promise.race([
      runNdjson(source.stream, io.output, () => createEvaluator({ locale: locale as Locale }), { asOf: typeof asOf === 'string' ? asOf : undefined, today: io.today(), locale: locale as Locale, workers }, progress),
      readError,
    ]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') {
      io.err(`cannot read ${file}`);
      return 2;
    }
    throw error;
  }
  if (io.progress) io.progress('');
  const seconds = (now() - start) / 1000;
  io.err(`${summary.lines} lines: ${summary.decisions} decisions, ${summary.errors} invalid; ${seconds.toFixed(1)} s, ${Math.round(summary.lines / Math.max(seconds, 0.001))} lines/s`);
  return 0;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .flatMap((path) => (statSync(path).isDirectory() ? jsonFiles(path) : path.endsWith('.json') ? [path] : []))
    .sort();
}

/** One problem of a rules folder: the file (relative to the folder), the rule id and the path inside the rule. */
export interface RuleFileProblem {
  file: string;
  ruleId: string | null;
  path: (string | number)[];
  code: string;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every problem of every rule file of a folder: JSON, shape and meaning of each file on its own
 * (one file's errors never hide another's), a title and description, an id that matches the
 * file's path, then what only the files together can break (overlapping versions of one id).
 */
export function checkRuleFiles(dir: string, files: string[], readFile: (path: string) => string): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const parameters = loadRuleset().parameters;
  const valid: { file: string; rule: unknown }[] = [];
  const ofIssues = (file: string, issues: RuleIssue[]) => issues.map(({ ruleId, path, code, message }) => ({ file, ruleId, path, code, message }));
  for (const path of files) {
    const file = relative(dir, path).split(sep).join('/');
    let rule: unknown;
    try {
      rule = JSON.parse(readFile(path));
    } catch (error) {
      problems.push({ file, ruleId: null, path: [], code: 'invalid_json', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const meta = isObject(rule) && isObject(rule.meta) ? rule.meta : undefined;
    const ruleId = typeof meta?.id === 'string' ? meta.id : null;
    const before = problems.length;
    for (const key of ['title', 'description'] as const) {
      if (meta !== undefined && (typeof meta[key] !== 'string' || (meta[key] as string).length === 0)) {
        problems.push({ file, ruleId, path: ['meta', key], code: 'missing_text', message: `A rule file needs meta.${key}: what the rule decides, in words` });
      }
    }
    const effective = isObject(meta?.effective) ? meta.effective : undefined;
    if (ruleId !== null && typeof effective?.from === 'string') {
      const expected = expectedRulePath(ruleId, effective.from, file.includes('@'));
      if (file !== expected) problems.push({ file, ruleId, path: ['meta', 'id'], code: 'id_path_mismatch', message: `The id ${ruleId} belongs in ${expected}` });
    }
    try {
      validateRuleset({ version: 'local', parameters, rules: [rule] });
    } catch (error) {
      if (!(error instanceof RuleValidationError)) throw error;
      problems.push(...ofIssues(file, error.issues));
    }
    if (problems.length === before) valid.push({ file, rule });
  }
  try {
    validateRuleset({ version: 'local', parameters, rules: valid.map((v) => v.rule) });
  } catch (error) {
    if (!(error instanceof RuleValidationError)) throw error;
    // Only what concerns the files together is left: name each file of the id.
    for (const issue of error.issues) {
      for (const { file } of valid.filter((v) => isObject(v.rule) && isObject(v.rule.meta) && v.rule.meta.id === issue.ruleId)) problems.push(...ofIssues(file, [issue]));
    }
  }
  return problems;
}

function validateRulesCommand(args: string[], io: CliIo): number {
  const json = args.includes('--json');
  const parsed = parseFlags(args.filter((a) => a !== '--json'));
  if (typeof parsed === 'string') return fail(io, json, 2, 'usage', parsed);
  if (parsed.positional.length !== 1 || parsed.flags.size > 0) return fail(io, json, 2, 'usage', 'validate-rules takes one folder');
  const dir = parsed.positional[0] as string;
  let files: string[];
  try {
    files = (io.listFiles ?? jsonFiles)(dir);
  } catch {
    return fail(io, json, 2, 'unreadable_folder', `cannot read the folder ${dir}`, { folder: dir });
  }
  if (files.length === 0) return fail(io, json, 1, 'no_rule_files', `${dir} has no rule files (*.json)`, { folder: dir });
  const problems = checkRuleFiles(dir, files, io.readFile);
  if (json) {
    io.out(JSON.stringify({ files: files.length, valid: problems.length === 0, problems }, null, 2));
    return problems.length === 0 ? 0 : 1;
  }
  for (const p of problems) io.err(`${p.file}: ${p.ruleId ?? '(no id)'} ${p.path.join('.') || '(root)'}: ${p.message} [${p.code}]`);
  if (problems.length > 0) {
    io.err(`${problems.length} problems in ${new Set(problems.map((p) => p.file)).size} of ${files.length} rule files`);
    return 1;
  }
  io.out(`${files.length} rule files valid`);
  return 0;
}

/**
 * `serve`: one process, or with `--workers N` (N ≥ 2) a cluster of N processes sharing the port.
 * Resolves with exit code 0 once SIGTERM (or SIGINT) has let every request in flight finish.
 */
async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFlags(args);
  if (typeof parsed === 'string') return fail(io, false, 2, 'usage', parsed);
  if (parsed.positional.length > 0 || parsed.flags.has('--json') || parsed.flags.has('--ndjson') || parsed.flags.has('--as-of') || parsed.flags.has('--locale')) {
    return fail(io, false, 2, 'usage', 'serve takes --port, --host and --workers');
  }
  const port = Number(parsed.flags.get('--port') ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(io, false, 2, 'usage', '--port must be a whole number from 0 to 65535');
  const host = String(parsed.flags.get('--host') ?? '127.0.0.1');
  const workers = Number(parsed.flags.get('--workers') ?? '1');
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) return fail(io, false, 2, 'usage', '--workers must be a whole number from 1 to 64');
  const { runServer } = await import('./serve-process');
  return runServer({ port, host, workers, say: (line) => io.err(line) });
}

/**
 * The CLI as a process runs it: a fault of the program itself (not of the input) is one line
 * on stderr and exit code 2, never a stack trace — unless DEBUG names kz-health-coverage.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2))
 */
export async function run(argv: string[], io: CliIo = nodeIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    try {
      const message = error instanceof Error ? error.message : String(error);
      if (argv.includes('--json')) io.out(JSON.stringify({ error: { code: 'internal_error', message } }));
      io.err(`kz-health-coverage: internal error: ${message} (a fault of this program, not of your input; DEBUG=kz-health-coverage shows where it happened)`);
      if ((env.DEBUG ?? '').split(',').includes('kz-health-coverage') && error instanceof Error && error.stack) io.err(error.stack);
    } catch {
      // stderr is gone too: nothing more can be said.
    }
    return 2;
  }
}

/**
 * Runs the CLI and returns its exit code.
 *
 * @example
 * const code = await main(['evaluate', 'profile.json', '--locale', 'kk'])
 */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help' || ((command === 'evaluate' || command === 'validate-rules' || command === 'serve') && (rest.includes('--help') || rest.includes('-h')))) {
    io.out(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(version);
    return 0;
  }
  if (command === 'evaluate') return evaluateCommand(rest, io);
  if (command === 'serve') return serveCommand(rest, io);
  if (command === 'openapi') {
    const compact = rest.length === 1 && rest[0] === '--compact';
    if (rest.length > 0 && !compact) return fail(io, false, 2, 'usage', 'openapi takes only --compact');
    const { openApiDocument } = await import('./serve');
    io.out(compact ? JSON.stringify(openApiDocument()) : JSON.stringify(openApiDocument(), null, 2));
    return 0;
  }
  if (command === 'validate-rules') return validateRulesCommand(rest, io);
  return fail(io, argv.includes('--json'), 2, 'usage', command === undefined ? 'no command given' : `unknown command ${command}`);
}
