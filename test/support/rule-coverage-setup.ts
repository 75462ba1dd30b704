/**
 * Loaded only by `npm run rule-coverage` (RULE_COVERAGE_DIR set): records, for every rule run,
 * whether it fired and what each top-level condition of the rule's own conditions gave, and
 * writes the counts of this test file to RULE_COVERAGE_DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { StageEngines } from '../../src/engine/stage-engines';

type Counts = Record<string, { true: number; false: number; conditions: { true: number; false: number }[] }>;
const dir = process.env.RULE_COVERAGE_DIR;
const globalKey = Symbol.for('kz-health-coverage.rule-coverage');
const state = globalThis as unknown as Record<symbol, { counts: Counts; patched: boolean }>;
state[globalKey] ??= { counts: {}, patched: false };
const { counts } = state[globalKey];

if (dir && !state[globalKey].patched) {
  state[globalKey].patched = true;
  const run = StageEngines.prototype.run;
  StageEngines.prototype.run = async function patched(this: StageEngines, ...args: Parameters<typeof run>) {
    const results = await run.apply(this, args);
    for (const r of results) {
      const key = `${r.rule.meta.id}@${r.rule.meta.effective.from}`;
      const json = JSON.parse(JSON.stringify(r.conditions)) as { all?: { result?: boolean; all?: unknown[]; any?: unknown[] }[] };
      // The complete path wraps the rule: all[asOf ≥ from, (asOf ≤ to), own conditions]; a rule out of
      // its period is not counted. The fast path runs only the rules in force, unwrapped.
      const wrapper = (r.guarded ? (json.all ?? []) : [json]) as { result?: boolean; all?: unknown[]; any?: unknown[] }[];
      if (wrapper.slice(0, -1).some((c) => c.result === false)) continue;
      const own = wrapper.at(-1) as { all?: { result?: boolean }[]; any?: { result?: boolean }[] } | undefined;
      const top = own?.all ?? own?.any ?? [];
      const entry = (counts[key] ??= { true: 0, false: 0, conditions: top.map(() => ({ true: 0, false: 0 })) });
      entry[r.result ? 'true' : 'false'] += 1;
      top.forEach((c, i) => {
        const slot = entry.conditions[i];
        if (slot && typeof c.result === 'boolean') slot[c.result ? 'true' : 'false'] += 1;
      });
    }
    return results;
  };
}

afterAll(() => {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(counts));
  for (const key of Object.keys(counts)) delete counts[key];
});
