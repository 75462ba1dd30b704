import { type Options, defineConfig } from 'tsup';

// One copy of the library in dist/: the ESM entries share their chunks (the CLI and the NDJSON
// worker import the library's chunk, never a copy of it); the CommonJS entries share theirs too.
// The kk, en and ky messages are chunks of their own, loaded when first asked for.
// json-rules-engine comes bundled with our stand-ins from src/generated/ (scripts/build-ruleset.mjs).
const shared: Options = {
  external: ['fast-check', /^node:/],
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
  // Keep `node:fs` as written: a bare `fs` would send a browser bundler looking for a polyfill.
  removeNodeProtocol: false,
  sourcemap: false,
  // Kazakh, Kyrgyz and Russian text as UTF-8, not \u escapes (a third of the size).
  // Minified (names too: kept names would cost a browser bundle 2 kB brotli, and the error classes
  // set their own `name`): the package is less than half the size, and ships no source maps.
  esbuildOptions(options) {
    options.charset = 'utf8';
    options.minifyWhitespace = true;
    options.minifySyntax = true;
    options.minifyIdentifiers = true;
  },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', cli: 'src/node/cli/bin.ts', 'bulk-worker': 'src/node/bulk/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } },
    clean: true,
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } },
  },
]);
