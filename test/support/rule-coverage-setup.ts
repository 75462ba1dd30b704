/**
 * Loaded only by `npm run rule-coverage` (RULE_COVERAGE_DIR set): records, for every rule run,
 * whether it fired and what each top-level condition of the rule's own conditions gave, and
 * writes the counts of this test file to RULE_COVERAGE_DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { observeRules } from '../../src/engine/compiled-engine';

type Counts = Record<string, { true: number; false: number; conditions: { true: number; false: number }[] }>;
const dir = process.env.RULE_COVERAGE_DIR;
const globalKey = Symbol.for('kz-health-coverage.rule-coverage');
const state = globalThis as unknown as Record<symbol, { counts: Counts; patched: boolean }>;
state[globalKey] ??= { counts: {}, patched: false };
const { counts } = state[globalKey];

if (dir && !state[globalKey].patched) {
  state[globalKey].patched = true;
  // The compiled engine runs only the rules in force; a rule it leaves out for a person is not counted.
  observeRules((r, top) => {
    const key = `${r.rule.meta.id}@${r.rule.meta.effective.from}`;
    const entry = (counts[key] ??= { true: 0, false: 0, conditions: top.map(() => ({ true: 0, false: 0 })) });
    entry[r.result ? 'true' : 'false'] += 1;
    top.forEach((result, i) => {
      const slot = entry.conditions[i];
      if (slot && typeof result === 'boolean') slot[result ? 'true' : 'false'] += 1;
    });
  });
}

afterAll(() => {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(counts));
  for (const key of Object.keys(counts)) delete counts[key];
});
