import ru from './ru.json';
import ruSources from './sources/ru.json';
import { DATE_PATTERN, MONTH_PATTERN } from '../calendar/dates';

export const LOCALES = ['ru', 'kk', 'en', 'ky'] as const;
/**
 * A language of the decisions: Russian (the default), Kazakh, English, Kyrgyz.
 *
 * @example
 * await evaluate(profile, { asOf: '2025-06-15', locale: 'ky' satisfies Locale })
 */
export type Locale = (typeof LOCALES)[number];

/** Whether a value is one of the four locales: the one test of a locale, for the library, the CLI and the server. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

type Catalogue = Record<string, string>;
/**
 * ru is bundled; kk, en and ky are loaded on first use (`import()`: a chunk of their own in a
 * browser build, so a page that speaks Russian never downloads them). ky has every message a
 * temporarily staying foreigner, a stateless person or an asylum seeker can receive and falls back
 * to ru elsewhere.
 */
const LOADERS: Record<Exclude<Locale, 'ru'>, () => Promise<[{ default: Catalogue }, { default: Catalogue }]>> = {
  kk: () => Promise.all([import('./kk.json'), import('./sources/kk.json')]),
  en: () => Promise.all([import('./en.json'), import('./sources/en.json')]),
  ky: () => Promise.all([import('./ky.json'), import('./sources/ky.json')]),
};
const CATALOGUES: Partial<Record<Locale, Catalogue[]>> = { ru: [ru] };
/** The bibliography's titles (sources/<locale>.json, by document id), loaded with the locale's messages. */
const SOURCE_TITLES: Partial<Record<Locale, Catalogue>> = { ru: ruSources };
const loading: Partial<Record<Locale, Promise<void>>> = {};

/**
 * Loads a locale's messages once (ru is always loaded); `evaluate` awaits it itself,
 * `evaluateSync` needs it done first.
 *
 * @example
 * await loadLocale('kk')
 * evaluateSync(profile, { asOf: '2025-06-15', locale: 'kk' })
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (CATALOGUES[locale] !== undefined) return Promise.resolve();
  loading[locale] ??= LOADERS[locale as Exclude<Locale, 'ru'>]().then(([messages, titles]) => {
    SOURCE_TITLES[locale] = titles.default;
    CATALOGUES[locale] = [messages.default, ru];
  });
  return loading[locale];
}

/** Whether a locale's messages are loaded (ru always is). */
export function isLocaleLoaded(locale: Locale): boolean {
  return CATALOGUES[locale] !== undefined;
}

/**
 * A source document's title in a locale (src/messages/sources/<locale>.json), once the locale is
 * loaded; undefined for a document the shipped bibliography does not name.
 *
 * @example
 * sourceTitle('en', 'seed:002') // 'Medical care in Kazakhstan: GOBMP and OSMS (Social Health Insurance Fund slide deck)'
 */
export function sourceTitle(locale: Locale, document: string): string | undefined {
  const titles = SOURCE_TITLES[locale] ?? SOURCE_TITLES.ru ?? {};
  return Object.hasOwn(titles, document) ? titles[document] : undefined;
}

/** 12750 → "12 750 ₸", 1458.5 → "1 458,5 ₸" (en: "1 458.5 ₸"); spaces are non-breaking. */
function money(value: number, locale: Locale): string {
  const [whole = '0', fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped}${fraction ? (locale === 'en' ? '.' : ',') + fraction : ''}\u00a0₸`;
}
const date = (value: string) => `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
const month = (value: string) => `${value.slice(5, 7)}.${value.slice(0, 4)}`;

/** A value as messages show it: `…Kzt` numbers as money, dates dd.MM.yyyy, months MM.yyyy, lists joined. */
export function formatValue(locale: Locale, key: string, value: unknown): string {
  return show(key, value, locale);
}

function show(key: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return key.endsWith('Kzt') ? money(value, locale) : String(value);
  if (typeof value === 'string') {
    if (DATE_PATTERN.test(value)) return date(value);
    if (MONTH_PATTERN.test(value)) return month(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => show(key, v, locale)).join(', ');
  return String(value);
}

/**
 * The template variable `name` from event params: a param of that name, a nested param lifted to
 * the top (at any depth), or `<list>Count` for a list param; where several give it, the last one
 * in the params' order. Looked up only for the placeholders a message has.
 */
function variable(params: Record<string, unknown>, name: string, locale: Locale): string | undefined {
  let found: string | undefined;
  for (const key in params) {
    if (!Object.hasOwn(params, key)) continue;
    const value = params[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const nested = variable(value as Record<string, unknown>, name, locale);
      if (nested !== undefined) found = nested;
    } else if (key === name) found = show(key, value, locale);
    if (Array.isArray(value) && name === `${key}Count`) found = String(value.length);
  }
  return found;
}

/** A message template cut at its placeholders: text, name, text, name, …, text. */
const templates = new Map<string, string[]>();
function partsOf(template: string): string[] {
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/g);
    if (templates.size < 10_000) templates.set(template, parts);
  }
  return parts;
}

/** The message for a reason code in a locale, with `{name}` placeholders filled from the event params. */
export function formatMessage(locale: Locale, code: string, params: Record<string, unknown>): string {
  // Own properties only: a code such as `toString` or `__proto__` is no message.
  // A locale not loaded yet (only when called before loadLocale) speaks the default.
  const template =
    (CATALOGUES[locale] ?? CATALOGUES.ru ?? [])
      .map((c) => (Object.hasOwn(c, code) ? c[code] : undefined))
      .find((t) => typeof t === 'string') ?? code;
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (variable(params, name, locale) ?? `{${name}}`) + (parts[i + 1] as string);
  }
  return out;
}
