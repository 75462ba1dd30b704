import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src';
import { arbitraries } from '../../src/testing';
import { fcOptions } from '../support/fc';

// decisions take the fast path (FastRule: the condition tree's structure is
// copied per run) unless trace: true asks for the complete one (json-rules-engine's own Rule,
// which deep-clones it). Both must give byte-identical decisions.
const evaluator = createEvaluator();
const runs = Number(process.env.FAST_PATH_RUNS ?? 2000);

describe('the fast path and the complete path', () => {
  it(`give byte-identical decisions (${runs} generated profiles)`, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.profile({ ledger: { maxLength: 120, monthsBack: 200 } }), fc.constantFrom('ru' as const, 'kk' as const, 'en' as const, 'ky' as const), async (profile, locale) => {
        const fast = await evaluator.evaluate(profile, { locale });
        const { trace, ...complete } = await evaluator.evaluate(profile, { locale, trace: true });
        expect(trace?.length).toBeGreaterThan(80);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(complete));
      }),
      { ...fcOptions, numRuns: runs },
    );
  }, 300_000);
});
