/**
 * The checks of a rule folder that `validate-rules` runs: each file on its own (JSON, shape,
 * meaning, title and description, an id that matches the file's path), then what only the files
 * together can break (overlapping versions of one id).
 */
import { relative, sep } from 'node:path';
import { RuleValidationError, type RuleIssue } from '../../errors';
import { loadRuleset } from '../../ruleset/load';
import { expectedRulePath } from '../../ruleset/rule-path';
import { validateRuleset } from '../../ruleset/validate';

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
 *
 * @example
 * checkRuleFiles('rules', jsonFilesUnder('rules'), (path) => readFileSync(path, 'utf8')) // [] for the shipped rules
 */
export function checkRuleFiles(dir: string, files: string[], readFile: (path: string) => string): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const parameters = loadRuleset().parameters;
  const valid: { file: string; rule: unknown }[] = [];
  const ofIssues = (file: string, issues: RuleIssue[]) =>
    issues.map(({ ruleId, path, code, message }) => ({ file, ruleId, path, code, message }));
  for (const path of files) {
    const file = relative(dir, path).split(sep).join('/');
    let rule: unknown;
    try {
      rule = JSON.parse(readFile(path));
    } catch (error) {
      problems.push({
        file,
        ruleId: null,
        path: [],
        code: 'invalid_json',
        message: `not valid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    const meta = isObject(rule) && isObject(rule.meta) ? rule.meta : undefined;
    const ruleId = typeof meta?.id === 'string' ? meta.id : null;
    const before = problems.length;
    for (const key of ['title', 'description'] as const) {
      if (meta !== undefined && (typeof meta[key] !== 'string' || meta[key].length === 0)) {
        problems.push({
          file,
          ruleId,
          path: ['meta', key],
          code: 'missing_text',
          message: `A rule file needs meta.${key}: what the rule decides, in words`,
        });
      }
    }
    const effective = isObject(meta?.effective) ? meta.effective : undefined;
    if (ruleId !== null && typeof effective?.from === 'string') {
      const expected = expectedRulePath(ruleId, effective.from, file.includes('@'));
      if (file !== expected)
        problems.push({
          file,
          ruleId,
          path: ['meta', 'id'],
          code: 'id_path_mismatch',
          message: `The id ${ruleId} belongs in ${expected}`,
        });
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
      for (const { file } of valid.filter((v) => isObject(v.rule) && isObject(v.rule.meta) && v.rule.meta.id === issue.ruleId))
        problems.push(...ofIssues(file, [issue]));
    }
  }
  return problems;
}
