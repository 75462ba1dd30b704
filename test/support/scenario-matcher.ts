import { isDeepStrictEqual } from 'node:util';

/** The path language of the spec's worked scenarios: dot segments, `a[]` maps, `a[key=value]` picks. */
export function get(value: unknown, path: string): unknown {
  let current: unknown[] = [value];
  for (const raw of path.split('.')) {
    const [, key = '', selector] = /^([^[\]]*)(?:\[(.*)\])?$/.exec(raw) ?? [];
    current = current.map((v) => (key === '' ? v : (v as Record<string, unknown> | undefined)?.[key]));
    if (selector === undefined) continue;
    if (selector === '') {
      current = current.flatMap((v) => (Array.isArray(v) ? v : []));
      continue;
    }
    const [k = '', want] = selector.split('=');
    current = current.map((v) =>
      Array.isArray(v) ? v.find((item) => String((item as Record<string, unknown>)?.[k]) === want) : undefined,
    );
  }
  return path.includes('[]') ? current : current[0];
}

export function matches(actual: unknown, want: unknown): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    const w = want as Record<string, unknown>;
    if ('$includes' in w) return Array.isArray(actual) && actual.some((a) => isDeepStrictEqual(a, w.$includes));
    if ('$excludes' in w) return Array.isArray(actual) && !actual.some((a) => isDeepStrictEqual(a, w.$excludes));
    if ('$length' in w) return Array.isArray(actual) && actual.length === w.$length;
    if ('$inOrder' in w) {
      // Every listed value, in that order; other values may stand between.
      if (!Array.isArray(actual) || !Array.isArray(w.$inOrder)) return false;
      const at = w.$inOrder.map((x) => actual.findIndex((a) => isDeepStrictEqual(a, x)));
      return at.every((i, k) => i >= 0 && (k === 0 || i > (at[k - 1] as number)));
    }
  }
  return isDeepStrictEqual(actual, want);
}
