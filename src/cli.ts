/**
 * The command line: `kz-health-coverage evaluate <profile.json | -> [--as-of] [--locale] [--json]`
 * and `kz-health-coverage validate-rules <dir>`. Exit codes: 0 success, 1 invalid input or
 * rules (every issue with its path), 2 usage errors. Node only; the library itself is not.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { type BulkSummary, runNdjson } from './bulk';
import type { Decision } from './decision/schema';
import { ProfileValidationError, RuleValidationError } from './errors';
import { createEvaluator, evaluate } from './evaluator';
import { LOCALES, type Locale, formatMessage, formatValue } from './messages/format';
import { givesAsOf } from './profile/parse';
import { loadRuleset } from './ruleset/load';
import { validateRuleset } from './ruleset/validate';

export const USAGE = `usage:
  kz-health-coverage evaluate <profile.json | -> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]
  kz-health-coverage evaluate --ndjson [<profiles.ndjson | ->] [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--workers N]
  kz-health-coverage validate-rules <dir>`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): string;
  readStdin(): string;
  /** Today's date for a profile without asOf: the CLI may read the clock, the library never does. */
  today(): string;
  /** For --ndjson: the lines to read (a file or, for `-`, standard input) and the input's size when known. */
  openLines?(file: string): { stream: Readable & { bytesRead?: number }; size?: number };
  /** For --ndjson: where the output lines go. */
  output?: Writable;
  /** For --ndjson: a progress line on a terminal (overwritten in place); absent when stderr is no terminal. */
  progress?(text: string): void;
  /** Milliseconds of a monotonic clock, for the rate and the ETA. */
  now?(): number;
}

const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  today: () => new Date().toISOString().slice(0, 10),
  openLines: (file) => (file === '-' ? { stream: process.stdin } : { stream: createReadStream(file), size: statSync(file).size }),
  output: process.stdout,
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r${text}\x1b[K`) } : {}),
  now: () => performance.now(),
};

function parseFlags(args: string[]): { positional: string[]; flags: Map<string, string | true> } | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json' || arg === '--ndjson') flags.set(arg, true);
    else if (arg === '--as-of' || arg === '--locale' || arg === '--workers') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      flags.set(arg, value);
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  return { positional, flags };
}

/** A readable summary of a decision in its locale. */
export function summary(d: Decision): string[] {
  const t = (key: string) => formatMessage(d.locale, key, {});
  const date = (value: string) => formatValue(d.locale, 'date', value);
  const money = (value: number) => formatValue(d.locale, 'amountKzt', value);
  const i = d.insurance;
  const lines = [`${t('cli.status')}: ${t(`cli.status.${i.status}`)}${i.bases.length ? ` (${i.bases.join(', ')})` : ''}`];
  if (i.validThrough) lines.push(`  ${t('cli.validThrough')} ${date(i.validThrough)}`);
  if (i.grace) lines.push(`  ${t('cli.grace')} ${date(i.grace.endsOn)}`);
  if (i.debt) {
    const amount = i.debt.amountKzt === null ? t('cli.debtEmployer') : money(i.debt.amountKzt);
    lines.push(`${t('cli.debt')}: ${i.debt.months.length} (${formatValue(d.locale, 'months', i.debt.months)}) — ${amount}`);
  }
  if (i.monthlyContributionKzt !== null) lines.push(`${t('cli.monthly')}: ${money(i.monthlyContributionKzt)}`);
  const p = d.packages;
  lines.push(`${t('cli.packages')}: gobmp ${p.gobmp}, osms ${p.osms}, dms ${p.dms}, vms ${p.vms}`);
  const services = Object.entries(d.services);
  lines.push(`${t('cli.covered')}:`);
  for (const [code, s] of services.filter(([, s]) => s.covered)) {
    lines.push(`  ${code} — ${s.payer}${s.requires.length ? `; ${t('cli.requires')}: ${s.requires.join(', ')}` : ''}`);
  }
  lines.push(`${t('cli.notCovered')}:`);
  for (const [code, s] of services.filter(([, s]) => !s.covered)) lines.push(`  ${code} — ${s.reasons.map((r) => t(r)).join(' ')}`);
  if (d.quotas.length > 0) {
    lines.push(`${t('cli.quotas')}:`);
    for (const q of d.quotas) lines.push(`  ${q.service}: ${q.remaining}/${q.limit} (${q.per})${q.nextAvailableOn ? ` → ${date(q.nextAvailableOn)}` : ''}`);
  }
  lines.push(`${t('cli.nextSteps')}:`);
  d.nextSteps.forEach((s, n) => lines.push(`  ${n + 1}. ${s.message}${s.links ? ` [${s.links.join(', ')}]` : ''}`));
  lines.push(`${t('cli.why')}:`);
  for (const r of d.reasons) lines.push(`  - ${r.message} [${r.ruleId}; ${r.source.document}]`);
  return lines;
}

async function evaluateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFlags(args);
  if (typeof parsed !== 'string' && parsed.flags.has('--ndjson')) return ndjsonCommand(parsed, io);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    io.err(typeof parsed === 'string' ? parsed : 'evaluate takes one profile file, or - for standard input');
    io.err(USAGE);
    return 2;
  }
  const locale = parsed.flags.get('--locale');
  if (locale !== undefined && !(LOCALES as readonly unknown[]).includes(locale)) {
    io.err(`--locale must be one of ${LOCALES.join(', ')}`);
    return 2;
  }
  const file = parsed.positional[0] as string;
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : io.readFile(file);
  } catch {
    io.err(`cannot read ${file}`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.err(`(root): not valid JSON: ${(error as Error).message}`);
    return 1;
  }
  const asOfFlag = parsed.flags.get('--as-of');
  try {
    const decision = await evaluate(input, {
      ...(typeof asOfFlag === 'string' ? { asOf: asOfFlag } : givesAsOf(input) ? {} : { asOf: io.today() }),
      locale: (locale as Locale | undefined) ?? 'ru',
    });
    if (parsed.flags.has('--json')) io.out(JSON.stringify(decision, null, 2));
    else summary(decision).forEach((line) => io.out(line));
    return 0;
  } catch (error) {
    if (!(error instanceof ProfileValidationError)) throw error;
    io.err(`${formatMessage((locale as Locale | undefined) ?? 'ru', 'cli.invalid', {})}:`);
    for (const issue of error.issues) io.err(`  ${issue.path.join('.') || '(root)'}: ${issue.message} [${issue.code}]`);
    return 1;
  }
}

/** `evaluate --ndjson`: a Decision or an error line per input line, then a one-line summary on stderr. */
async function ndjsonCommand(parsed: { positional: string[]; flags: Map<string, string | true> }, io: CliIo): Promise<number> {
  const usage = (message: string) => {
    io.err(message);
    io.err(USAGE);
    return 2;
  };
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

function validateRulesCommand(args: string[], io: CliIo): number {
  if (args.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const dir = args[0] as string;
  let files: string[];
  try {
    files = jsonFiles(dir);
  } catch {
    io.err(`cannot read the folder ${dir}`);
    return 2;
  }
  const rules: unknown[] = [];
  let problems = 0;
  for (const file of files) {
    try {
      rules.push(JSON.parse(io.readFile(file)));
    } catch (error) {
      io.err(`${relative(dir, file)}: not valid JSON: ${(error as Error).message}`);
      problems += 1;
    }
  }
  try {
    validateRuleset({ version: 'local', parameters: loadRuleset().parameters, rules });
  } catch (error) {
    if (!(error instanceof RuleValidationError)) throw error;
    for (const issue of error.issues) io.err(`${issue.ruleId ?? '(ruleset)'} ${issue.path.join('.')}: ${issue.message} [${issue.code}]`);
    problems += error.issues.length;
  }
  if (problems > 0) return 1;
  io.out(`${rules.length} rule files valid`);
  return 0;
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
  if (command === 'evaluate') return evaluateCommand(rest, io);
  if (command === 'validate-rules') return validateRulesCommand(rest, io);
  io.err(command === undefined ? USAGE : `unknown command ${command}\n${USAGE}`);
  return 2;
}
