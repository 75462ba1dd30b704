import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const LOCALES = ['ru', 'kk', 'en', 'ky'] as const;
export type Locale = (typeof LOCALES)[number];

/** ky has no catalogue yet for these messages: it falls back to ru (RULES.md section 9). */
const CATALOGUES: Record<Locale, Record<string, string>[]> = { ru: [ru], kk: [kk, ru], en: [en, ru], ky: [ru] };

const money = (value: number) => `${value.toLocaleString('en-US', { maximumFractionDigits: 2 }).replace(/,/g, '\u00a0')}\u00a0₸`;
const date = (value: string) => `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
const month = (value: string) => `${value.slice(5, 7)}.${value.slice(0, 4)}`;

function show(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return key.endsWith('Kzt') ? money(value) : String(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
    if (/^\d{4}-\d{2}$/.test(value)) return month(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => show(key, v)).join(', ');
  return String(value);
}

/** Flattens event params to template variables: nested keys are lifted, arrays also give `<key>Count`. */
function variables(params: Record<string, unknown>): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(vars, variables(value as Record<string, unknown>));
    else vars[key] = show(key, value);
    if (Array.isArray(value)) vars[`${key}Count`] = String(value.length);
  }
  return vars;
}

/** The message for a reason code in a locale, with `{name}` placeholders filled from the event params. */
export function formatMessage(locale: Locale, code: string, params: Record<string, unknown>): string {
  const template = CATALOGUES[locale].map((c) => c[code]).find((t) => t !== undefined) ?? code;
  const vars = variables(params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
