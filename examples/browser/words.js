// The page's own words (words/<locale>.json) and the library's names (build/names/names-<locale>.json,
// taken from the library's data by scripts/build-browser.mjs) in the chosen language. Each
// language is a chunk of its own, loaded when it is first chosen.
export const LOCALES = ['ru', 'kk', 'en', 'ky'];
const WORDS = {
  ru: () => import('./words/ru.json'),
  kk: () => import('./words/kk.json'),
  en: () => import('./words/en.json'),
  ky: () => import('./words/ky.json'),
};
const NAMES = {
  ru: () => import('./build/names/names-ru.json'),
  kk: () => import('./build/names/names-kk.json'),
  en: () => import('./build/names/names-en.json'),
  ky: () => import('./build/names/names-ky.json'),
};

let language = { locale: 'ru', words: {}, names: { vocabulary: {}, shownInRussian: [] } };

/** Loads a language; until it resolves, the previous one stays in use. */
export async function loadLanguage(locale) {
  const [words, names] = await Promise.all([WORDS[locale](), NAMES[locale]()]);
  language = { locale, words: words.default, names: names.default };
}

export const locale = () => language.locale;
/** A word of the page. */
export const t = (key) => language.words[key] ?? key;
/** A word of the library's vocabulary at a path such as `headings.debt` or `services.phc`. */
export const v = (path) => path.split('.').reduce((node, key) => node?.[key], language.names.vocabulary) ?? path;
/** A name of the library's data: `name('quotaServices', 'therapist')`, `name('conditions', 'measles')`. */
export function name(kind, code) {
  const found = language.names[kind]?.[code];
  return (Array.isArray(found) ? found[0] : found) ?? code;
}
/** Every name of a kind (`conditions`: each code with all its names). */
export const names = (kind) => language.names[kind] ?? {};
/** The language a name is written in: Russian where the library has no name in this language (none today: test/unit/names.test.ts). */
export const nameLanguage = (kind, code) => (language.names.shownInRussian.includes(`${kind}.${code}`) ? 'ru' : language.locale);
/** The message of a code a service or a screening is refused with (`not_insured`, `age_out_of_range`). */
export const reason = (code) => language.names.reasons?.[code] ?? code;
