#!/usr/bin/env node
// Runs the test suite with the engines instrumented and reports, per rule file and per
// top-level condition, how often it was true and false. Exits 1 when a rule never fired in
// both directions. Usage: npm run rule-coverage
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'rule-coverage-'));
execFileSync('npx', ['vitest', 'run', '--reporter=dot'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, RULE_COVERAGE_DIR: dir, CI: '' },
});
const total = {};
for (const file of readdirSync(dir)) {
  for (const [key, c] of Object.entries(JSON.parse(readFileSync(join(dir, file), 'utf8')))) {
    const t = (total[key] ??= { true: 0, false: 0, conditions: c.conditions.map(() => ({ true: 0, false: 0 })) });
    t.true += c.true;
    t.false += c.false;
    c.conditions.forEach((x, i) => {
      t.conditions[i].true += x.true;
      t.conditions[i].false += x.false;
    });
  }
}
const rules = JSON.parse(readFileSync(new URL('../src/generated/rules.json', import.meta.url), 'utf8')).rules;
let oneWay = 0;
let conditionsOneWay = 0;
let conditionsTotal = 0;
const lines = [];
for (const rule of rules) {
  const key = `${rule.meta.id}@${rule.meta.effective.from}`;
  const c = total[key] ?? { true: 0, false: 0, conditions: [] };
  const both = c.true > 0 && c.false > 0;
  if (!both) oneWay += 1;
  const conds = c.conditions.map((x, i) => {
    conditionsTotal += 1;
    if (!(x.true > 0 && x.false > 0)) conditionsOneWay += 1;
    return `#${i} ${x.true}/${x.false}`;
  });
  lines.push(
    `${both ? '  ' : '✗ '}${key.padEnd(62)} fired ${String(c.true).padStart(6)} / not ${String(c.false).padStart(6)}   ${conds.join('  ')}`,
  );
}
console.log(lines.join('\n'));
console.log(`\nrules: ${rules.length}, fired both ways: ${rules.length - oneWay}, one way or never: ${oneWay}`);
console.log(
  `top-level conditions: ${conditionsTotal}, true and false both seen: ${conditionsTotal - conditionsOneWay}, one way only: ${conditionsOneWay}`,
);
process.exit(oneWay === 0 ? 0 : 1);
