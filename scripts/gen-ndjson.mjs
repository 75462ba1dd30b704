#!/usr/bin/env node
// Writes N seeded profiles, one JSON a line, for the bulk mode's measurements:
//   node scripts/gen-ndjson.mjs 1000000 profiles.ndjson      (or /dev/stdout to pipe it)
// The profiles are 2,000 from our arbitraries (seed 7, fast-check's large sizes: ledgers of
// 0–240 payments), repeated in turn. Needs the build (npm run build).
import { createWriteStream } from 'node:fs';
import fc from 'fast-check';
import { arbitraries } from '../dist/testing.js';

const [count = '10000', file = '/dev/stdout'] = process.argv.slice(2);
const n = Number(count);
fc.configureGlobal({ baseSize: 'large' });
const pool = fc
  .sample(arbitraries.profile({ ledger: { maxLength: 240, monthsBack: 300 } }), { seed: 7, numRuns: 2000 })
  .map((p) => JSON.stringify(p));
const out = createWriteStream(file);
for (let i = 0; i < n; i++) {
  if (!out.write(`${pool[i % pool.length]}\n`)) await new Promise((resolve) => out.once('drain', resolve));
}
out.end();
