import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRuleset, parametersOn, validateRuleset } from '../../src';
import { latestValue } from '../../src/parameters/dated';
import { FACTS } from '../../src/facts/registry';
import type { ValueType } from '../../src/language/types';
import { fcOptions } from '../support/fc';

// The type checks of validateRuleset refuse only what can never be true: random conditions built
// from the facts' declared types — a fact, a path into its value, an operator that fits the type
// there and a value of that type — are all accepted.

const ruleset = loadRuleset();
const PARAMS: Record<string, Record<string, unknown>> = { paymentNotYetCredited: { days: 10 } };

const optionsOf = (type: ValueType): ValueType[] => (type.kind === 'union' ? type.options.flatMap(optionsOf) : [type]);

const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A JSON scalar of a scalar type (undefined when the type has none). */
function scalarOf(type: ValueType): fc.Arbitrary<unknown> | undefined {
  switch (type.kind) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return type.values ? fc.constantFrom(...type.values) : fc.boolean();
    case 'number':
      return type.values
        ? fc.constantFrom(...type.values)
        : type.integer
          ? fc.integer({ min: -5, max: 500 })
          : fc.double({ min: -5, max: 1e6, noNaN: true, noDefaultInfinity: true });
    case 'string':
      if (type.values) return fc.constantFrom(...type.values);
      if (type.format === 'date') return dateArb;
      if (type.format === 'month') return dateArb.map((d) => d.slice(0, 7));
      return fc.constantFrom('a', 'tuberculosis', 'A15.0', 'not_insured');
    case 'any':
      return fc.oneof(fc.integer(), fc.constantFrom('a', '2025-01-01'), fc.boolean());
    default:
      return undefined;
  }
}

/** A condition that fits a value of `type` at the fact's path: [operator, value] arbitraries. */
function conditionsFor(type: ValueType): fc.Arbitrary<[string, unknown]>[] {
  const out: fc.Arbitrary<[string, unknown]>[] = [];
  for (const option of optionsOf(type)) {
    const scalar = scalarOf(option);
    if (scalar !== undefined) {
      out.push(scalar.map((v) => ['equal', v] as [string, unknown]));
      out.push(scalar.map((v) => ['notEqual', v] as [string, unknown]));
      out.push(fc.array(scalar, { minLength: 1, maxLength: 3 }).map((v) => ['in', v] as [string, unknown]));
      if (option.kind === 'number')
        for (const op of ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'])
          out.push(scalar.map((v) => [op, v] as [string, unknown]));
      if (option.kind === 'string' && option.format !== undefined)
        for (const op of ['onOrAfter', 'onOrBefore']) out.push(scalar.map((v) => [op, v] as [string, unknown]));
    }
    if (option.kind === 'list') {
      const item = scalarOf(optionsOf(option.item).find((o) => scalarOf(o) !== undefined) ?? option.item);
      if (item !== undefined) {
        out.push(item.map((v) => ['contains', v] as [string, unknown]));
        out.push(item.map((v) => ['doesNotContain', v] as [string, unknown]));
        out.push(fc.array(item, { minLength: 1, maxLength: 3 }).map((v) => ['containsAny', v] as [string, unknown]));
        out.push(fc.array(item, { minLength: 1, maxLength: 3 }).map((v) => ['containsNone', v] as [string, unknown]));
      }
    }
  }
  return out;
}

/** A path into a value of `type` and the type there: object fields, or a list's length. */
function pathsOf(type: ValueType, prefix: string[] = [], depth = 0): { path: string[]; type: ValueType }[] {
  const here = [{ path: prefix, type }];
  if (depth > 3) return here;
  return [
    ...here,
    ...optionsOf(type).flatMap((option) => {
      // Keys a dot path can name (the bibliography's `seed:001` cannot be).
      if (option.kind === 'object')
        return Object.entries(option.fields)
          .filter(([key]) => /^[A-Za-z0-9_]+$/.test(key))
          .flatMap(([key, field]) => pathsOf(field, [...prefix, key], depth + 1));
      if (option.kind === 'list' && prefix.length > 0)
        return [{ path: [...prefix, 'length'], type: { kind: 'number', integer: true } as ValueType }];
      return [];
    }),
  ];
}

const candidates = Object.entries(FACTS).flatMap(([fact, definition]) => {
  // The `parameters` fact is the parameters on asOf: their type is that of the tree on the first date evaluated.
  const type =
    typeof definition.type === 'function'
      ? definition.type(parametersOn(ruleset.parameters, latestValue(ruleset.parameters.evaluation.earliestAsOf) as string))
      : definition.type;
  return pathsOf(type)
    .filter(({ type: at }) => conditionsFor(at).length > 0)
    .map(({ path, type: at }) => ({ fact, path: path.join('.'), at }));
});

const condition = fc.constantFrom(...candidates).chain(({ fact, path, at }) =>
  fc.oneof(...conditionsFor(at)).map(([operator, value]) => ({
    fact,
    ...(path === '' ? {} : { path }),
    ...(PARAMS[fact] ? { params: PARAMS[fact] } : {}),
    operator,
    value,
  })),
);

describe('the type checks of validateRuleset', () => {
  it(`accept every well-typed random condition (${candidates.length} fact paths)`, () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(condition, { minLength: 1, maxLength: 4 }), fc.constantFrom('all', 'any'), (conditions, block) => {
        const copy = structuredClone(ruleset);
        copy.rules.push({
          meta: { id: 'test.typed', sources: [{ document: 'law:Law on OSMS' }], effective: { from: '2020-01-01' } },
          conditions: { [block]: conditions },
          event: { type: 'next-step', params: { step: 'probe' } },
        } as never);
        expect(validateRuleset(copy).rules.length).toBe(ruleset.rules.length + 1);
        checked += conditions.length;
      }),
      { ...fcOptions, numRuns: Number(process.env.RULE_TYPES_RUNS ?? 1000) },
    );
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});
