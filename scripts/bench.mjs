#!/usr/bin/env node
// npm run bench: the cost of an evaluation as ratios against a baseline measured in the same run,
// so that numbers from different machines (or a busy one) can be compared.
// Baseline: parseProfile of the same profiles (zod validation only, no rules).
// Rounds alternate baseline and subject; each line reports the median over the rounds.
// BENCH_ROUNDS (default 7) and BENCH_ITERATIONS (default 200 evaluations per round) set the size.
import { readFileSync, readdirSync } from 'node:fs';
import { createEvaluator, parseProfile } from '../dist/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const dir = new URL('../examples/profiles/', import.meta.url);
const profiles = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
const evaluator = createEvaluator();
const traced = createEvaluator();

const nowMs = () => performance.now();
async function timePerItem(task) {
  const start = nowMs();
  for (let i = 0; i < ITERATIONS; i++) await task(profiles[i % profiles.length]);
  return (nowMs() - start) / ITERATIONS;
}
async function* stream() {
  for (let i = 0; i < ITERATIONS; i++) yield profiles[i % profiles.length];
}

const subjects = {
  'parseProfile (baseline)': (p) => parseProfile(p),
  evaluate: (p) => evaluator.evaluate(p),
  'evaluate with trace': (p) => traced.evaluate(p, { trace: true }),
  'evaluate, locale kk': (p) => evaluator.evaluate(p, { locale: 'kk' }),
};
const samples = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
samples['evaluateMany, per item'] = [];

// Warm-up: JIT and the engines' first runs.
for (const task of Object.values(subjects)) for (const p of profiles) await task(p);

for (let round = 0; round < ROUNDS; round++) {
  for (const [name, task] of Object.entries(subjects)) samples[name].push(await timePerItem(task));
  const start = nowMs();
  for await (const d of evaluator.evaluateMany(stream())) if (d instanceof Error) throw d;
  samples['evaluateMany, per item'].push((nowMs() - start) / ITERATIONS);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples['parseProfile (baseline)']);
console.log(`kz-health-coverage bench: ${profiles.length} example profiles, ${ROUNDS} rounds × ${ITERATIONS} items, Node ${process.version}`);
console.log(`${'subject'.padEnd(26)} ${'× baseline'.padStart(10)} ${'ms/item'.padStart(9)}`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(26)} ${(m / base).toFixed(1).padStart(10)} ${m.toFixed(3).padStart(9)}`);
}
