#!/usr/bin/env node
// Bundles every rules/**/*.json into src/generated/rules.json so that the library
// (Node and browsers alike) ships the rules without reading the file system.
// The version is a content hash of rules/ and data/: a changed rule or parameter
// changes `decision.rulesetVersion`.
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
  return JSON.parse(text);
});
for (const file of walk(join(root, 'data'))) hash.update(relative(root, file)).update(readFileSync(file, 'utf8'));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = `${pkg.version}+${hash.digest('hex').slice(0, 10)}`;
const out = join(root, 'src', 'generated', 'rules.json');
mkdirSync(dirname(out), { recursive: true });
const text = `${JSON.stringify({ version, rules }, null, 1)}\n`;
// Written only when it changed, so that its date tells whether a build is stale.
if (!existsSync(out) || readFileSync(out, 'utf8') !== text) writeFileSync(out, text);
console.log(`rules bundled: ${rules.length} files, version ${version}`);
