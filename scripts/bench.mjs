#!/usr/bin/env node
// npm run bench (not part of the tests): three subjects on the same seeded profiles in one process,
// in alternating rounds, medians of the rounds:
//   a. our full decision (evaluate, asOf, locale ru);
//   b. stock json-rules-engine (unmodified, default options) running only our eligibility and
//      insured-status rule files on facts computed beforehand;
//   c. the plain-TypeScript reference of those rules (test/reference/insured-status.ts).
// Reports decisions/s, p50/p99 latency and peak RSS per subject, the ratios a/b and a/c, and the
// cold start (import + createEvaluator, in fresh processes). Results: bench/results/latest.json.
// BENCH_PROFILES (default 2000), BENCH_ROUNDS (default 5), BENCH_SEED set the size and the seed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROFILES = Number(process.env.BENCH_PROFILES ?? 2000);
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const SEED = Number(process.env.BENCH_SEED ?? 20261201);

// The subjects import the library's source and the reference model: bundled once for Node.
// Written inside the repository (git-ignored) so that its imports resolve from node_modules.
const out = join(root, 'bench/.build/subjects.mjs');
await build({ entryPoints: [join(root, 'bench/subjects.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'error' });
const { ours, stock, reference } = await import(pathToFileURL(out).href);
const { arbitraries } = await import(pathToFileURL(join(root, 'dist/testing.js')).href);

// fast-check's large sizes make the ledgers realistic (tens to hundreds of payments).
fc.configureGlobal({ baseSize: 'large' });
const profiles = fc.sample(arbitraries.profile({ ledger: { maxLength: 240, monthsBack: 300 } }), { seed: SEED, numRuns: PROFILES });
const payments = profiles.reduce((n, p) => n + (p.payments?.length ?? 0), 0);
const subjects = { a: ours(), b: await stock(profiles), c: reference() };
const run = { a: (i) => subjects.a(profiles[i]), b: (i) => subjects.b(i), c: (i) => subjects.c(profiles[i]) };

const samples = { a: [], b: [], c: [] };
const latencies = { a: [], b: [], c: [] };
const rss = { a: 0, b: 0, c: 0 };
// Warm-up: one pass of each.
for (const name of Object.keys(run)) for (let i = 0; i < profiles.length; i++) await run[name](i);
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(run)) {
    const start = performance.now();
    for (let i = 0; i < profiles.length; i++) {
      const t = performance.now();
      await run[name](i);
      latencies[name].push(performance.now() - t);
    }
    samples[name].push(profiles.length / ((performance.now() - start) / 1000));
    rss[name] = Math.max(rss[name], process.memoryUsage().rss);
  }
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
// Cold start: import + createEvaluator() in a fresh process, median of 5.
const cold = median(
  Array.from({ length: 5 }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)}); m.createEvaluator(); console.log(performance.now() - t);`], {
        encoding: 'utf8',
      }),
    ),
  ),
);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  profiles: PROFILES,
  payments,
  rounds: ROUNDS,
  seed: SEED,
  subjects: Object.fromEntries(
    Object.keys(run).map((name) => [
      name,
      { decisionsPerSecond: Math.round(median(samples[name])), p50Ms: +quantile(latencies[name], 0.5).toFixed(4), p99Ms: +quantile(latencies[name], 0.99).toFixed(4), peakRssMb: Math.round(rss[name] / 2 ** 20) },
    ]),
  ),
  ratios: { aOverB: +(median(samples.a) / median(samples.b)).toFixed(3), aOverC: +(median(samples.a) / median(samples.c)).toFixed(5) },
  coldStartMs: +cold.toFixed(1),
  processPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);

const labels = { a: 'a. our full decision', b: 'b. stock json-rules-engine, status rules', c: 'c. plain TypeScript reference' };
console.log(`kz-health-coverage bench: ${PROFILES} seeded profiles (${payments} payments), ${ROUNDS} rounds, ${result.cpu}, Node ${process.version}`);
console.log(`${'subject'.padEnd(42)} ${'decisions/s'.padStart(12)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'RSS MB'.padStart(7)}`);
for (const [name, s] of Object.entries(result.subjects)) {
  console.log(`${labels[name].padEnd(42)} ${String(s.decisionsPerSecond).padStart(12)} ${s.p50Ms.toFixed(3).padStart(8)} ${s.p99Ms.toFixed(3).padStart(8)} ${String(s.peakRssMb).padStart(7)}`);
}
console.log(`a/b = ${result.ratios.aOverB}   a/c = ${result.ratios.aOverC}   cold import + createEvaluator = ${result.coldStartMs} ms`);
