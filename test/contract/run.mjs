#!/usr/bin/env node
// The HTTP contract as an integrator meets it (npm run test:contract; CI runs it after the build):
// 1. @redocly/cli lints the shipped docs/openapi.json: no error (redocly.yaml says which rules are off, and why);
// 2. openapi-typescript generates the client's types from it;
// 3. TypeScript 5 typechecks client.ts against them (and compiles it);
// 4. the client calls every route through openapi-fetch against the built server (dist/cli.js serve).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = (name) => join(here, 'node_modules', '.bin', name);
const results = [];
const step = (name, run) => {
  try {
    const detail = run();
    results.push(true);
    console.log(`✓ ${name}${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`✗ ${name}\n${`${error.stdout ?? ''}${error.stderr ?? ''}` || error.message}`);
  }
};
const quiet = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

const openapi = join(root, 'docs', 'openapi.json');
step('redocly lint docs/openapi.json: 0 errors', () => {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const lint = spawnSync(
    bin('redocly'),
    ['lint', openapi, '--config', join(here, 'redocly.yaml'), '--format=summary'],
    { cwd: here, encoding: 'utf8', env },
  );
  const out = `${lint.stdout}${lint.stderr}`;
  if (lint.status !== 0) throw Object.assign(new Error('redocly lint failed'), { stdout: out });
  const said = out
    .split('\n')
    .filter((l) => /valid\b|warnings?\b|errors?\b/i.test(l) && !/validating|validated|Node\.js/.test(l));
  return said.map((l) => l.trim()).join(' ');
});
mkdirSync(join(here, 'generated'), { recursive: true });
step('openapi-typescript generates the client types', () => {
  quiet(bin('openapi-typescript'), [openapi, '-o', join(here, 'generated', 'api.d.ts')]);
  return 'generated/api.d.ts';
});
step('TypeScript 5 typechecks the client (client.ts)', () => {
  quiet(bin('tsc'), ['-p', join(here, 'tsconfig.json')]);
  return quiet(bin('tsc'), ['--version']).trim();
});

const server = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'serve', '--port', '0'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const url = await new Promise((resolve) => {
  let err = '';
  const timer = setTimeout(() => resolve(undefined), 10_000);
  server.stderr.on('data', (chunk) => {
    err += chunk;
    const found = err.match(/listening on (http:\/\/\S+)/)?.[1];
    if (found) {
      clearTimeout(timer);
      resolve(found);
    }
  });
});
const calls = await new Promise((resolve) => {
  if (!url) return resolve({ code: 1, out: 'the server did not start' });
  const client = spawn(process.execPath, [join(here, 'build', 'client.js')], {
    env: { ...process.env, KZ_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  client.stdout.on('data', (c) => (out += c));
  client.stderr.on('data', (c) => (out += c));
  client.once('exit', (code) => resolve({ code, out }));
});
const stopped = new Promise((resolve) => server.once('exit', resolve));
server.kill('SIGTERM');
const exit = await stopped;
const routes = calls.out
  .trim()
  .split('\n')
  .filter((l) => l.startsWith('✓'));
results.push(calls.code === 0);
console.log(
  `${calls.code === 0 ? '✓' : '✗'} openapi-fetch calls every route of a running server:\n  ${calls.out.trim().split('\n').join('\n  ')}`,
);
results.push(exit === 0);
console.log(`${exit === 0 ? '✓' : '✗'} the server stops on SIGTERM with exit 0 (exit ${exit})`);
const failed = results.filter((ok) => !ok).length;
console.log(`contract: ${results.length - failed} checks passed (${routes.length} calls), ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
