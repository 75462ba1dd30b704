import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src';
import { arbitraries } from '../../src/testing';

// Nothing changes for a user while the house is rebuilt: the decisions of 2,000 generated profiles
// in all four locales are compared with a snapshot taken before the first move (the hash of each
// decision's JSON, its rulesetVersion left out: that is a hash of the files, which the moves
// rewrite). The profiles come from a fixed seed; their own hash is kept too, so that a change of
// the generators is told apart from a change of the decisions. UPDATE_SNAPSHOT=1 writes it anew.
const FILE = new URL('../snapshots/decisions-before-restructure.json', import.meta.url);
const COUNT = 2000;
const LOCALES = ['ru', 'kk', 'en', 'ky'] as const;
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('the decisions before and after the restructure', () => {
  it(`are the same for ${COUNT} generated profiles × 4 locales`, async () => {
    const profiles = fc.sample(arbitraries.profile({ ledger: { maxLength: 120, monthsBack: 200 } }), { seed: 20261203, numRuns: COUNT });
    const evaluator = createEvaluator();
    const decisions: string[] = [];
    for (const profile of profiles) {
      for (const locale of LOCALES) {
        const { rulesetVersion: _version, ...decision } = await evaluator.evaluate(profile, { locale });
        decisions.push(hash(JSON.stringify(decision)));
      }
    }
    const now = { profiles: hash(JSON.stringify(profiles)), decisions };
    if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(FILE, `${JSON.stringify(now)}\n`);
    const before = JSON.parse(readFileSync(FILE, 'utf8')) as typeof now;
    expect(now.profiles).toBe(before.profiles);
    const differing = decisions.flatMap((h, i) => (h === before.decisions[i] ? [] : [`profile ${Math.floor(i / 4)} in ${LOCALES[i % 4]}`]));
    expect(differing.slice(0, 10)).toEqual([]);
    expect(decisions).toHaveLength(COUNT * 4);
  }, 300_000);
});
