/**
 * The options of one decision request: `?asOf=`, else the profile's, else today (`chooseAsOf`);
 * `?locale=`, else the body's `locale`, else `Accept-Language`, else ru; `?trace=true`.
 */
import type { IncomingMessage } from 'node:http';
import { type Issue, ProfileValidationError } from '../../errors';
import { LOCALES, type Locale, isLocale } from '../../messages/format';
import { validationMessage } from '../../messages/validation';
import { chooseAsOf } from '../as-of';

/**
 * The first of the four locales an `Accept-Language` header accepts, by its q-values (`kk-KZ`
 * counts as `kk`); undefined when it accepts none of them.
 *
 * @example
 * acceptedLocale('de-DE, kk-KZ;q=0.8, ru;q=0.5') // 'kk'
 */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (header === undefined) return undefined;
  const ranges = header.slice(0, 1024).split(',').slice(0, 32);
  const choices = ranges.flatMap((range, index) => {
    const [tag = '', ...params] = range.trim().split(';');
    const language = tag.trim().toLowerCase().split('-')[0];
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return isLocale(language) && weight > 0 ? [{ language, weight, index }] : [];
  });
  choices.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return choices[0]?.language;
}

/**
 * The locale of a request: the query's, else the body's own (untouched: evaluate judges it), else
 * Accept-Language, else ru.
 */
export function requestLocale(url: URL, request: IncomingMessage, bodyLocale?: unknown): unknown {
  const query = url.searchParams.get('locale');
  if (query !== null) return query;
  if (bodyLocale !== undefined) return bodyLocale;
  return acceptedLocale(request.headers['accept-language']) ?? 'ru';
}

/** `?trace=true` or `?trace=false` (absent: false); anything else is a 422 issue at `trace`. */
export function requestTrace(url: URL, locale: Locale): boolean {
  const value = url.searchParams.get('trace');
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  const issue: Issue = {
    path: ['trace'],
    code: 'invalid_value',
    message: validationMessage(locale, 'invalid_value', { values: 'true, false' }),
  };
  throw new ProfileValidationError([issue]);
}

/** What `evaluate` is called with for one POST /v1/decisions body. */
export interface DecisionCall {
  input: unknown;
  options: { asOf?: string; locale: Locale; trace?: boolean };
}

/**
 * The profile (a body's `locale` taken out of it) and the options of one decision request.
 * A locale that is none of the four is passed on, for `evaluate` to report at `locale`.
 */
export function decisionCall(url: URL, request: IncomingMessage, body: unknown, today: () => string): DecisionCall {
  let input = body;
  let own: unknown;
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.hasOwn(body, 'locale')) {
    const { locale, ...profile } = body as Record<string, unknown>;
    input = profile;
    own = locale;
  }
  const locale = requestLocale(url, request, own);
  const trace = requestTrace(url, isLocale(locale) ? locale : 'ru');
  const { asOf } = chooseAsOf(url.searchParams.get('asOf') ?? undefined, input, today);
  return {
    input,
    options: { ...(asOf === undefined ? {} : { asOf }), locale: locale as Locale, ...(trace ? { trace } : {}) },
  };
}

/** The locale of a batch (query, else Accept-Language, else ru), or a 422 issue. */
export function batchLocale(url: URL, request: IncomingMessage): Locale {
  const locale = requestLocale(url, request);
  if (isLocale(locale)) return locale;
  const messages = acceptedLocale(request.headers['accept-language']) ?? 'ru';
  const issue: Issue = {
    path: ['locale'],
    code: 'invalid_value',
    message: validationMessage(messages, 'invalid_value', { values: LOCALES.join(', ') }),
  };
  throw new ProfileValidationError([issue]);
}
