import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleset } from '../../src';
import { arbitraries, regularPayment } from '../../src/testing';
import { type ReferenceProfile, referenceStatus } from '../reference/insured-status';
import { fcOptions } from '../support/fc';

// the rule files against an independent model. Random ledgers (fast-check's
// large sizes) go through both the shipped rules and the plain-TypeScript reference of
// test/reference/insured-status.ts, written from the rules as stated, independently of the rule files; status, bases, validThrough,
// grace and debt must agree.
const evaluator = createEvaluator();
const { parameters } = loadRuleset();
const settings = { ...fcOptions, numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 2000), baseSize: 'large' as const };

const seen = new Map<string, number>();

/** Generated profiles, half of them with an unbroken run of regular monthly payments ending a few months before asOf (or at it). */
const withRuns = fc
  .tuple(arbitraries.profile({ ledger: { maxLength: 240, monthsBack: 300 } }), fc.option(fc.record({ endBack: fc.integer({ min: 0, max: 8 }), length: fc.integer({ min: 1, max: 80 }) })))
  .map(([profile, run]) => {
    if (run === null) return profile;
    const kind = profile.payments?.[0]?.kind ?? 'self_payer';
    const current = Number(profile.asOf.slice(0, 4)) * 12 + Number(profile.asOf.slice(5, 7)) - 1;
    const records = Array.from({ length: run.length }, (_, i) => {
      const m = current - run.endBack - i;
      return regularPayment(kind, `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, profile.asOf, profile.settlement);
    }).filter((r): r is NonNullable<typeof r> => r !== null && r.period >= profile.person.birthDate.slice(0, 7) && r.paidOn >= profile.person.birthDate);
    return { ...profile, payments: [...(profile.payments ?? []), ...records] };
  });

describe('the rules and the reference model', () => {
  it('agree on status, bases, validThrough, grace and debt for random profiles', async () => {
    await fc.assert(
      fc.asyncProperty(withRuns, async (profile) => {
        const d = await evaluator.evaluate(profile);
        const expected = referenceStatus(profile as ReferenceProfile, profile.asOf, parameters);
        for (const key of [expected.status, ...expected.bases, expected.grace ? 'grace' : 'no grace', expected.debt ? 'debt' : 'no debt']) seen.set(key, (seen.get(key) ?? 0) + 1);
        expect({
          osms: d.packages.osms,
          status: d.insurance.status,
          bases: [...d.insurance.bases].sort(),
          validThrough: d.insurance.validThrough,
          grace: d.insurance.grace,
          debt: d.insurance.debt,
        }).toEqual(expected);
      }),
      settings,
    );
    // The model is exercised in earnest: every status, the main bases, grace and debt all occur.
    for (const key of ['insured', 'not_insured', 'not_applicable', 'osms.contributions.continuous', 'osms.contributions.grace', 'osms.contributions.upcoming-months', 'osms.esp', 'osms.state-category.child', 'osms.pregnant-nonworking', 'grace', 'debt']) {
      expect(seen.get(key) ?? 0, key).toBeGreaterThan(0);
    }
    if (process.env.DIFFERENTIAL_STATS) console.info(Object.fromEntries([...seen].sort()));
  }, 300_000);
});
