#!/usr/bin/env node
// Bundles the library for a browser as an application would (esbuild, minified, ESM, code
// splitting): build/browser-size/ holds the main entry with all its exports — what size-limit
// checks (.size-limit.json) — and examples/browser/build/ the demo page's script. Run after
// `npm run build`: both bundle dist/, the files the package ships.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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
await build({
  ...common,
  entryPoints: { app: join(root, 'examples', 'browser', 'app.js') },
  outdir: join(root, 'examples', 'browser', 'build'),
  alias: { ...common.alias, 'kz-health-coverage/data/vocabulary.json': join(root, 'data', 'vocabulary.json') },
});
console.log('browser bundles: build/browser-size/, examples/browser/build/');
