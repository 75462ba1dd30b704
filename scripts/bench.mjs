#!/usr/bin/env node
// npm run bench (not part of the tests): three subjects on the same seeded profiles, each pass in
// a fresh process of its own (so that no subject runs beside another's garbage, or in a process
// the generator has filled), in rounds that alternate the order of the subjects; medians of the
// rounds:
//   a. our full decision (evaluate, asOf, locale ru);
//   b. stock json-rules-engine (unmodified, default options) running only our eligibility and
//      insured-status rule files on facts computed beforehand;
//   c. the plain-TypeScript reference of those rules (test/reference/insured-status.ts).
// Reports decisions/s, p50/p99 latency and peak RSS per subject, the ratios a/b and a/c with the
// mean payments per profile beside them, and the cold start: import + createEvaluator() in a fresh
// process against a bare `node -e 0`, 7 of each, interleaved, medians. Results:
// bench/results/latest.json. BENCH_PROFILES (default 2000), BENCH_ROUNDS (default 5), BENCH_SEED.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROFILES = Number(process.env.BENCH_PROFILES ?? 2000);
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const SEED = Number(process.env.BENCH_SEED ?? 20261201);
const NAMES = ['a', 'b', 'c'];

// The subjects import the library's source and the reference model: bundled once for Node, inside
// the repository (git-ignored) so that their imports resolve from node_modules.
const dir = join(root, 'bench/.build');
mkdirSync(dir, { recursive: true });
await build({
  entryPoints: [join(root, 'bench/run-subject.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(dir, 'run-subject.mjs'),
  packages: 'external',
  logLevel: 'error',
});

// The profiles, generated once (fast-check's large sizes make the ledgers realistic: tens to
// hundreds of payments) and read by every subject's process.
const { default: fc } = await import('fast-check');
const { arbitraries } = await import(pathToFileURL(join(root, 'dist/testing.js')).href);
fc.configureGlobal({ baseSize: 'large' });
const profiles = fc.sample(arbitraries.profile({ ledger: { maxLength: 240, monthsBack: 300 } }), { seed: SEED, numRuns: PROFILES });
const payments = profiles.reduce((n, p) => n + (p.payments?.length ?? 0), 0);
const meanPayments = payments / profiles.length;
const profilesFile = join(dir, 'profiles.json');
writeFileSync(profilesFile, JSON.stringify(profiles));

const passes = Object.fromEntries(NAMES.map((n) => [n, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Each round starts with another subject: none always runs first (or last) on a warming machine.
  for (let k = 0; k < NAMES.length; k++) {
    const name = NAMES[(round + k) % NAMES.length];
    // Every subject with the young generation the server's workers and the bulk workers get
    // (SEMI_SPACE_MB in src/node/limits.ts): the same runtime for all three.
    const out = execFileSync(process.execPath, ['--max-semi-space-size=24', join(dir, 'run-subject.mjs'), name, profilesFile], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    passes[name].push(JSON.parse(out.trim().split('\n').at(-1)));
  }
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const of = (name, key) => median(passes[name].map((p) => p[key]));

// Cold start: a fresh process that imports the package and creates an evaluator, against a bare
// one, interleaved; the wall time of each whole process.
const timed = (args) => {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const entry = JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href);
const bare = [];
const cold = [];
for (let i = 0; i < 7; i++) {
  bare.push(timed(['-e', '0']));
  cold.push(timed(['--input-type=module', '-e', `const m = await import(${entry}); m.createEvaluator();`]));
}

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  profiles: PROFILES,
  payments,
  meanPaymentsPerProfile: +meanPayments.toFixed(1),
  rounds: ROUNDS,
  seed: SEED,
  subjects: Object.fromEntries(
    NAMES.map((name) => [
      name,
      {
        decisionsPerSecond: Math.round(of(name, 'decisionsPerSecond')),
        p50Ms: +of(name, 'p50Ms').toFixed(4),
        p99Ms: +of(name, 'p99Ms').toFixed(4),
        peakRssMb: Math.round(of(name, 'peakRssMb')),
      },
    ]),
  ),
  ratios: {
    aOverB: +(of('a', 'decisionsPerSecond') / of('b', 'decisionsPerSecond')).toFixed(3),
    aOverC: +(of('a', 'decisionsPerSecond') / of('c', 'decisionsPerSecond')).toFixed(5),
  },
  coldStartMs: {
    bareNode: +median(bare).toFixed(1),
    importAndCreateEvaluator: +median(cold).toFixed(1),
    above: +(median(cold) - median(bare)).toFixed(1),
  },
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);

const labels = { a: 'a. our full decision', b: 'b. stock json-rules-engine, status rules', c: 'c. plain TypeScript reference' };
console.log(
  `kz-health-coverage bench: ${PROFILES} seeded profiles (${payments} payments, ${meanPayments.toFixed(1)} a profile), ${ROUNDS} rounds of fresh processes, ${result.cpu}, Node ${process.version}`,
);
console.log(
  `${'subject'.padEnd(42)} ${'decisions/s'.padStart(12)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'RSS MB'.padStart(7)}`,
);
for (const [name, s] of Object.entries(result.subjects)) {
  console.log(
    `${labels[name].padEnd(42)} ${String(s.decisionsPerSecond).padStart(12)} ${s.p50Ms.toFixed(3).padStart(8)} ${s.p99Ms.toFixed(3).padStart(8)} ${String(s.peakRssMb).padStart(7)}`,
  );
}
console.log(`a/b = ${result.ratios.aOverB}   a/c = ${result.ratios.aOverC}   (mean ${meanPayments.toFixed(1)} payments per profile)`);
console.log(
  `cold start: import + createEvaluator() ${result.coldStartMs.importAndCreateEvaluator} ms, bare node ${result.coldStartMs.bareNode} ms: ${result.coldStartMs.above} ms above (medians of 7, interleaved)`,
);
