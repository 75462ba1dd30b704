/** The CLI's own messages (usage and input errors, counts) in ru, kk, en and ky: src/messages/cli.json. */
import catalogues from '../../messages/cli.json';
import type { Locale } from '../../messages/format';

/** A key of src/messages/cli.json (every locale has every key: a test checks it). */
export type CliMessageKey = keyof (typeof catalogues)['en'];

/**
 * A CLI message in a locale, `{name}` placeholders filled.
 *
 * @example
 * cliMessage('en', 'unreadable_file', { file: 'p.json' }) // 'cannot read p.json'
 */
export function cliMessage(locale: Locale, key: CliMessageKey, vars: Record<string, string | number> = {}): string {
  const template: string = catalogues[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
