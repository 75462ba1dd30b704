import { afterEach, describe, expect, it } from 'vitest';
import { combine, foldOf, ranker } from '../../src/decision/fold';
import { eligibilityOutcome } from '../../src/decision/assemble';
import type { FiredRule } from '../../src/engine/fired-rule';
import { EVENT_TYPES, type Fold } from '../../src/language/events';
import { EVENT_PARAMS } from '../../src/language/event-params';

// Which value wins when several rules of a type fire is declared in src/language/events.ts; the
// Decision applies that table. Expected values are worked out by hand from each fold's definition.
const packageRule = (gobmp: string, index: number): FiredRule =>
  ({
    index,
    stage: 'eligibility',
    result: true,
    params: { gobmp },
    failed: [],
    rule: {
      meta: { id: `gobmp.${gobmp}`, sources: [{ document: 'seed:002' }], effective: { from: '2020-01-01' } },
      conditions: { all: [] },
      event: { type: 'package', params: { gobmp } },
    },
  }) as unknown as FiredRule;

describe('the folds', () => {
  it('first takes the first rule in file order; every keeps them all in that order', () => {
    expect(combine({ by: 'first' }, ['b', 'a'])).toBe('b');
    expect(combine({ by: 'first' }, [])).toBeUndefined();
    expect(combine({ by: 'every' }, ['b', 'a', 'b'])).toEqual(['b', 'a', 'b']);
  });

  it('union keeps each value once in file order, or sorted when asked', () => {
    expect(combine({ by: 'union' }, ['esp', 'self_payer', 'esp'])).toEqual(['esp', 'self_payer']);
    expect(combine({ by: 'union', sorted: true }, ['self_payer', 'esp', 'esp'])).toEqual(['esp', 'self_payer']);
  });

  it('any is true when one rule says true, or the value asked for', () => {
    expect(combine({ by: 'any' }, [false, undefined, true])).toBe(true);
    expect(combine({ by: 'any' }, [false, 'true'])).toBe(false);
    expect(combine({ by: 'any', equals: 'state' }, ['employer', 'state'])).toBe(true);
    expect(combine({ by: 'any', equals: 'state' }, ['employer'])).toBe(false);
  });

  it('highest takes the value latest in its order, and ignores values outside it', () => {
    const order = ['none', 'dangerous_diseases', 'full'];
    expect(combine({ by: 'highest', order }, ['full', 'dangerous_diseases'])).toBe('full');
    expect(combine({ by: 'highest', order }, ['dangerous_diseases', 'elsewhere'])).toBe('dangerous_diseases');
    expect(combine({ by: 'highest', order }, [])).toBe('none');
  });

  it('latest takes the latest date; an open end wins only when the fold says so; equal dates go to the later rule', () => {
    expect(combine({ by: 'latest' }, ['2025-03-31', '2025-06-30', null])).toBe('2025-06-30');
    expect(combine({ by: 'latest', openEndedWins: true }, ['2025-03-31', null])).toBeNull();
    expect(combine({ by: 'latest', openEndedWins: true }, [])).toBeNull();
    const a = { lastPaidMonth: '2025-01', endsOn: '2025-04-30' };
    const b = { lastPaidMonth: '2025-02', endsOn: '2025-04-30' };
    expect(combine({ by: 'latest', key: 'endsOn' }, [a, b])).toBe(b);
  });

  it('precedence ranks by the place in the parameter list the fold names; ascending by the number', () => {
    const rank = ranker(
      { by: 'precedence', parameter: 'coverage.payerPrecedence' },
      { coverage: { payerPrecedence: ['regardless', 'gobmp', 'osms', 'dms', 'vms'] } },
    );
    expect([rank('regardless'), rank('osms'), rank('vms')]).toEqual([0, 2, 4]);
    expect(ranker({ by: 'ascending' }, undefined)(90)).toBe(90);
  });

  it('a fold that orders rules does not combine values, and one that combines does not rank', () => {
    expect(() => combine({ by: 'ascending' }, [1])).toThrow();
    expect(() => ranker({ by: 'union' }, {})).toThrow();
  });
});

describe('the fold table', () => {
  const gobmp = EVENT_TYPES.package.fold.gobmp as unknown as { by: 'highest'; order: string[] };
  const order = [...gobmp.order];
  afterEach(() => {
    gobmp.order = order;
  });

  it('the Decision reads which package wins from the table, not from code', () => {
    const rules = [packageRule('full', 0), packageRule('dangerous_diseases', 1)];
    expect(eligibilityOutcome(rules).packages.gobmp).toBe('full');
    gobmp.order = ['none', 'full', 'dangerous_diseases'];
    expect(eligibilityOutcome(rules).packages.gobmp).toBe('dangerous_diseases');
  });

  it('every event type declares its stage, whether it gives reasons, and folds only params it has', () => {
    for (const [type, definition] of Object.entries(EVENT_TYPES)) {
      const known = Object.keys((EVENT_PARAMS() as Record<string, { shape?: Record<string, unknown> }>)[type]?.shape ?? {});
      for (const param of Object.keys(definition.fold)) {
        if (param === '*') continue;
        expect({ type, param, known: known.includes(param) }).toEqual({ type, param, known: true });
      }
    }
  });

  it('an undeclared param has no fold', () => {
    expect(() => foldOf('debt', 'months')).toThrow(/No fold declared/);
    expect(foldOf('debt', '*')).toEqual({ by: 'first' } satisfies Fold);
  });
});
