/**
 * The names of the codes in ru, kk, en and ky (src/messages/names/<locale>.json: conditions by
 * list, screening programmes, quota services) and the bibliography's titles
 * (src/messages/sources/<locale>.json), as the Node side reads them: all four locales at once, for
 * the CLI and the server. The library itself loads only the titles, one locale at a time.
 */
import { LOCALES, type Locale } from '../messages/format';
import en from '../messages/names/en.json';
import kk from '../messages/names/kk.json';
import ky from '../messages/names/ky.json';
import ru from '../messages/names/ru.json';
import enSources from '../messages/sources/en.json';
import kkSources from '../messages/sources/kk.json';
import kySources from '../messages/sources/ky.json';
import ruSources from '../messages/sources/ru.json';

type Names = Record<string, string>;
/** One locale's names file: each section code → name (conditions: list → code → name). */
export interface NamesFile {
  namesSource: Names;
  conditions: Record<string, Names>;
  screenings: Names;
  quotaServices: Names;
}
const FILES: Record<Locale, NamesFile> = { ru, kk, en, ky };
const TITLES: Record<Locale, Names> = { ru: ruSources, kk: kkSources, en: enSources, ky: kySources };

/** A section of a names file by its path (`screenings`, `quotaServices`, `conditions.<list>`). */
function section(file: NamesFile, path: string): Names | undefined {
  const [head, list] = path.split('.');
  if (head === 'conditions') return list === undefined ? undefined : file.conditions[list];
  return head === 'screenings' || head === 'quotaServices' ? file[head] : undefined;
}
const own = (names: Names | undefined, code: string) => (names !== undefined && Object.hasOwn(names, code) ? names[code] : undefined);

/**
 * A code's name in a locale: the locale's, else ru's (a safety net: test/unit/names.test.ts holds
 * every locale to every code of data/), else the code itself.
 *
 * @example
 * nameOf('ky', 'screenings', 'glaucoma') // 'Глаукоманы эрте аныктоо'
 */
export function nameOf(locale: Locale, path: string, code: string): string {
  return own(section(FILES[locale], path), code) ?? own(section(FILES.ru, path), code) ?? code;
}

/** A code's name in every locale (see nameOf). */
export function namesOf(path: string, code: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, nameOf(l, path, code)])) as Record<Locale, string>;
}

/** A source document's title in every locale, ru where one lacks it, else the id. */
export function titlesOf(document: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, own(TITLES[l], document) ?? own(TITLES.ru, document) ?? document])) as Record<
    Locale,
    string
  >;
}
