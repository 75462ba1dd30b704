/**
 * The types of the rule language: what a fact's value is (declared in the fact registry), what a
 * path inside it gives, what a literal, a `{ "param" }` or a `{ "fact" }` value is, and whether an
 * operator can ever be true for two such types. `validateRuleset` refuses a condition that can
 * never be true (our operators compare false on a value of another type, where stock
 * json-rules-engine would sometimes throw or coerce), naming the rule and the path, with a hint.
 */
import { DATE_PATTERN, MONTH_PATTERN } from '../calendar/dates';

export type ValueType =
  | { kind: 'any' }
  | { kind: 'undefined' }
  | { kind: 'null' }
  | { kind: 'boolean'; values?: readonly boolean[] }
  | { kind: 'number'; integer?: boolean; values?: readonly number[] }
  | { kind: 'string'; format?: 'date' | 'month'; values?: readonly string[] }
  | { kind: 'list'; item: ValueType }
  | { kind: 'object'; fields: Readonly<Record<string, ValueType>>; rest?: ValueType }
  | { kind: 'union'; options: readonly ValueType[] };

/**
 * Builders of value types, for the fact registry.
 *
 * @example
 * t.nullable(t.date()) // a date or null
 * t.object({ months: t.list(t.month()), amountKzt: t.nullable(t.number()) })
 */
export const t = {
  any: (): ValueType => ({ kind: 'any' }),
  boolean: (): ValueType => ({ kind: 'boolean' }),
  number: (): ValueType => ({ kind: 'number' }),
  integer: (): ValueType => ({ kind: 'number', integer: true }),
  string: (): ValueType => ({ kind: 'string' }),
  date: (): ValueType => ({ kind: 'string', format: 'date' }),
  month: (): ValueType => ({ kind: 'string', format: 'month' }),
  code: (values: readonly string[]): ValueType => ({ kind: 'string', values }),
  list: (item: ValueType): ValueType => ({ kind: 'list', item }),
  object: (fields: Record<string, ValueType>): ValueType => ({ kind: 'object', fields }),
  record: (rest: ValueType): ValueType => ({ kind: 'object', fields: {}, rest }),
  nullable: (type: ValueType): ValueType => ({ kind: 'union', options: [type, { kind: 'null' }] }),
  optional: (type: ValueType): ValueType => ({ kind: 'union', options: [type, { kind: 'undefined' }] }),
  union: (...options: ValueType[]): ValueType => ({ kind: 'union', options }),
};

/** The type of a JSON value as precisely as it is known (a literal's own value). */
export function typeOfValue(value: unknown, depth = 0): ValueType {
  if (value === undefined) return { kind: 'undefined' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'boolean') return { kind: 'boolean', values: [value] };
  if (typeof value === 'number') return { kind: 'number', integer: Number.isInteger(value), values: [value] };
  if (typeof value === 'string')
    return {
      kind: 'string',
      values: [value],
      ...(DATE_PATTERN.test(value) ? { format: 'date' as const } : MONTH_PATTERN.test(value) ? { format: 'month' as const } : {}),
    };
  if (depth > 20) return { kind: 'any' };
  if (Array.isArray(value)) {
    // An empty list, or a long one, says little about its items: any.
    if (value.length === 0 || value.length > 1000) return { kind: 'list', item: { kind: 'any' } };
    return { kind: 'list', item: union(value.map((v) => typeOfValue(v, depth + 1))) };
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 1000) return { kind: 'any' };
    return { kind: 'object', fields: Object.fromEntries(entries.map(([k, v]) => [k, typeOfValue(v, depth + 1)])) };
  }
  return { kind: 'any' };
}

const optionsOf = (type: ValueType): readonly ValueType[] => (type.kind === 'union' ? type.options.flatMap(optionsOf) : [type]);

/** One type standing for several (a union, flattened; one option alone is itself). */
export function union(types: readonly ValueType[]): ValueType {
  const options = types.flatMap(optionsOf);
  if (options.some((o) => o.kind === 'any')) return { kind: 'any' };
  return options.length === 1 ? (options[0] as ValueType) : { kind: 'union', options };
}

const SEGMENT_INDEX = /^\d+$/;

/**
 * The type of `path` inside a fact's value of `type`, as json-rules-engine with our resolver reads
 * it: on a fact value that is not an object the path gives the value itself; inside it, own
 * properties only (a list's items by index and its `length`); anything else is undefined.
 */
export function typeAtPath(type: ValueType, segments: readonly string[]): ValueType {
  return union(
    optionsOf(type).map((option) => {
      if (option.kind !== 'object' && option.kind !== 'list' && option.kind !== 'any') return option;
      return segments.reduce<ValueType>((current, segment) => union(optionsOf(current).map((o) => step(o, segment))), option);
    }),
  );
}

function step(type: ValueType, segment: string): ValueType {
  if (type.kind === 'any') return type;
  if (type.kind === 'object') {
    if (Object.hasOwn(type.fields, segment)) return type.fields[segment] as ValueType;
    return type.rest === undefined ? { kind: 'undefined' } : union([type.rest, { kind: 'undefined' }]);
  }
  if (type.kind === 'list') {
    if (segment === 'length') return { kind: 'number', integer: true };
    return SEGMENT_INDEX.test(segment) ? union([type.item, { kind: 'undefined' }]) : { kind: 'undefined' };
  }
  return { kind: 'undefined' };
}

/** Whether some value has both types (`equal` can be true for them). */
export function overlaps(a: ValueType, b: ValueType): boolean {
  const left = optionsOf(a);
  const right = optionsOf(b);
  return left.some((x) => right.some((y) => overlapOne(x, y)));
}

function overlapOne(a: ValueType, b: ValueType): boolean {
  if (a.kind === 'any' || b.kind === 'any') return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'undefined':
    case 'null':
      return true;
    case 'boolean': {
      const other = b as typeof a;
      return a.values === undefined || other.values === undefined || a.values.some((v) => other.values?.includes(v));
    }
    case 'number': {
      const other = b as typeof a;
      if (a.values && other.values) return a.values.some((v) => other.values?.includes(v));
      const values = a.values ?? other.values;
      const integer = a.integer === true || other.integer === true;
      return values === undefined || !integer || values.some((v) => Number.isInteger(v));
    }
    case 'string': {
      const other = b as typeof a;
      if (a.values && other.values) return a.values.some((v) => other.values?.includes(v));
      const values = a.values ?? other.values;
      const formats = [a.format, other.format].filter((f) => f !== undefined);
      if (new Set(formats).size > 1) return false;
      const format = formats[0];
      if (values === undefined || format === undefined) return true;
      return values.some((v) => (format === 'date' ? DATE_PATTERN : MONTH_PATTERN).test(v));
    }
    default:
      // Lists and objects are equal only as the same object: two values of a rule never are.
      return false;
  }
}

const scalarPart = (type: ValueType): ValueType[] => optionsOf(type).filter((o) => o.kind !== 'list' && o.kind !== 'object');
const listItems = (type: ValueType): ValueType[] =>
  optionsOf(type).flatMap((o) => (o.kind === 'list' ? [o.item] : o.kind === 'any' ? [o] : []));
const hasNumber = (type: ValueType) => optionsOf(type).some((o) => o.kind === 'number' || o.kind === 'any');
const canBeDate = (type: ValueType) =>
  optionsOf(type).some(
    (o) =>
      o.kind === 'any' ||
      (o.kind === 'string' &&
        (o.format !== undefined || o.values === undefined || o.values.some((v) => DATE_PATTERN.test(v) || MONTH_PATTERN.test(v)))),
  );

/** A type in words, for messages: `a date or null`, `a list of codes (full, dangerous_diseases, none)`. */
export function describe(type: ValueType): string {
  const one = (o: ValueType): string => {
    switch (o.kind) {
      case 'any':
        return 'any value';
      case 'undefined':
        return 'nothing (absent)';
      case 'null':
        return 'null';
      case 'boolean':
        return o.values?.length === 1 ? String(o.values[0]) : 'a boolean';
      case 'number':
        return o.values?.length === 1 ? String(o.values[0]) : o.integer ? 'a whole number' : 'a number';
      case 'string':
        if (o.values !== undefined && o.values.length <= 12)
          return o.values.length === 1 ? JSON.stringify(o.values[0]) : `one of ${o.values.join(', ')}`;
        return o.format === 'date' ? 'a date' : o.format === 'month' ? 'a month' : o.values ? 'a code' : 'a string';
      case 'list':
        return `a list of ${one(o.item).replace(/^an? /, '')}${o.item.kind === 'string' || o.item.kind === 'number' ? 's' : ''}`;
      case 'object':
        return `an object (${Object.keys(o.fields).slice(0, 8).join(', ')}${o.rest ? ', …' : ''})`;
      case 'union':
        return o.options.map(one).join(' or ');
    }
  };
  return optionsOf(type).map(one).join(' or ');
}

/**
 * Why `operator` can never be true for a left side of type `left` and a value of type `right`;
 * undefined when it can be. The operators are ours (src/language/operators.ts): a value of another
 * type than an operator compares compares false.
 */
export function neverTrue(operator: string, left: ValueType, right: ValueType): string | undefined {
  const both = `${describe(left)} with ${describe(right)}`;
  switch (operator) {
    case 'equal':
    case 'notEqual': {
      const l = scalarPart(left);
      const r = scalarPart(right);
      if (l.length === 0 || r.length === 0)
        return `"${operator}" compares values, never lists or objects (${both}): use contains, in, containsAny or a path`;
      if (!overlaps(union(l), union(r)))
        return `"${operator}" compares ${both}: no value is both${operator === 'notEqual' ? ', so the condition always holds' : ''}`;
      return undefined;
    }
    case 'in':
    case 'notIn': {
      const items = listItems(right);
      if (items.length === 0) return `"${operator}" needs a list as its value (got ${describe(right)})`;
      if (operator === 'in' && !overlaps(union(scalarPart(left)), union(items)))
        return `"in" looks for ${describe(left)} in ${describe(right)}: no item can match`;
      return undefined;
    }
    case 'contains':
    case 'doesNotContain': {
      const items = listItems(left);
      if (items.length === 0) return `"${operator}" needs a list on the fact side (got ${describe(left)})`;
      if (operator === 'contains' && !overlaps(union(items), union(scalarPart(right))))
        return `"contains" looks for ${describe(right)} in ${describe(left)}: no item can match`;
      return undefined;
    }
    case 'containsAny':
    case 'containsNone': {
      const l = listItems(left);
      const r = listItems(right);
      if (l.length === 0 || r.length === 0) return `"${operator}" needs lists on both sides (${both})`;
      if (operator === 'containsAny' && !overlaps(union(l), union(r))) return `"containsAny" compares ${both}: they can share no item`;
      return undefined;
    }
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive':
      if (hasNumber(left) && hasNumber(right)) return undefined;
      return `"${operator}" compares numbers (${both})${canBeDate(left) && canBeDate(right) ? ': dates compare with onOrAfter / onOrBefore' : ''}`;
    case 'onOrAfter':
    case 'onOrBefore':
      if (canBeDate(left) && canBeDate(right)) return undefined;
      return `"${operator}" compares dates or months (${both})${hasNumber(left) && hasNumber(right) ? ': numbers compare with lessThan / greaterThan' : ''}`;
    default:
      return undefined;
  }
}
