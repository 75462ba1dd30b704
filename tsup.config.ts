import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { type Options, defineConfig } from 'tsup';

// JSON (the rules, the parameters, the messages) as `JSON.parse('…')`: V8 reads a JSON string
// about twice as fast as the same object literal, and the import spends most of its time there.
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const value: unknown = JSON.parse(await readFile(args.path, 'utf8'));
      // Named exports too, as esbuild gives them for JSON (`import { version } from '../package.json'`),
      // except for the bundled rules, data and messages, which are imported whole.
      const whole = /[\\/]src[\\/](generated|messages)[\\/]/.test(args.path);
      const names =
        !whole && value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.keys(value).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default')
          : [];
      const named = names.map((k) => `export const ${k} = json[${JSON.stringify(k)}];`).join('\n');
      return {
        contents: `const json = JSON.parse(${JSON.stringify(JSON.stringify(value))});\nexport default json;\n${named}`,
        loader: 'js',
      };
    });
  },
};

// One copy of the library in dist/: the ESM entries share their chunks (the CLI and the NDJSON
// worker import the library's chunk, never a copy of it); the CommonJS entries share theirs too.
// The kk, en and ky messages are chunks of their own, loaded when first asked for.
// json-rules-engine comes bundled with our stand-ins from src/generated/ (scripts/build-ruleset.mjs).
const shared: Options = {
  esbuildPlugins: [jsonAsParse],
  external: ['fast-check', /^node:/],
  // zod bundled in: loading it from node_modules (about 50 modules) was 50 of the 75 ms that
  // `import` took; bundled and tree-shaken it costs a few. The dependency stays for its types.
  noExternal: ['zod'],
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
