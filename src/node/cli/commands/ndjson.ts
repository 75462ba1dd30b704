/**
 * `kz-health-coverage evaluate --ndjson`: a Decision or an error line per input line, then a
 * one-line summary on stderr.
 */
import { createEvaluator } from '../../../evaluator';
import { LOCALES, type Locale, isLocale } from '../../../messages/format';
import { LineSplitter } from '../../bulk/lines';
import { type BulkSummary, runNdjson } from '../../bulk/run';
import { DEFAULT_MAX_LINE_BYTES } from '../../limits';
import { type Flags, notAccepted } from '../flags';
import type { CliIo } from '../io';
import { type CliMessageKey, cliMessage } from '../messages';
import { fail } from '../report';

const ACCEPTED = ['as-of', 'locale', 'ndjson', 'workers', 'max-line-bytes', 'help'] as const;
const MAX_WORKERS = 64;
/** The largest `--max-line-bytes`: 1 GiB. */
const MAX_LINE_LIMIT = 2 ** 30;

/** A whole number of `text` within bounds, or undefined. */
const wholeNumber = (text: string, min: number, max: number) => {
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? value : undefined;
};

/** A progress line at most once a second: lines, rate and, when the input's size is known, the time left. */
function progressOf(io: CliIo, locale: Locale, source: { stream: { bytesRead?: number }; size?: number }) {
  const now = io.now ?? (() => 0);
  const start = now();
  let shown = start;
  const report = (s: BulkSummary) => {
    if (!io.progress || now() - shown < 1000) return;
    shown = now();
    const seconds = (shown - start) / 1000;
    const fraction = source.size && source.stream.bytesRead ? source.stream.bytesRead / source.size : undefined;
    const eta = fraction ? cliMessage(locale, 'ndjson_eta', { seconds: Math.round(seconds / fraction - seconds) }) : '';
    io.progress(`${cliMessage(locale, 'ndjson_progress', { lines: s.lines, rate: Math.round(s.lines / seconds) })}${eta}`);
  };
  return { report, seconds: () => (now() - start) / 1000 };
}

/**
 * Exit 0 once every line is answered (bad lines are error lines: the run goes on), 2 for a usage
 * error or an unreadable input.
 *
 * @example
 * await ndjsonCommand(parseFlags(['--ndjson', 'in.ndjson', '--max-line-bytes', '65536']), nodeIo, 'ru')
 */
export async function ndjsonCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  const usage = (key: CliMessageKey, vars: Record<string, string | number> = {}) =>
    fail(io, false, 2, 'usage', cliMessage(locale, key, vars));
  if (flags.positional.length > 1) return usage('ndjson_one_file');
  if (flags.values.json) return usage('json_and_ndjson');
  const extra = notAccepted(flags, ACCEPTED);
  if (extra !== undefined) return usage('unknown_option', { option: `--${extra}` });
  const requested = flags.values.locale ?? 'ru';
  if (!isLocale(requested)) return usage('locale', { locales: LOCALES.join(', ') });
  const workers = wholeNumber(String(flags.values.workers ?? '0'), 0, MAX_WORKERS);
  if (workers === undefined) return usage('workers_range', { min: 0, max: MAX_WORKERS });
  const maxLineBytes = wholeNumber(String(flags.values['max-line-bytes'] ?? DEFAULT_MAX_LINE_BYTES), 1, MAX_LINE_LIMIT);
  if (maxLineBytes === undefined) return usage('max_line_bytes_range', { max: MAX_LINE_LIMIT });
  if (!io.openLines || !io.output) throw new Error('--ndjson needs the streams of CliIo (openLines, output)');
  const file = flags.positional[0] ?? '-';
  const unreadable = () => fail(io, false, 2, 'unreadable_file', cliMessage(locale, 'unreadable_file', { file }));
  let source: ReturnType<NonNullable<CliIo['openLines']>>;
  try {
    source = io.openLines(file);
  } catch {
    return unreadable();
  }
  const progress = progressOf(io, locale, source);
  const readError = new Promise<never>((_, reject) => source.stream.once('error', reject));
  const asOf = flags.values['as-of'];
  const options = {
    asOf: typeof asOf === 'string' ? asOf : undefined,
    today: io.today(),
    locale: requested,
    workers,
    maxLineBytes,
    splitter: new LineSplitter(maxLineBytes),
  };
  let summary: BulkSummary;
  try {
    summary = await Promise.race([
      runNdjson(source.stream, io.output, () => createEvaluator({ locale: requested }), options, progress.report),
      readError,
    ]);
  } catch (error) {
    // The input failed while it was read (a folder, a device that errs): one line, no stack trace.
    if (typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined)
      return unreadable();
    throw error;
  }
  if (io.progress) io.progress('');
  const seconds = progress.seconds();
  const rate = Math.round(summary.lines / Math.max(seconds, 0.001));
  io.err(
    cliMessage(locale, 'ndjson_summary', {
      lines: summary.lines,
      decisions: summary.decisions,
      errors: summary.errors,
      seconds: seconds.toFixed(1),
      rate,
    }),
  );
  return 0;
}
