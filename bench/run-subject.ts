/**
 * One subject of `npm run bench` in a process of its own: reads the profiles, prepares the
 * subject, runs one warm-up pass and one measured pass, and prints one JSON line (decisions/s of
 * the pass, the latency of each decision's p50/p99, peak RSS). Usage (after scripts/bench.mjs has
 * bundled it): node bench/.build/run-subject.mjs <a|b|c> <profiles.json>
 */
import { readFileSync } from 'node:fs';
import { SUBJECTS } from './subjects';

const [name, file] = process.argv.slice(2) as [keyof typeof SUBJECTS, string];
const profiles = JSON.parse(readFileSync(file, 'utf8'));
const run = await SUBJECTS[name].build(profiles);
for (let i = 0; i < profiles.length; i++) await run(i);
const latencies = new Float64Array(profiles.length);
const start = performance.now();
for (let i = 0; i < profiles.length; i++) {
  const t = performance.now();
  await run(i);
  latencies[i] = performance.now() - t;
}
const seconds = (performance.now() - start) / 1000;
latencies.sort();
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number;
console.log(
  JSON.stringify({
    decisionsPerSecond: profiles.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
