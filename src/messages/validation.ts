import catalogues from './validation.json';
import type { Locale } from './format';

/**
 * A validation message in a locale, `{name}` placeholders filled. All four locales are bundled:
 * they are small, and `safeParseProfile` answers synchronously.
 */
export function validationMessage(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const catalogue = catalogues[locale] as Record<string, string>;
  const template = Object.hasOwn(catalogue, key)
    ? (catalogue[key] as string)
    : (catalogue[key.split('.')[0] as string] ?? catalogue.invalid ?? key);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
