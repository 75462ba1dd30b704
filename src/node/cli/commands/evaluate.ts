/** `kz-health-coverage evaluate <profile.json | ->`: one profile, its Decision as a summary in words or as JSON. */
import type vocabularyFile from '../../../../data/vocabulary.json';
import { ProfileValidationError } from '../../../errors';
import { evaluate } from '../../../evaluator';
import { LOCALES, type Locale, isLocale, loadLocale } from '../../../messages/format';
import type { ProfileInput } from '../../../profile/schema';
import { chooseAsOf } from '../../as-of';
import { dataFile } from '../../data-files';
import { type Flags, notAccepted } from '../flags';
import { type CliIo, InputTooLargeError } from '../io';
import { type CliMessageKey, cliMessage } from '../messages';
import { fail } from '../report';
import { summary } from '../summary';
import { ndjsonCommand } from './ndjson';

const ACCEPTED = ['as-of', 'locale', 'json', 'ndjson', 'help'] as const;

/**
 * Exit 0 with the Decision, 1 with every issue of an invalid profile (or a file that is not JSON,
 * or larger than 1 MiB), 2 for a usage error or an unreadable file.
 *
 * @example
 * await evaluateCommand(parseFlags(['p.json', '--locale', 'en']), nodeIo, 'en')
 */
export async function evaluateCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  const json = flags.values.json === true;
  const usage = (key: CliMessageKey, vars: Record<string, string> = {}) => fail(io, json, 2, 'usage', cliMessage(locale, key, vars));
  if (flags.problem) return usage(flags.problem.key, { option: flags.problem.option });
  if (flags.values.ndjson) return ndjsonCommand(flags, io, locale);
  if (flags.positional.length !== 1) return usage('evaluate_one_file');
  if (flags.values.locale !== undefined && !isLocale(flags.values.locale)) return usage('locale', { locales: LOCALES.join(', ') });
  const extra = notAccepted(flags, ACCEPTED);
  if (extra === 'workers') return usage('workers_with_ndjson');
  if (extra === 'max-line-bytes') return usage('max_line_bytes_with_ndjson');
  if (extra !== undefined) return usage('unknown_option', { option: `--${extra}` });
  await loadLocale(locale);
  const file = flags.positional[0] as string;
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      const message = cliMessage(locale, 'too_large', { file: file === '-' ? 'stdin' : file, max: error.max });
      return fail(io, json, 1, 'too_large', message, { file });
    }
    return fail(io, json, 2, 'unreadable_file', cliMessage(locale, 'unreadable_file', { file }), { file });
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const issue = {
      path: [],
      code: 'invalid_json',
      message: cliMessage(locale, 'invalid_json', { detail: (error as Error).message }),
    };
    return fail(io, json, 1, 'invalid_profile', `(root): ${issue.message} [invalid_json]`, { issues: [issue] });
  }
  const given = flags.values['as-of'];
  const { asOf, isToday } = chooseAsOf(typeof given === 'string' ? given : undefined, input, io.today);
  try {
    // A file of unknown shape: evaluate checks it and reports every problem.
    const decision = await evaluate(input as ProfileInput, { ...(asOf === undefined ? {} : { asOf }), locale });
    if (json) io.out(JSON.stringify(decision, null, 2));
    else for (const line of summary(decision, { asOfIsToday: isToday })) io.out(line);
    return 0;
  } catch (error) {
    if (!(error instanceof ProfileValidationError)) throw error;
    const heading = dataFile<typeof vocabularyFile>('vocabulary.json').headings.invalid[locale];
    if (json) return fail(io, true, 1, 'invalid_profile', heading, { issues: error.issues });
    io.err(`${heading}:`);
    for (const issue of error.issues) io.err(`  ${issue.path.join('.') || '(root)'}: ${issue.message} [${issue.code}]`);
    return 1;
  }
}
