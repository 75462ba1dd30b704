import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src';
import { arbitraries } from '../../src/testing';
import { fcOptions } from '../support/fc';

// Decisions run on the compiled engine by default; `engine: 'json-rules-engine'` and `trace: true`
// run json-rules-engine itself. All three must give byte-identical decisions (the trace apart).
const compiled = createEvaluator();
const stock = createEvaluator({ engine: 'json-rules-engine' });
const runs = Number(process.env.ENGINES_RUNS ?? 2000);
const LOCALES = ['ru', 'kk', 'en', 'ky'] as const;

describe('the compiled engine and json-rules-engine', () => {
  it(`give byte-identical decisions (${runs} generated profiles × 4 locales)`, async () => {
    let decisions = 0;
    await fc.assert(
      fc.asyncProperty(arbitraries.profile({ ledger: { maxLength: 120, monthsBack: 200 } }), async (profile) => {
        for (const locale of LOCALES) {
          const ours = await compiled.evaluate(profile, { locale });
          const theirs = await stock.evaluate(profile, { locale });
          expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
          decisions += 1;
        }
      }),
      { ...fcOptions, numRuns: runs },
    );
    expect(decisions).toBe(runs * 4);
  }, 600_000);

  it('trace: true gives the same decision with every rule’s evaluated conditions beside it', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.profile(), fc.constantFrom(...LOCALES), async (profile, locale) => {
        const ours = await compiled.evaluate(profile, { locale });
        const { trace, ...rest } = await compiled.evaluate(profile, { locale, trace: true });
        // Every rule of the ruleset, in or out of its period, once.
        expect(trace?.length).toBeGreaterThan(80);
        expect(JSON.stringify(rest)).toBe(JSON.stringify(ours));
      }),
      { ...fcOptions, numRuns: 200 },
    );
  }, 300_000);

  it('evaluateSync gives the decision evaluate gives', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries.profile(), fc.constantFrom(...LOCALES), async (profile, locale) => {
        const ours = await compiled.evaluate(profile, { locale });
        expect(JSON.stringify(compiled.evaluateSync(profile, { locale }))).toBe(JSON.stringify(ours));
      }),
      { ...fcOptions, numRuns: 200 },
    );
  });
});
