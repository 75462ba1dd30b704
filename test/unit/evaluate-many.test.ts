import { describe, expect, it } from 'vitest';
import { ProfileValidationError, createEvaluator } from '../../src';
import { adult } from '../support/profiles';

describe('evaluateMany', () => {
  it('yields results in input order, a ProfileValidationError for a bad item, and goes on', async () => {
    const inputs = [adult(), { person: {} }, adult({}, 'refugee')];
    const results = [];
    for await (const r of createEvaluator().evaluateMany(inputs, { asOf: '2025-06-15' })) results.push(r);
    expect(results.map((r) => (r instanceof ProfileValidationError ? 'error' : r.insurance.status))).toEqual([
      'not_insured',
      'error',
      'not_applicable',
    ]);
  });

  it('reads an async iterable', async () => {
    async function* source() {
      yield adult();
      yield adult({}, 'asylum_seeker');
    }
    const statuses = [];
    for await (const r of createEvaluator().evaluateMany(source(), { asOf: '2025-06-15' }))
      statuses.push((r as { packages: { gobmp: string } }).packages.gobmp);
    expect(statuses).toEqual(['full', 'dangerous_diseases']);
  });

  // EVALUATE_MANY_ITEMS shrinks the run under mutation testing (npm run mutate); CI uses 100,000.
  const items = Number(process.env.EVALUATE_MANY_ITEMS ?? 100_000);
  it(`consumes a generator of ${items.toLocaleString('en-US')} items lazily: never more than one item ahead of the consumer`, async () => {
    let produced = 0;
    function* source() {
      for (let i = 0; i < items; i++) {
        produced += 1;
        yield i % 10_000 === 0 ? adult() : { person: null };
      }
    }
    let consumed = 0;
    let maxAhead = 0;
    let decisions = 0;
    for await (const r of createEvaluator().evaluateMany(source(), { asOf: '2025-06-15' })) {
      consumed += 1;
      maxAhead = Math.max(maxAhead, produced - consumed);
      if (!(r instanceof ProfileValidationError)) decisions += 1;
    }
    expect(consumed).toBe(items);
    expect(decisions).toBe(Math.ceil(items / 10_000));
    expect(maxAhead).toBe(0);
  }, 120_000);
});
