import fc from 'fast-check';
import { createWriteStream } from 'node:fs';
import { arbitraries } from '../dist/testing.js';
const n = Number(process.argv[2] ?? 10000);
fc.configureGlobal({ baseSize: 'large' });
const pool = fc.sample(arbitraries.profile({ ledger: { maxLength: 240, monthsBack: 300 } }), { seed: 7, numRuns: 2000 });
const out = createWriteStream(process.argv[3]);
for (let i = 0; i < n; i++) { if (!out.write(JSON.stringify(pool[i % pool.length]) + '\n')) await new Promise(r => out.once('drain', r)); }
out.end();
