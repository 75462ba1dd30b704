/**
 * Parameters as dated data. Every parameter of `data/parameters/` is a leaf
 * `{ description, unit, values: [{ from, value, source }] }` (in the bundle: `{ values }`): a
 * change of the law is a new dated value, in force from its `from` until the next one. In
 * `ruleset.parameters` a leaf may also be a plain value, which stands for "this value on
 * every date" (what a rule author's override usually is).
 */

/**
 * One value of a parameter, in force from `from` until the next value's `from`.
 *
 * @example
 * const value: DatedValue<number> = {
 *   from: '2026-01-01',
 *   value: 85000,
 *   source: { document: 'law:Law on the republican budget 2026–2028', ref: 'values for 2026' },
 * };
 */
export interface DatedValue<T> {
  from: string;
  value: T;
  source: { document: string; ref?: string | undefined };
}

/**
 * A parameter as dated data: its values, oldest first.
 *
 * @example
 * const leaf: DatedLeaf<number> = {
 *   description: 'Months of grace',
 *   unit: 'months',
 *   values: [{ from: '2020-01-01', value: 3, source: { document: 'law:Law on OSMS', ref: 'art. 5 p.2' } }],
 * };
 */
export interface DatedLeaf<T> {
  description?: string | undefined;
  unit?: string | undefined;
  values: DatedValue<T>[];
}

/**
 * A parameter as `ruleset.parameters` may hold it: dated, or one value for every date.
 *
 * @example
 * ruleset.parameters.contributions.graceMonths = 4 // a Dated<number>: 4 on every date
 */
export type Dated<T> = T | DatedLeaf<T>;

const LEAF_KEYS = new Set(['description', 'unit', 'values']);

/**
 * Whether a node of `ruleset.parameters` is a dated leaf: an object with `values` (a list) and
 * no other key than `description` and `unit`.
 *
 * @example
 * isDatedLeaf({ values: [{ from: '2020-01-01', value: 12, source: { document: 'seed:003' } }] }) // true
 * isDatedLeaf({ kandas_unemployed: 12 }) // false
 */
export function isDatedLeaf(node: unknown): node is DatedLeaf<unknown> {
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    Array.isArray((node as { values?: unknown }).values) &&
    Object.keys(node).every((key) => LEAF_KEYS.has(key))
  );
}

/**
 * The value of a parameter on `date` (YYYY-MM-DD): the last value whose `from` is on or before
 * it; `undefined` before the first. A plain value is the value on every date.
 *
 * @example
 * valueAt({ values: [{ from: '2020-01-01', value: 3, source }, { from: '2026-01-01', value: 6, source }] }, '2025-12-31') // 3
 * valueAt(12, '1999-01-01') // 12
 */
export function valueAt<T>(leaf: Dated<T>, date: string): T | undefined {
  if (!isDatedLeaf(leaf)) return leaf;
  let found: T | undefined;
  for (const v of leaf.values) {
    // A malformed value (null, a number) in a ruleset validateRuleset is still checking reads as none.
    if (typeof v !== 'object' || v === null) continue;
    if (v.from > date) break;
    found = v.value;
  }
  return found;
}

/** The value a parameter has last (on every date after its last change): what a date-free check reads. */
export function latestValue<T>(leaf: Dated<T>): T | undefined {
  return isDatedLeaf(leaf) ? leaf.values.at(-1)?.value : leaf;
}

/** Every parameter tree as it reads on a date: each dated leaf replaced by its value on that date. */
export type ValuesOn<T> =
  T extends DatedLeaf<infer V> ? V : T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: ValuesOn<T[K]> } : T;

const isNode = (node: unknown): node is Record<string, unknown> => typeof node === 'object' && node !== null && !Array.isArray(node);

/** The tree on `date`; a subtree without a dated leaf is the same object (never copied, never changed). */
function resolve(node: unknown, date: string): unknown {
  if (isDatedLeaf(node)) return valueAt(node, date);
  if (!isNode(node)) return node;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    const value = resolve(child, date);
    if (value !== child) changed = true;
    out[key] = value;
  }
  return changed ? out : node;
}

/** Every `from` of the dated leaves in a tree (sorted, each once). */
export function changeDates(node: unknown): string[] {
  const dates = new Set<string>();
  const walk = (n: unknown) => {
    if (isDatedLeaf(n)) {
      for (const v of n.values as unknown[]) if (isNode(v) && typeof v.from === 'string') dates.add(v.from);
    } else if (isNode(n)) Object.values(n).forEach(walk);
  };
  walk(node);
  return [...dates].sort();
}

/** Every dated leaf of a tree with its path (the keys down to it). */
export function datedLeaves(node: unknown, path: string[] = []): { path: string[]; leaf: DatedLeaf<unknown> }[] {
  if (isDatedLeaf(node)) return [{ path, leaf: node }];
  if (!isNode(node)) return [];
  return Object.entries(node).flatMap(([key, child]) => datedLeaves(child, [...path, key]));
}

/** The first date on which every dated leaf of a tree has a value (the latest of their first `from`s). */
export function firstCompleteDate(node: unknown): string | undefined {
  let latest: string | undefined;
  const walk = (n: unknown) => {
    if (isDatedLeaf(n)) {
      const first = n.values[0]?.from;
      if (typeof first === 'string' && (latest === undefined || first > latest)) latest = first;
    } else if (isNode(n)) Object.values(n).forEach(walk);
  };
  walk(node);
  return latest;
}

/**
 * The dates on which a parameter under one of `paths` changes: those of every dated leaf on the
 * path (a reference into a dated leaf's value) or below it.
 *
 * @example
 * changeDatesOf(ruleset.parameters, ['contributions.consecutiveMonths']) // ['2020-01-01']
 */
export function changeDatesOf(tree: unknown, paths: Iterable<string>): string[] {
  const dates = new Set<string>();
  for (const path of paths) {
    let node: unknown = tree;
    for (const key of path.split('.')) {
      if (isDatedLeaf(node) || !isNode(node) || !Object.hasOwn(node, key)) break;
      node = node[key];
    }
    for (const date of changeDates(node)) dates.add(date);
  }
  return [...dates].sort();
}

const resolved = new WeakMap<object, { boundaries: string[]; byPeriod: Map<number, unknown> }>();

/**
 * `ruleset.parameters` as it reads on `date`: every dated leaf replaced by its value then, plain
 * values as they are. Computed once per tree and period between two change dates (a tree is read
 * as it is when first resolved: change a copy, not a tree an evaluator already uses).
 *
 * @example
 * parametersOn(loadRuleset().parameters, '2025-06-15').contributions.consecutiveMonths // 12
 */
export function parametersOn<T extends object>(tree: T, date: string): ValuesOn<T> {
  let entry = resolved.get(tree);
  if (entry === undefined) {
    entry = { boundaries: changeDates(tree), byPeriod: new Map() };
    resolved.set(tree, entry);
  }
  let period = 0;
  while (period < entry.boundaries.length && (entry.boundaries[period] as string) <= date) period += 1;
  let values = entry.byPeriod.get(period);
  if (values === undefined) {
    values = resolve(tree, date);
    entry.byPeriod.set(period, values);
  }
  return values as ValuesOn<T>;
}
