#!/usr/bin/env node
// Reads one or more Stryker JSON reports (mutation-testing-report-schema) and prints, per source
// file and in total, killed / timed out / survived / no coverage / errors and the mutation score
// (killed + timed out) / (all valid mutants), then every surviving mutant with its line and replacement.
// Usage: node scripts/mutation-summary.mjs reports/mutation/*.json [--survivors]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const showSurvivors = args.includes('--survivors');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: mutation-summary.mjs <report.json>... [--survivors]');
  process.exit(2);
}

const byFile = new Map();
for (const reportFile of files) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  for (const [name, file] of Object.entries(report.files)) {
    // A later report of the same file replaces an earlier one.
    byFile.set(name, { source: file.source, mutants: file.mutants });
  }
}

const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError', 'CompileError', 'Ignored'];
const total = Object.fromEntries(COUNTED.map((s) => [s, 0]));
const rows = [];
const survivors = [];
for (const [name, { source, mutants }] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  const count = Object.fromEntries(COUNTED.map((s) => [s, 0]));
  const lines = source.split('\n');
  for (const m of mutants) {
    count[m.status] = (count[m.status] ?? 0) + 1;
    total[m.status] = (total[m.status] ?? 0) + 1;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      const line = m.location.start.line;
      const column = m.location.start.column;
      survivors.push({
        name,
        line: `${line}:${column}`,
        status: m.status,
        mutator: m.mutatorName,
        replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90),
        code: (lines[line - 1] ?? '').trim().slice(0, 110),
      });
    }
  }
  rows.push([name, count]);
}
const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? '  n/a' : ((100 * detected) / valid).toFixed(2).padStart(6);
};
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(34)} score  killed timeout survived nocov errors`);
for (const [name, c] of rows) {
  console.log(
    `${name.padEnd(34)} ${score(c)} ${pad(c.Killed, 6)} ${pad(c.Timeout, 7)} ${pad(c.Survived, 8)} ${pad(c.NoCoverage, 5)} ${pad(c.RuntimeError + c.CompileError, 6)}`,
  );
}
console.log(
  `${'all files'.padEnd(34)} ${score(total)} ${pad(total.Killed, 6)} ${pad(total.Timeout, 7)} ${pad(total.Survived, 8)} ${pad(total.NoCoverage, 5)} ${pad(total.RuntimeError + total.CompileError, 6)}`,
);
if (showSurvivors) {
  console.log('\nsurviving mutants:');
  for (const s of survivors) console.log(`${s.name}:${s.line} ${s.status} ${s.mutator} → ${s.replacement}    | ${s.code}`);
}
