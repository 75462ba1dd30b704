#!/usr/bin/env node
// Bundles every rules/**/*.json into src/generated/rules.json and the parameters of data/*.json
// into src/generated/data.json, so that the library (Node and browsers alike) ships them without
// reading the file system. Only what a decision needs goes in: a rule's title and description, and
// the names, titles and descriptions of the data files, stay in the shipped JSON files (and in
// docs/rules.md) — the browser bundle does not carry them. The version is a content hash of rules/
// and data/: a changed rule or parameter changes `decision.rulesetVersion`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

const hash = createHash('sha256');
const rules = walk(join(root, 'rules')).map((file) => {
  const text = readFileSync(file, 'utf8');
  hash.update(relative(root, file)).update(text);
  const { meta, ...rule } = JSON.parse(text);
  const { title: _title, description: _description, ...runtimeMeta } = meta;
  return { ...rule, meta: runtimeMeta };
});

/** Keys of the data files that only explain (names in four languages, titles, descriptions, provenance of names). */
const TEXT_KEYS = new Set(['title', 'description', 'names', 'namesSource', 'covers', 'issuer', 'recognisedBy', 'emergencyCategories', 'plannedCategories', 'emergencyAwardsSource']);
function withoutText(value, top = true) {
  if (Array.isArray(value)) return value.map((item) => withoutText(item, false));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !TEXT_KEYS.has(key) && !(top && key === 'id')).map(([key, item]) => [key, withoutText(item, false)]));
}
const data = {};
for (const file of walk(join(root, 'data'))) {
  const text = readFileSync(file, 'utf8');
  hash.update(relative(root, file)).update(text);
  const name = relative(join(root, 'data'), file).replace(/\.json$/, '');
  // Words for the CLI and pages, never read by a decision.
  if (name === 'vocabulary') continue;
  const json = JSON.parse(text);
  // The bibliography keeps each document's title in every locale: a reason's source shows it.
  data[name] = name === 'sources' ? { sources: json.sources.map(({ id, title }) => ({ id, title })) } : withoutText(json);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = `${pkg.version}+${hash.digest('hex').slice(0, 10)}`;
const out = join(root, 'src', 'generated', 'rules.json');
mkdirSync(dirname(out), { recursive: true });
// Written only when it changed, so that its date tells whether a build is stale.
function writeIfChanged(path, value) {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}
writeIfChanged(out, { version, rules });
writeIfChanged(join(root, 'src', 'generated', 'data.json'), data);
console.log(`rules bundled: ${rules.length} files, version ${version}`);
