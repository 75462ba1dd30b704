#!/usr/bin/env node
// npm run check:package: the package as npm would publish it. The packed tarball must be at most
// 405 kB with no tests, sources or scratch files; publint --strict and attw (every entry,
// ./testing under node10 too) must be clean; `npm publish --dry-run` must print no warning; and a
// fresh project that installs the tarball must import it as ESM and CommonJS and run its bin.
// Run after `npm run build`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// 300 kB until revision 3 of the rules (282 kB then): its 17 more rules, a seed quote per residency
// class and the seeds' verbatim wording make 321 kB; json-rules-engine bundled as the opt-in
// `engine: 'json-rules-engine'` chunk (41 kB per format, loaded only when asked for) makes 343 kB;
// docs/rule-language.md, the rule language for rule authors (12 kB packed), makes 356 kB; zod
// bundled into dist/ (tree-shaken, about 21 kB packed per format) so that `import` does not load
// its 50 modules, 396 kB.
const MAX_PACKED = 405_000;
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};
const run = (command, args, options = {}) => {
  try {
    return { ok: true, out: execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }) };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
};
const npx = (bin, args) => run(process.execPath, [join(root, 'node_modules', '.bin', bin), ...args]);

const work = mkdtempSync(join(tmpdir(), 'kz-package-'));
try {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]).out);
  const tarball = join(work, pack.filename);
  check(
    `packed tarball at most ${MAX_PACKED / 1000} kB`,
    pack.size <= MAX_PACKED,
    `${(pack.size / 1000).toFixed(1)} kB packed, ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${pack.entryCount} files`,
  );
  const stray = pack.files
    .map((f) => f.path)
    .filter((p) => /(^|\/)(test|src|scripts|bench|\.ci|examples|coverage|reports)\/|\.test\.|\.tmp\.|\.map$|\.tgz$/.test(p));
  check('no tests, sources, source maps or scratch files in the tarball', stray.length === 0, stray.slice(0, 5).join(', '));

  const publint = npx('publint', ['--strict', tarball]);
  check(
    'publint --strict',
    publint.ok && /All good/.test(publint.out),
    publint.ok ? '' : publint.out.trim().split('\n').slice(-5).join(' | '),
  );
  const attw = npx('attw', [tarball, '--format', 'ascii']);
  check(
    'attw: every entry resolves, ./testing under node10 too',
    attw.ok && /No problems found/.test(attw.out),
    attw.ok ? '' : attw.out.trim().split('\n').slice(0, 8).join(' | '),
  );

  // A dry run needs no real login; a placeholder token keeps npm from warning about it.
  const dry = run('npm', ['publish', '--dry-run', '--//registry.npmjs.org/:_authToken=dry-run-only']);
  const warnings = dry.out.split('\n').filter((l) => /npm warn/i.test(l));
  check('npm publish --dry-run without warnings', dry.ok && warnings.length === 0, warnings.join(' | '));

  // A new user's project: install the tarball, import it both ways, run the bin.
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // fast-check: the optional peer dependency of kz-health-coverage/testing.
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'fast-check@4'], { cwd: app });
  check('a fresh project installs the tarball', install.ok, install.ok ? '' : install.out.trim().split('\n').slice(-3).join(' | '));
  if (install.ok) {
    // json-rules-engine is bundled into dist/ (with our stand-ins): none of its own dependencies may be installed.
    const installed = ['json-rules-engine', 'jsonpath-plus', 'eventemitter2', 'hash-it', 'clone'].filter((name) =>
      existsSync(join(app, 'node_modules', name)),
    );
    check(
      'the install holds no json-rules-engine, jsonpath-plus, eventemitter2, hash-it or clone',
      installed.length === 0,
      installed.join(', '),
    );
    const profile = "{ person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' } }";
    writeFileSync(
      join(app, 'esm.mjs'),
      `import { evaluate } from 'kz-health-coverage'; import { arbitraries } from 'kz-health-coverage/testing';\nconst d = await evaluate(${profile}, { asOf: '2025-06-15', locale: 'kk' });\nconsole.log(d.packages.gobmp, d.locale, typeof arbitraries.profile);`,
    );
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const { evaluate } = require('kz-health-coverage'); require('kz-health-coverage/testing');\nevaluate(${profile}, { asOf: '2025-06-15', locale: 'en' }).then((d) => console.log(d.packages.gobmp, d.locale));`,
    );
    const esm = run(process.execPath, ['esm.mjs'], { cwd: app });
    check('ESM import (and a locale loaded on demand)', esm.ok && esm.out.trim() === 'full kk function', esm.out.trim());
    const cjs = run(process.execPath, ['cjs.cjs'], { cwd: app });
    check('CommonJS require', cjs.ok && cjs.out.trim() === 'full en', cjs.out.trim());
    const bin = run(process.execPath, [join(app, 'node_modules', '.bin', 'kz-health-coverage'), '--version'], { cwd: app });
    check('the bin runs', bin.ok && bin.out.trim() === pack.version, bin.out.trim());
    // `npx kz-health-coverage serve` from the clean install answers an HTTP client.
    const server = spawn(process.execPath, [join(app, 'node_modules', '.bin', 'kz-health-coverage'), 'serve', '--port', '0'], {
      cwd: app,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const served = await new Promise((resolveServe) => {
      let err = '';
      const timer = setTimeout(() => resolveServe('no listening line within 10 s'), 10_000);
      server.stderr.on('data', async (chunk) => {
        err += chunk;
        const url = err.match(/listening on (http:\/\/\S+)/)?.[1];
        if (!url) return;
        clearTimeout(timer);
        try {
          const answer = await fetch(`${url}/v1/decisions?asOf=2025-06-15`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"person":{"birthDate":"1990-04-12","sex":"male"},"residency":{"status":"citizen"}}',
          });
          resolveServe(`${answer.status} ${(await answer.json()).packages?.gobmp}`);
        } catch (error) {
          resolveServe(String(error));
        }
      });
    });
    const stopped = new Promise((resolveStop) => server.once('exit', resolveStop));
    server.kill('SIGTERM');
    const code = await stopped;
    check(
      'kz-health-coverage serve answers a request, then stops on SIGTERM with exit 0',
      served === '200 full' && code === 0,
      `${served}; exit ${code}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(`package: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
