/** The operators of every rule, one table: the engines register them, the validator allows only them. */

import { MONTH_OR_DATE_PATTERN } from '../calendar/dates';

const isDate = (v: unknown): v is string => typeof v === 'string' && MONTH_OR_DATE_PATTERN.test(v);

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Every operator a rule may use (names listed in src/language/events.ts). They replace
 * json-rules-engine's defaults, which throw when a value has another type than they expect
 * (`in` with a number, `contains` on a string): here a value of the wrong type compares false.
 */
export const OUR_OPERATORS = {
  equal: (a: unknown, b: unknown) => a === b,
  notEqual: (a: unknown, b: unknown) => a !== b,
  in: (a: unknown, b: unknown) => Array.isArray(b) && b.includes(a),
  notIn: (a: unknown, b: unknown) => Array.isArray(b) && !b.includes(a),
  contains: (a: unknown, b: unknown) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a: unknown, b: unknown) => Array.isArray(a) && !a.includes(b),
  lessThan: (a: unknown, b: unknown) => isNumber(a) && isNumber(b) && a < b,
  lessThanInclusive: (a: unknown, b: unknown) => isNumber(a) && isNumber(b) && a <= b,
  greaterThan: (a: unknown, b: unknown) => isNumber(a) && isNumber(b) && a > b,
  greaterThanInclusive: (a: unknown, b: unknown) => isNumber(a) && isNumber(b) && a >= b,
  onOrAfter: (a: unknown, b: unknown) => isDate(a) && isDate(b) && a >= b,
  onOrBefore: (a: unknown, b: unknown) => isDate(a) && isDate(b) && a <= b,
  containsAny: (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && b.some((x) => a.includes(x)),
  containsNone: (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && !b.some((x) => a.includes(x)),
};
