/** One NDJSON input line → one output line: the Decision as JSON, or `{ line, error: { issues } }`. */
import { ProfileValidationError } from '../../errors';
import type { Evaluator } from '../../evaluator';
import type { Locale } from '../../messages/format';
import type { ProfileInput } from '../../profile/schema';
import { chooseAsOf } from '../as-of';
import { DEFAULT_MAX_LINE_BYTES } from '../limits';
import { type Line, TOO_LONG } from './lines';

/** What every line of a run is decided with. */
export interface LineOptions {
  /** The evaluation date of every line; without it, a line's own asOf, else `today`. */
  asOf?: string | undefined;
  today: string;
  locale: Locale;
  /** Include `decision.trace` in each Decision. */
  trace?: boolean;
  /** The longest line, in bytes (default 1 MiB): named in the `too_big` error. */
  maxLineBytes?: number;
}

const errorLine = (line: number, issues: { path: (string | number)[]; code: string; message: string }[]) =>
  JSON.stringify({ line, error: { issues } });

/**
 * The output line for input line number `line` (from 1), and whether it is a Decision.
 *
 * @example
 * await decideLine(createEvaluator(), '{"person":…}', 1, { today: '2025-06-15', locale: 'en' })
 * // { out: '{"asOf":…}', ok: true }
 */
export async function decideLine(
  evaluator: Evaluator,
  text: Line,
  line: number,
  options: LineOptions,
): Promise<{ out: string; ok: boolean }> {
  if (text === TOO_LONG) {
    const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    return {
      out: errorLine(line, [{ path: [], code: 'too_big', message: `A line may hold at most ${max} bytes` }]),
      ok: false,
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      out: errorLine(line, [{ path: [], code: 'invalid_json', message: `Not valid JSON: ${(error as Error).message}` }]),
      ok: false,
    };
  }
  try {
    const { asOf } = chooseAsOf(options.asOf, input, () => options.today);
    // A line of unknown shape: the evaluator checks it and reports every problem.
    const evaluateOptions = {
      ...(asOf === undefined ? {} : { asOf }),
      locale: options.locale,
      ...(options.trace ? { trace: true } : {}),
    };
    const decision = await evaluator.evaluate(input as ProfileInput, evaluateOptions);
    return { out: JSON.stringify(decision), ok: true };
  } catch (error) {
    if (!(error instanceof ProfileValidationError)) throw error;
    return { out: errorLine(line, error.issues), ok: false };
  }
}
