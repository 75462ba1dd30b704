import { describe, expect, it } from 'vitest';
import type { RuleFile } from '../../src';
import { substitute } from '../../src/engine/compile';
import { OUR_OPERATORS } from '../../src/language/operators';
import { RunQueue } from '../../src/engine/run-queue';
import { substituteConditions, withEffectivePeriod } from '../../src/engine/stock-engine';
import { OPERATORS } from '../../src/language/events';

const { onOrAfter, onOrBefore, containsAny, containsNone } = OUR_OPERATORS;

describe('our operators', () => {
  it('every operator of ours is one a rule may name', () => {
    expect(Object.keys(OUR_OPERATORS).every((name) => (OPERATORS as readonly string[]).includes(name))).toBe(true);
  });

  it('onOrAfter and onOrBefore compare dates and months, the same day included', () => {
    expect(onOrAfter('2025-06-15', '2025-06-15')).toBe(true);
    expect(onOrAfter('2025-06-16', '2025-06-15')).toBe(true);
    expect(onOrAfter('2025-06-14', '2025-06-15')).toBe(false);
    expect(onOrBefore('2025-06-15', '2025-06-15')).toBe(true);
    expect(onOrBefore('2025-06-14', '2025-06-15')).toBe(true);
    expect(onOrBefore('2025-06-16', '2025-06-15')).toBe(false);
    expect(onOrAfter('2025-07', '2025-06')).toBe(true);
  });

  it('a value that is not a date on either side is never on or after, nor on or before', () => {
    for (const [a, b] of [
      [null, '2025-06-15'],
      ['2025-06-15', null],
      ['soon', '2025-06-15'],
      ['2025-06-15', 'z'],
      [20250615, '2025-06-15'],
    ]) {
      expect(onOrAfter(a, b)).toBe(false);
      expect(onOrBefore(a, b)).toBe(false);
    }
  });

  it('containsAny is true when the lists share an item; containsNone when they share none', () => {
    expect(containsAny(['a', 'b'], ['c', 'b'])).toBe(true);
    expect(containsAny(['a', 'b'], ['c'])).toBe(false);
    expect(containsAny(['a'], [])).toBe(false);
    expect(containsNone(['a', 'b'], ['c'])).toBe(true);
    expect(containsNone(['a', 'b'], ['c', 'a'])).toBe(false);
    expect(containsNone([], [])).toBe(true);
  });

  it('lists are needed on both sides of containsAny and containsNone', () => {
    for (const [a, b] of [
      ['ab', ['a']],
      [['a'], 'a'],
      [null, ['a']],
    ]) {
      expect(containsAny(a, b)).toBe(false);
      expect(containsNone(a, b)).toBe(false);
    }
  });
});

describe('parameters in rules', () => {
  const parameters = { debt: { capMonths: 12 }, lists: { codes: ['a', 'b'] }, nested: { range: { from: 1 } } };

  it('a parameter reference becomes a copy of its value, at any depth', () => {
    const out = substitute({ months: { param: 'debt.capMonths' }, list: [{ param: 'lists.codes' }, 3], plain: 'x' }, parameters) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({ months: 12, list: [['a', 'b'], 3], plain: 'x' });
    (out.list as unknown[][])[0]?.push('c');
    expect(parameters.lists.codes).toEqual(['a', 'b']);
  });

  it('an object that only looks like a reference, or a value of another kind, is left as it is', () => {
    expect(substitute({ param: 'debt.capMonths', extra: 1 }, parameters)).toEqual({ param: 'debt.capMonths', extra: 1 });
    expect(substitute(null, parameters)).toBeNull();
    expect(substitute('debt.capMonths', parameters)).toBe('debt.capMonths');
  });

  it('a condition comparing with a list or object parameter reads it from the parameters fact; a number is copied in', () => {
    const conditions = {
      all: [
        { fact: 'conditionCodes', operator: 'containsAny', value: { param: 'lists.codes' } },
        { fact: 'age', operator: 'lessThan', value: { param: 'debt.capMonths' }, params: { cap: { param: 'debt.capMonths' } } },
        { any: [{ fact: 'range', operator: 'equal', value: { param: 'nested.range' }, params: { n: { param: 'debt.capMonths' } } }] },
        { not: { fact: 'age', operator: 'equal', value: { param: 'debt.capMonths' } } },
      ],
    };
    expect(substituteConditions(conditions, parameters)).toEqual({
      all: [
        { fact: 'conditionCodes', operator: 'containsAny', value: { fact: 'parameters', path: 'lists.codes' } },
        { fact: 'age', operator: 'lessThan', value: 12, params: { cap: 12 } },
        { any: [{ fact: 'range', operator: 'equal', value: { fact: 'parameters', path: 'nested.range' }, params: { n: 12 } }] },
        { not: { fact: 'age', operator: 'equal', value: 12 } },
      ],
    });
  });

  it('a parameter reference outside a condition value, or in a block that is not a condition, is copied in', () => {
    expect(substituteConditions({ all: [], name: { param: 'lists.codes' } }, parameters)).toEqual({ all: [], name: ['a', 'b'] });
    expect(substituteConditions({ value: { param: 'lists.codes' } }, parameters)).toEqual({ value: ['a', 'b'] });
  });
});

describe('effective periods', () => {
  const rule = (effective: { from: string; to?: string }) => ({ meta: { effective } }) as unknown as RuleFile;

  it('a rule’s conditions are guarded by its first day, and by its last day when it has one', () => {
    const own = { all: [{ fact: 'age', operator: 'equal', value: 1 }] };
    expect(withEffectivePeriod(rule({ from: '2026-01-01' }), own)).toEqual({
      all: [{ fact: 'asOf', operator: 'onOrAfter', value: '2026-01-01' }, own],
    });
    expect(withEffectivePeriod(rule({ from: '2020-01-01', to: '2025-12-31' }), own)).toEqual({
      all: [
        { fact: 'asOf', operator: 'onOrAfter', value: '2020-01-01' },
        { fact: 'asOf', operator: 'onOrBefore', value: '2025-12-31' },
        own,
      ],
    });
  });
});

describe('the run queue', () => {
  it('starts each task after the previous one has settled, failures included, in the order given', async () => {
    const queue = new RunQueue();
    const events: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([queue.run(task('a')), queue.run(task('b', true)), queue.run(task('c'))]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseFulfilledResult<string>).value).toBe('c');
  });
});

describe('operators a rule may name', () => {
  it('each operator of the catalogue is known to the engines and decides', async () => {
    const { createEvaluator, loadRuleset } = await import('../../src');
    // The child is 10 on 2025-06-15 and in the child category; asOf is after 2020-01-01.
    const onAge = ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
    const conditionFor = (operator: string) =>
      operator.startsWith('on')
        ? { fact: 'asOf', operator, value: '2020-01-01' }
        : onAge.includes(operator)
          ? { fact: 'age', operator, value: operator.endsWith('In') || operator === 'in' ? [10] : 10 }
          : { fact: 'activeCategories', operator, value: operator === 'containsAny' || operator === 'containsNone' ? ['child'] : 'child' };
    const ruleset = loadRuleset();
    for (const operator of OPERATORS) {
      ruleset.rules.push({
        meta: {
          id: `test.op-${operator.toLowerCase()}`,
          title: 't',
          description: 'd',
          sources: [{ document: 'law:Law on OSMS' }],
          effective: { from: '2020-01-01' },
        },
        conditions: { all: [conditionFor(operator)] },
        event: { type: 'notice', params: { reason: `op.${operator}` } },
      } as RuleFile);
    }
    const child = { person: { birthDate: '2015-01-01', sex: 'male' as const }, residency: { status: 'citizen' as const } };
    const d = await createEvaluator({ ruleset }).evaluate(child, { asOf: '2025-06-15' });
    const fired = d.reasons.map((r) => r.code).filter((c) => c.startsWith('op.'));
    expect(fired.sort()).toEqual([
      'op.contains',
      'op.containsAny',
      'op.equal',
      'op.greaterThanInclusive',
      'op.in',
      'op.lessThanInclusive',
      'op.onOrAfter',
    ]);
  });
});

describe('edges of operators and substitution', () => {
  it('only a string that is a date or a month, whole, is compared as a date', () => {
    expect(OUR_OPERATORS.onOrAfter('on 2025-06-15', '2025-01-01')).toBe(false);
    expect(OUR_OPERATORS.onOrAfter('2025-06-15T00:00', '2025-01-01')).toBe(false);
    expect(OUR_OPERATORS.onOrAfter(['2025-06-15'], '2025-01-01')).toBe(false);
    expect(OUR_OPERATORS.onOrBefore('2025-01-01', ['2025-06-15'])).toBe(false);
  });

  it('values that are not conditions pass through; a null parameter is copied in; a list inside not becomes a reference', () => {
    const parameters = { nothing: null, lists: { codes: ['a'] } };
    expect(substituteConditions({ all: [3, null] }, parameters)).toEqual({ all: [3, null] });
    expect(substituteConditions({ all: [{ fact: 'age', operator: 'equal', value: { param: 'nothing' } }] }, parameters)).toEqual({
      all: [{ fact: 'age', operator: 'equal', value: null }],
    });
    expect(
      substituteConditions({ not: { any: [{ fact: 'x', operator: 'containsAny', value: { param: 'lists.codes' } }] } }, parameters),
    ).toEqual({
      not: { any: [{ fact: 'x', operator: 'containsAny', value: { fact: 'parameters', path: 'lists.codes' } }] },
    });
  });
});
