#!/usr/bin/env node
// Bundles every rules/**/*.json into src/generated/rules.json and the parameters of
// data/parameters/*.json with the bibliography's ids (data/sources.json) into src/generated/data.json, so that the library (Node and browsers alike) ships them without
// reading the file system. Only what a decision needs goes in: a rule's title and description, and
// the titles and descriptions of the data files, stay in the shipped JSON files (and in
// docs/rules.md) — the browser bundle does not carry them. Names and source titles in the four
// languages are not in data/ at all: src/messages/names/ and src/messages/sources/ hold them. The version is a content hash of rules/
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

/**
 * A parameter file of data/parameters/ as the library reads it: each leaf (an object with `values`
 * and no other keys than `description` and `unit`) becomes `{ values }`; a parameter's path is the
 * file's name followed by the keys down to its leaf (docs/parameters.md).
 */
const LEAF_KEYS = new Set(['description', 'unit', 'values']);
const isLeaf = (node) =>
  node !== null &&
  typeof node === 'object' &&
  !Array.isArray(node) &&
  Array.isArray(node.values) &&
  Object.keys(node).every((key) => LEAF_KEYS.has(key));
function parameterTree(node, path) {
  if (isLeaf(node)) return { values: node.values };
  if (node === null || typeof node !== 'object' || Array.isArray(node))
    throw new Error(`data/parameters: ${path} is neither a parameter ({ description, unit, values }) nor a group of them`);
  return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, parameterTree(child, `${path}.${key}`)]));
}
const data = { parameters: {} };
for (const file of walk(join(root, 'data'))) {
  const text = readFileSync(file, 'utf8');
  hash.update(relative(root, file)).update(text);
  const name = relative(join(root, 'data'), file).replace(/\.json$/, '');
  const json = JSON.parse(text);
  if (name.startsWith('parameters/')) {
    const path = name.slice('parameters/'.length);
    if (path.includes('/')) throw new Error(`data/${name}.json: parameter files are data/parameters/<name>.json, one level`);
    data.parameters[path] = parameterTree(json, path);
    continue;
  }
  // Words for the CLI and pages, never read by a decision.
  if (name === 'vocabulary') continue;
  // The bibliography: the document ids a source may cite (their titles are the locales', src/messages/sources/).
  if (name === 'sources') data.parameters.bibliography = Object.fromEntries(json.sources.map(({ id }) => [id, {}]));
  else throw new Error(`data/${name}.json: a parameter is a file of data/parameters/ (docs/parameters.md)`);
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

// json-rules-engine as the library runs it, in the tests as in the build: bundled with our
// stand-ins for jsonpath-plus (its default path resolver, never used: our engines resolve paths
// themselves, and JSONPath filters can run code) and eventemitter2 (Engine and Rule use `on` and
// `emitAsync` only). Re-bundled only when json-rules-engine or a stand-in changed.
const engineOut = join(root, 'src', 'generated', 'json-rules-engine.js');
const engineInputs = [
  join(root, 'node_modules', 'json-rules-engine', 'package.json'),
  join(root, 'src', 'engine', 'no-jsonpath.ts'),
  join(root, 'src', 'engine', 'event-emitter.ts'),
];
const engineHash = createHash('sha256');
for (const file of engineInputs) engineHash.update(readFileSync(file));
const engineStamp = `// json-rules-engine bundle ${engineHash.digest('hex').slice(0, 16)}`;
if (!existsSync(engineOut) || !readFileSync(engineOut, 'utf8').startsWith(engineStamp)) {
  const { build } = await import('esbuild');
  const enginePkg = JSON.parse(readFileSync(engineInputs[0], 'utf8'));
  const standIns = { 'jsonpath-plus': engineInputs[1], eventemitter2: engineInputs[2] };
  await build({
    stdin: {
      contents: "export { Engine, Fact, Rule, Operator, Almanac } from 'json-rules-engine';",
      resolveDir: root,
      sourcefile: 'json-rules-engine-entry.js',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    outfile: engineOut,
    banner: {
      js: `${engineStamp}\n// Generated by scripts/build-ruleset.mjs from json-rules-engine ${enginePkg.version} (${enginePkg.license} licence, ${enginePkg.repository?.url ?? enginePkg.homepage}), hash-it and clone, with our stand-ins for jsonpath-plus and eventemitter2; do not edit.`,
    },
    plugins: [
      {
        name: 'stand-ins',
        setup: (b) => b.onResolve({ filter: /^(jsonpath-plus|eventemitter2)$/ }, (args) => ({ path: standIns[args.path] })),
      },
    ],
    logLevel: 'warning',
  });
  writeFileSync(
    join(root, 'src', 'generated', 'json-rules-engine.d.ts'),
    "// The types of the bundle next to it: json-rules-engine's own.\nexport { Engine, Fact, Rule, Operator, Almanac } from 'json-rules-engine';\nexport type * from 'json-rules-engine';\n",
  );
  console.log('json-rules-engine bundled with stand-ins');
}
