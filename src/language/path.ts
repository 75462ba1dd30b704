/**
 * Our own path resolver for json-rules-engine. The default one evaluates JSONPath
 * through jsonpath-plus, whose filter expressions can run code; this one only walks
 * own properties along a dot path and never touches a prototype.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const SEGMENT = /^[A-Za-z0-9_]+$/;

const segmentsCache = new Map<string, string[] | null>();

/** Splits `a.b.c` (or `$.a.b.c`) into segments; `null` when the path is not a plain, safe dot path. Remembered per path (at most 10,000). */
export function pathSegments(path: string): string[] | null {
  const known = segmentsCache.get(path);
  if (known !== undefined || segmentsCache.has(path)) return known ?? null;
  const segments = splitPath(path);
  if (segmentsCache.size < 10_000) segmentsCache.set(path, segments);
  return segments;
}

function splitPath(path: string): string[] | null {
  if (path.includes('(') || path.includes('?')) return null;
  const body = path.startsWith('$.') ? path.slice(2) : path;
  const segments = body.split('.');
  if (segments.some((s) => !SEGMENT.test(s) || FORBIDDEN.has(s))) return null;
  return segments;
}

/** Resolves a safe dot path against own properties only; anything else is `undefined`. */
export function safePathResolver(value: unknown, path: string): unknown {
  const segments = pathSegments(path);
  if (segments === null) return undefined;
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
