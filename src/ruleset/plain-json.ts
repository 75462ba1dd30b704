/**
 * The first check of a ruleset: it must be a tree of plain JSON data — no function, symbol,
 * bigint, NaN or Infinity, no class instance, no cycle, no `__proto__` / `constructor` /
 * `prototype` key, not nested deeper than `MAX_DEPTH`, not larger than `MAX_NODES`. Every
 * later check, and json-rules-engine itself, may then walk it without surprises.
 */
import type { RuleIssue } from '../errors';

// 100 levels: room for conditions nested MAX_CONDITION_DEPTH (32) deep, each level an object and an array.
export const JSON_LIMITS = { maxDepth: 100, maxNodes: 1_000_000 } as const;
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

type Path = (string | number)[];

/** The rule a path inside a ruleset belongs to: `rules[i].meta.id`, or `rules[i]`; null for the rest. */
function ruleIdAt(root: unknown, path: Path): string | null {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return null;
  const rules = (root as { rules?: unknown }).rules;
  const rule = Array.isArray(rules) ? (rules[path[1]] as { meta?: { id?: unknown } } | undefined) : undefined;
  const id = typeof rule === 'object' && rule !== null && typeof rule.meta === 'object' && rule.meta !== null ? rule.meta.id : undefined;
  return typeof id === 'string' && id.length <= 200 ? id : `rules[${path[1]}]`;
}

/** Every problem that keeps `value` from being a plain JSON tree, each with the rule and path where it stands. */
export function plainJsonIssues(root: unknown): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;
  // Inside a rule the path starts at the rule, as every other issue of that rule does.
  const add = (path: Path, code: string, message: string) => {
    const ruleId = ruleIdAt(root, path);
    issues.push({ ruleId, path: ruleId === null ? path : path.slice(2), code, message });
  };

  const walk = (value: unknown, path: Path, depth: number): void => {
    if (issues.length >= 1000) return;
    nodes += 1;
    if (nodes === JSON_LIMITS.maxNodes + 1) add(path, 'too_big', `A ruleset holds at most ${JSON_LIMITS.maxNodes} values`);
    if (nodes > JSON_LIMITS.maxNodes) return;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) add(path, 'invalid_value', 'Numbers must be finite (JSON has no NaN or Infinity)');
      return;
    }
    if (typeof value !== 'object') return add(path, 'invalid_value', `A ${typeof value} is not JSON data`);
    if (depth >= JSON_LIMITS.maxDepth) return add(path, 'too_deep', `Nested deeper than ${JSON_LIMITS.maxDepth} levels`);
    if (ancestors.has(value)) return add(path, 'cycle', 'The value contains itself (a cycle)');
    const prototype = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (isArray ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) {
      return add(path, 'invalid_value', 'Only plain objects and arrays are JSON data');
    }
    ancestors.add(value);
    if (isArray) {
      (value as unknown[]).forEach((item, i) => {
        if (item === undefined) add([...path, i], 'invalid_value', 'undefined is not JSON data');
        else walk(item, [...path, i], depth + 1);
      });
    } else {
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === 'symbol') {
          add(path, 'invalid_value', 'Symbol keys are not JSON data');
          continue;
        }
        if (FORBIDDEN_KEYS.includes(key)) {
          add([...path, key], 'forbidden_key', `Key "${key}" is not allowed`);
          continue;
        }
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor?.get !== undefined || descriptor?.set !== undefined) {
          add([...path, key], 'invalid_value', 'Accessor properties are not JSON data');
          continue;
        }
        // An own property set to undefined is absent, as in JSON.
        if (descriptor?.value !== undefined) walk(descriptor.value, [...path, key], depth + 1);
      }
    }
    ancestors.delete(value);
  };

  walk(root, [], 0);
  return issues;
}

/** A plain JSON tree copied (undefined properties dropped); call only after `plainJsonIssues` found nothing. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
