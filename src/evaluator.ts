import { decideAsync, decideSync } from './decision/decide';
import type { Decision } from './decision/schema';
import { CompiledEngine } from './engine/compiled-engine';
import type { StockEngine } from './engine/stock-engine';
import { RunQueue } from './engine/run-queue';
import { type Issue, ProfileValidationError } from './errors';
import { LOCALES, type Locale, isLocale, isLocaleLoaded, loadLocale } from './messages/format';
import { validationMessage } from './messages/validation';
import { checkProfile, copyTopLevel, givesAsOf, toIssues } from './profile/parse';
import type { Profile, ProfileInput } from './profile/schema';
import { isSupportedDate, isoDateSchema } from './calendar/dates';
import { shippedRuleset } from './ruleset/load';
import type { DatedParameters } from './parameters/parameters';
import { latestValue } from './parameters/dated';
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
  /**
   * `compiled` (the default): the rules compiled once into synchronous code with
   * json-rules-engine's meaning. `json-rules-engine`: every run on the stock json-rules-engine
   * (what `trace: true` runs too). Both give byte-identical decisions.
   */
  engine?: 'compiled' | 'json-rules-engine';
}

/**
 * An evaluator from `createEvaluator`: its rules compiled once, reused by every call.
 *
 * @example
 * const evaluator = createEvaluator()
 * const decisions = await Promise.all(profiles.map((p) => evaluator.evaluate(p, { asOf: '2025-06-15' })))
 */
export interface Evaluator {
  /** Same as the top-level `evaluate`, with this evaluator's ruleset. */
  evaluate(input: ProfileInput, options?: EvaluateOptions): Promise<Decision>;
  /**
   * The same decision, synchronously (the compiled engine). It speaks ru, and every other locale
   * once its messages are loaded (`await loadLocale('kk')`, or one `evaluate` in that locale);
   * `trace` needs `evaluate`. Throws `ProfileValidationError` on bad input.
   */
  evaluateSync(input: ProfileInput, options?: EvaluateOptions): Decision;
  /**
   * Evaluates profiles one by one as they are pulled, in input order; a bad profile yields
   * its `ProfileValidationError` and the run goes on. Inputs are read lazily.
   */
  evaluateMany(
    inputs: Iterable<unknown> | AsyncIterable<unknown>,
    options?: EvaluateOptions,
  ): AsyncIterable<Decision | ProfileValidationError>;
}

/** The options as read once (a getter is not asked twice), before anything is checked. */
interface ReadOptions {
  given: unknown;
  asOf: unknown;
  locale: unknown;
  trace: unknown;
}

function readOptions(options: unknown): ReadOptions {
  if (typeof options !== 'object' || options === null) return { given: options, asOf: undefined, locale: undefined, trace: undefined };
  const { asOf, locale, trace } = options as Record<string, unknown>;
  return { given: options, asOf, locale, trace };
}

function optionIssues(options: ReadOptions, messages: Locale): Issue[] {
  if (typeof options.given !== 'object' || options.given === null)
    return [{ path: ['options'], code: 'invalid_type', message: validationMessage(messages, 'options') }];
  const issues: Issue[] = [];
  // zod only explains a date that is not one of ours.
  const checked = options.asOf === undefined || isSupportedDate(options.asOf) ? undefined : isoDateSchema().safeParse(options.asOf);
  if (checked?.success === false) issues.push(...toIssues(checked.error.issues, messages).map((i) => ({ ...i, path: ['asOf'] })));
  if (options.locale !== undefined && !isLocale(options.locale)) {
    issues.push({
      path: ['locale'],
      code: 'invalid_value',
      message: validationMessage(messages, 'invalid_value', { values: LOCALES.join(', ') }),
    });
  }
  return issues;
}

/** A valid call: the profile, the date and the locale to decide in. */
interface Prepared {
  profile: Profile;
  asOf: string;
  locale: Locale;
  trace: boolean;
}

/**
 * Creates an evaluator: the ruleset is validated once and its rules compiled when a date of a
 * period is first decided, then reused by every call. Calls may overlap freely.
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
  const { locale: defaultLocale, engine: engineName, ruleset: givenRuleset } = options;
  if (defaultLocale !== undefined && !isLocale(defaultLocale)) {
    throw new TypeError(
      `createEvaluator: options.locale must be one of ${LOCALES.join(', ')} (got ${JSON.stringify(String(defaultLocale))})`,
    );
  }
  if (engineName !== undefined && engineName !== 'compiled' && engineName !== 'json-rules-engine') {
    throw new TypeError(
      `createEvaluator: options.engine must be "compiled" or "json-rules-engine" (got ${JSON.stringify(String(engineName))})`,
    );
  }
  // validateRuleset returns a checked copy: later changes of the caller's object change nothing here.
  // The shipped ruleset is checked by the test suite, not on every start.
  const ruleset = givenRuleset === undefined ? shippedRuleset() : validateRuleset(givenRuleset);
  const parameters: DatedParameters = ruleset.parameters;
  const setup = { parameters, rulesetVersion: ruleset.version };
  // Checks made before asOf is known read a parameter's latest value.
  const limits = { pregnancyMinAgeYears: latestValue(parameters.pregnancy.minAgeYears) as number };
  const earliestAsOf = latestValue(parameters.evaluation.earliestAsOf) as string;
  const latestAsOf = latestValue(parameters.evaluation.latestAsOf) as string;
  const compiled = engineName === 'json-rules-engine' ? undefined : new CompiledEngine(ruleset);
  // json-rules-engine itself, for trace: true and engine: 'json-rules-engine': loaded when first asked for.
  let stock: Promise<StockEngine> | undefined;
  const stockEngine = () => (stock ??= import('./engine/stock-engine').then((m) => new m.StockEngine(ruleset)));
  const queue = new RunQueue();

  /** Checks the call; throws ProfileValidationError with every problem. */
  function prepare(rawInput: unknown, givenOptions: unknown): Prepared {
    // Each option and each top-level key of the profile is read once, into copies that every check
    // and the evaluation then read: a getter cannot pass the checks and then change.
    const read = readOptions(givenOptions);
    const input = copyTopLevel(rawInput);
    // The locale of the decision and of its validation messages (an invalid one is an issue, messages then in the default).
    const locale = isLocale(read.locale) ? read.locale : (defaultLocale ?? 'ru');
    const issues = optionIssues(read, locale);
    const optionAsOf = isSupportedDate(read.asOf) ? read.asOf : undefined;
    const parsed = checkProfile(input, optionAsOf, limits, locale);
    issues.push(...parsed.issues);
    // The profile's own date counts even when another part of the profile is invalid (its range is then still judged).
    const ownAsOf = typeof input === 'object' && input !== null ? (input as { asOf?: unknown }).asOf : undefined;
    const asOf =
      optionAsOf ?? (read.asOf === undefined ? (parsed.data?.asOf ?? (isSupportedDate(ownAsOf) ? ownAsOf : undefined)) : undefined);
    // A missing asOf is listed with every other problem; an invalid one is already among them.
    if (read.asOf === undefined && asOf === undefined && !givesAsOf(input)) {
      issues.push({ path: ['asOf'], code: 'missing_as_of', message: validationMessage(locale, 'missing_as_of') });
    } else if (asOf !== undefined) {
      if (asOf < earliestAsOf || asOf > latestAsOf) {
        issues.push({
          path: ['asOf'],
          code: 'unsupported_date',
          message: validationMessage(locale, 'unsupported_date.as_of', { earliest: earliestAsOf, latest: latestAsOf }),
        });
      }
    }
    if (parsed.data === undefined || issues.length > 0 || asOf === undefined) throw new ProfileValidationError(issues);
    return { profile: parsed.data, asOf, locale, trace: read.trace === true };
  }

  async function evaluate(input: unknown, givenOptions: EvaluateOptions = {}): Promise<Decision> {
    const call = prepare(input, givenOptions);
    // A locale other than the default is loaded when first asked for (its own chunk in a browser build).
    await loadLocale(call.locale);
    if (compiled !== undefined && !call.trace) return decideSync(compiled, setup, call.profile, call.asOf, call.locale);
    const engine = await stockEngine();
    return queue.run(() => decideAsync(engine, setup, call.profile, call.asOf, call.locale, call.trace));
  }

  function evaluateSync(input: unknown, givenOptions: EvaluateOptions = {}): Decision {
    const call = prepare(input, givenOptions);
    const issues: Issue[] = [];
    if (compiled === undefined || call.trace) {
      issues.push({
        path: [call.trace ? 'trace' : 'engine'],
        code: 'needs_evaluate',
        message: validationMessage(call.locale, 'needs_evaluate'),
      });
    }
    if (!isLocaleLoaded(call.locale))
      issues.push({
        path: ['locale'],
        code: 'locale_not_loaded',
        message: validationMessage(call.locale, 'locale_not_loaded', { locale: call.locale }),
      });
    if (issues.length > 0 || compiled === undefined) throw new ProfileValidationError(issues);
    return decideSync(compiled, setup, call.profile, call.asOf, call.locale);
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

  return { evaluate, evaluateSync, evaluateMany };
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

/**
 * `evaluate`, synchronously, with the shipped rules: the same Decision, returned at once.
 * Russian is always available; another locale once loaded (`await loadLocale('en')`).
 *
 * @example
 * const decision = evaluateSync(
 *   { person: { birthDate: '2020-02-01', sex: 'female' }, residency: { status: 'citizen' } },
 *   { asOf: '2025-06-15' },
 * )
 * decision.insurance.status // 'insured'
 */
export function evaluateSync(input: ProfileInput, options?: EvaluateOptions): Decision {
  shared ??= createEvaluator();
  return shared.evaluateSync(input, options);
}
