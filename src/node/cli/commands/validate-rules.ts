/** `kz-health-coverage validate-rules <dir>`: every problem of every rule file of a folder. */
import { LOCALES, type Locale, isLocale } from '../../../messages/format';
import { jsonFilesUnder } from '../../json-files';
import { type Flags, notAccepted } from '../flags';
import type { CliIo } from '../io';
import { cliMessage } from '../messages';
import { fail } from '../report';
import { checkRuleFiles } from '../rule-files';

/**
 * Exit 0 when every file is valid, 1 with each problem (or a folder without rule files), 2 for a
 * usage error or an unreadable folder.
 *
 * @example
 * await validateRulesCommand(parseFlags(['rules', '--json']), nodeIo, 'en')
 */
export function validateRulesCommand(flags: Flags, io: CliIo, locale: Locale): number {
  const json = flags.values.json === true;
  const usage = (message: string) => fail(io, json, 2, 'usage', message);
  if (flags.problem) return usage(cliMessage(locale, flags.problem.key, { option: flags.problem.option }));
  if (flags.values.locale !== undefined && !isLocale(flags.values.locale))
    return usage(cliMessage(locale, 'locale', { locales: LOCALES.join(', ') }));
  if (flags.positional.length !== 1 || notAccepted(flags, ['json', 'locale', 'help']) !== undefined) {
    return usage(cliMessage(locale, 'validate_one_folder'));
  }
  const folder = flags.positional[0] as string;
  let files: string[];
  try {
    files = (io.listFiles ?? jsonFilesUnder)(folder);
  } catch {
    return fail(io, json, 2, 'unreadable_folder', cliMessage(locale, 'unreadable_folder', { folder }), { folder });
  }
  if (files.length === 0) return fail(io, json, 1, 'no_rule_files', cliMessage(locale, 'no_rule_files', { folder }), { folder });
  const problems = checkRuleFiles(folder, files, io.readFile);
  if (json) {
    io.out(JSON.stringify({ files: files.length, valid: problems.length === 0, problems }, null, 2));
    return problems.length === 0 ? 0 : 1;
  }
  for (const p of problems) io.err(`${p.file}: ${p.ruleId ?? '(no id)'} ${p.path.join('.') || '(root)'}: ${p.message} [${p.code}]`);
  if (problems.length > 0) {
    const withProblems = new Set(problems.map((p) => p.file)).size;
    io.err(cliMessage(locale, 'rules_problems', { problems: problems.length, files: withProblems, total: files.length }));
    return 1;
  }
  io.out(cliMessage(locale, 'rules_valid', { count: files.length }));
  return 0;
}
