import { decide } from './decision/decide';
import type { Decision } from './decision/schema';
import { RunQueue, StageEngines } from './engine/stage-engines';
import { type Issue, ProfileValidationError } from './errors';
import { LOCALES, type Locale, isLocale, loadLocale } from './messages/format';
import { validationMessage } from './messages/validation';
import { checkProfile, copyTopLevel, givesAsOf, toIssues } from './profile/parse';
import { type ProfileInput, isoDate } from './profile/schema';
import { shippedRuleset } from './ruleset/load';
import type { Parameters } from './ruleset/parameters';
import type { Ruleset } from './ruleset/schema';
import { validateRuleset } from './ruleset/validate';

/**
 * Options of one evaluation.
 *
 * @example
 * await evaluate(profile, { asOf: '2025-06-15', locale: 'kk', trace: true })
 */
export interface EvaluateOptions {
  /** Evaluation date YYYY-MM-DD; defaults to `profile.asOf`. The clock is never read. */
  asOf?: string;
  /** Language of the messages: ru (default), kk, en or ky. */
  locale?: Locale;
  /** Include every rule's evaluated conditions in `decision.trace`. */
  trace?: boolean;
}

/**
 * Options of an evaluator: its ruleset (default: the shipped one) and its default locale.
 *
 * @example
 * const ruleset = loadRuleset()
 * ruleset.parameters.contributions.graceMonths = 4
 * const evaluator = createEvaluator({ ruleset, locale: 'en' })
 */
export interface EvaluatorOptions {
  /** A ruleset from `loadRuleset()`, possibly changed; validated when the evaluator is created. */
  ruleset?: Ruleset;
  /** Default locale of this evaluator's decisions. */
  locale?: Locale;
}

/**
 * An evaluator from `createEvaluator`: engines built once, runs queued, never interleaved.
 *
 * @example
 * const evaluator = createEvaluator()
 * const decisions = await Promise.all(profiles.map((p) => evaluator.evaluate(p, { asOf: '2025-06-15' })))
 */
export interface Evaluator {
  /** Same as the top-level `evaluate`, with this evaluator's ruleset. */
  evaluate(input: ProfileInput, options?: EvaluateOptions): Promise<Decision>;
  /**
   * Evaluates profiles one by one as they are pulled, in input order; a bad profile yields
   * its `ProfileValidationError` and the run goes on. Inputs are read lazily.
   */
  evaluateMany(inputs: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateOptions): AsyncIterable<Decision | ProfileValidationError>;
}

function optionIssues(options: unknown, messages: Locale): Issue[] {
  if (typeof options !== 'object' || options === null) return [{ path: ['options'], code: 'invalid_type', message: validationMessage(messages, 'options') }];
  const { asOf, locale } = options as Record<string, unknown>;
  const issues: Issue[] = [];
  const checked = asOf === undefined ? undefined : isoDate.safeParse(asOf);
  if (checked?.success === false) issues.push(...toIssues(checked.error.issues, messages).map((i) => ({ ...i, path: ['asOf'] })));
  if (locale !== undefined && !isLocale(locale)) {
    issues.push({ path: ['locale'], code: 'invalid_value', message: validationMessage(messages, 'invalid_value', { values: LOCALES.join(', ') }) });
  }
  return issues;
}

/**
 * Creates an evaluator: the ruleset is validated and its engines are built once, then
 * reused by every call. Calls may overlap freely; their engine runs are queued.
 *
 * @example
 * const evaluator = createEvaluator({ locale: 'en' })
 * const decision = await evaluator.evaluate(profile, { asOf: '2025-06-15' })
 * decision.insurance.status // 'insured' | 'not_insured' | 'not_applicable'
 */
export function createEvaluator(options: EvaluatorOptions = {}): Evaluator {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError('createEvaluator: options must be an object such as { locale: "ru" } (or left out)');
  }
  // Each option is read once: a getter cannot pass the check and then change.
  const { ruleset: givenRuleset, locale: defaultLocale } = options;
  if (defaultLocale !== undefined && !isLocale(defaultLocale)) {
    throw new TypeError(`createEvaluator: options.locale must be one of ${LOCALES.join(', ')} (got ${JSON.stringify(String(defaultLocale))})`);
  }
  // validateRuleset returns a checked copy: later changes of the caller's object change nothing here.
  // The shipped ruleset is checked by the test suite, not on every start.
  const ruleset = givenRuleset === undefined ? shippedRuleset() : validateRuleset(givenRuleset);
  const parameters: Parameters = ruleset.parameters;
  const limits = { pregnancyMinAgeYears: parameters.pregnancy.minAgeYears };
  const engines = new StageEngines(ruleset);
  // The complete path (json-rules-engine's own Rule) for trace: true, built when first asked for.
  let completeEngines: StageEngines | undefined;
  const queue = new RunQueue();

  async function evaluate(rawInput: unknown, givenOptions: EvaluateOptions = {}): Promise<Decision> {
    // Each option and each top-level key of the profile is read once, into copies that every check
    // and the evaluation then read. Options that are not an object are reported below and read as none.
    const isObject = typeof givenOptions === 'object' && givenOptions !== null;
    const evaluateOptions: EvaluateOptions = isObject
      ? { asOf: givenOptions.asOf, locale: givenOptions.locale, trace: givenOptions.trace }
      : {};
    const input = copyTopLevel(rawInput);
    // The locale of the decision and of its validation messages (an invalid one is an issue, messages then in the default).
    const locale = isLocale(evaluateOptions.locale) ? evaluateOptions.locale : (defaultLocale ?? 'ru');
    const issues = optionIssues(isObject ? evaluateOptions : givenOptions, locale);
    const optionAsOf = typeof evaluateOptions.asOf === 'string' && isoDate.safeParse(evaluateOptions.asOf).success ? evaluateOptions.asOf : undefined;
    const parsed = checkProfile(input, optionAsOf, limits, locale);
    issues.push(...parsed.issues);
    const asOf = evaluateOptions.asOf ?? parsed.data?.asOf;
    // A missing asOf is listed with every other problem; an invalid one is already among them.
    if (asOf === undefined && !givesAsOf(input)) {
      issues.push({ path: ['asOf'], code: 'missing_as_of', message: validationMessage(locale, 'missing_as_of') });
    } else if (typeof asOf === 'string' && isoDate.safeParse(asOf).success) {
      const { earliestAsOf, latestAsOf } = parameters.evaluation;
      if (asOf < earliestAsOf || asOf > latestAsOf) {
        issues.push({ path: ['asOf'], code: 'unsupported_date', message: validationMessage(locale, 'unsupported_date.as_of', { earliest: earliestAsOf, latest: latestAsOf }) });
      }
    }
    if (parsed.data === undefined || issues.length > 0 || asOf === undefined) throw new ProfileValidationError(issues);
    const profile = parsed.data;
    // A locale other than the default is loaded when first asked for (its own chunk in a browser build).
    await loadLocale(locale);

    const trace = evaluateOptions.trace === true;
    if (trace) completeEngines ??= new StageEngines(ruleset, true);
    const stages = trace ? (completeEngines as StageEngines) : engines;
    return queue.run(() => decide({ engines: stages, parameters, rulesetVersion: ruleset.version }, profile, asOf, locale, trace));
  }

  /**
   * @example
   * for await (const result of createEvaluator().evaluateMany(readProfiles(), { asOf: '2026-03-01' })) {
   *   if (result instanceof ProfileValidationError) log(result.issues)
   *   else save(result)
   * }
   */
  async function* evaluateMany(inputs: Iterable<unknown> | AsyncIterable<unknown>, manyOptions: EvaluateOptions = {}) {
    for await (const input of inputs) {
      try {
        yield await evaluate(input, manyOptions);
      } catch (error) {
        if (!(error instanceof ProfileValidationError)) throw error;
        yield error;
      }
    }
  }

  return { evaluate, evaluateMany };
}

let shared: Evaluator | undefined;

/**
 * Decides one person's public health cover on one date with the shipped rules.
 * Rejects with `ProfileValidationError` (every problem, with its path) on bad input.
 *
 * @example
 * const decision = await evaluate(
 *   { person: { birthDate: '2020-02-01', sex: 'female' }, residency: { status: 'citizen' } },
 *   { asOf: '2025-06-15' },
 * )
 * decision.insurance.bases // ['osms.state-category.child']
 */
export function evaluate(input: ProfileInput, options?: EvaluateOptions): Promise<Decision> {
  shared ??= createEvaluator();
  return shared.evaluate(input, options);
}
