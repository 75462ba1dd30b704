#!/usr/bin/env node
// Bundles the library for a browser as an application would (esbuild, minified, ESM, code
// splitting): build/browser-size/ holds the main entry with all its exports — what size-limit
// checks (.size-limit.json) — and examples/browser/build/ the registrar's page. Run after
// `npm run build`: both bundle dist/, the files the package ships.
//
// The page shows the library's own names (services, payers, statuses, conditions, quota services,
// screening programmes, the reasons a service is not covered) in the chosen language. They are
// taken here, at build time, from data/vocabulary.json, the codes of data/*.json with their names
// in src/messages/names/<locale>.json, and the library's message catalogues, one file per
// language (examples/browser/build/names/names-<locale>.json): a page in Russian never downloads the
// Kazakh names. build/browser-size/page/ is the page bundled without the library, for its own
// size limit.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = ['ru', 'kk', 'en', 'ky'];
const common = {
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  charset: 'utf8',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  // The package as an application imports it: its own name resolves to the built files.
  alias: { 'kz-health-coverage': join(root, 'dist', 'index.js') },
  nodePaths: [join(root, 'node_modules')],
};
const json = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** A word of the library's data in a locale, or its Russian when the data has none (noted in `ru`). */
function word(names, locale, key, ru) {
  if (typeof names[locale] === 'string') return names[locale];
  ru.push(key);
  return names.ru;
}

/** Every leaf { ru, kk, en, ky } of the vocabulary replaced by its word in `locale`. */
function pick(node, locale) {
  if (node === null || typeof node !== 'object') return node;
  if (LOCALES.every((l) => Object.hasOwn(node, l))) return node[locale];
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, pick(value, locale)]));
}

/** The names the page shows in one locale, from the library's data and message catalogues. */
function pageNames(locale) {
  const ru = [];
  const { id, title, description, ...vocabulary } = json('data/vocabulary.json');
  // Each code's name in the locale's names file (src/messages/names/), else the Russian one.
  const mine = json(`src/messages/names/${locale}.json`);
  const russian = json('src/messages/names/ru.json');
  const named = (section, code, key) => word({ [locale]: section(mine)?.[code], ru: section(russian)?.[code] }, locale, key, ru);
  // A condition may stand in several lists (tuberculosis, epilepsy …): each name finds its code.
  const conditions = {};
  // The codes are the parameters' latest values (data/parameters/).
  const latest = (leaf) => leaf.values.at(-1).value;
  for (const [group, leaf] of Object.entries(json('data/parameters/conditionGroups.json'))) {
    for (const code of latest(leaf)) {
      const name = named((f) => f.conditions[group], code, `conditions.${code}`);
      (conditions[code] ??= []).includes(name) || conditions[code].push(name);
    }
  }
  const quotaServices = Object.fromEntries(
    latest(json('data/parameters/quotas.json')).map((s) => [
      s.service,
      named((f) => f.quotaServices, s.service, `quotaServices.${s.service}`),
    ]),
  );
  const screenings = Object.fromEntries(
    Object.keys(json('data/parameters/screening.json')).map((code) => [code, named((f) => f.screenings, code, `screenings.${code}`)]),
  );
  // The codes a service or a screening is refused with (no dot: rule ids carry their own message).
  const messages = { ...json('src/messages/ru.json'), ...json(`src/messages/${locale}.json`) };
  const reasons = Object.fromEntries(Object.entries(messages).filter(([code]) => !code.includes('.')));
  return {
    vocabulary: pick(vocabulary, locale),
    conditions,
    quotaServices,
    screenings,
    reasons,
    shownInRussian: [...new Set(ru)],
  };
}

for (const dir of ['build/browser-size', 'examples/browser/build']) rmSync(join(root, dir), { recursive: true, force: true });
// An application that imports every export of the main entry.
mkdirSync(join(root, 'build', 'entry'), { recursive: true });
writeFileSync(join(root, 'build', 'entry', 'index.js'), "export * from 'kz-health-coverage';\n");
await build({
  ...common,
  entryPoints: [join(root, 'build', 'entry', 'index.js')],
  outdir: join(root, 'build', 'browser-size'),
  // The lazily loaded locales are named after their language; only index.js and chunk-*.js load first.
  chunkNames: '[name]-[hash]',
});

mkdirSync(join(root, 'examples', 'browser', 'build', 'names'), { recursive: true });
for (const locale of LOCALES) {
  writeFileSync(join(root, 'examples', 'browser', 'build', 'names', `names-${locale}.json`), `${JSON.stringify(pageNames(locale))}\n`);
}
const page = {
  ...common,
  entryPoints: { app: join(root, 'examples', 'browser', 'app.js') },
  // Each language's words and names are chunks of their own (ru-….js, names-ru-….js).
  chunkNames: '[name]-[hash]',
};
// The page as it is served, and the page alone (the library left out) for its size limit.
await build({ ...page, outdir: join(root, 'examples', 'browser', 'build') });
await build({
  ...page,
  outdir: join(root, 'build', 'browser-size', 'page'),
  external: ['kz-health-coverage'],
  alias: {},
});
console.log('browser bundles: build/browser-size/ (the library, the page alone), examples/browser/build/ (the page)');
