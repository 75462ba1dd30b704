import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src';
import { checkProfile } from '../../src/profile/parse';
import { quickParse } from '../../src/profile/quick-parse';
import { arbitraries } from '../../src/testing';
import { fcOptions } from '../support/fc';

// The fast path of profile validation against zod: on valid profiles and on profiles mutated at
// random (a value replaced by an odd one, a key removed or added, an array given a hole), the
// fast path either leaves the input to zod or returns exactly zod's data — the same keys in the
// same order, `undefined` kept where zod keeps it — and never accepts what zod refuses. The
// issues of a whole check (shape and across fields) are the same with and without it.

type Json = unknown;
type Path = (string | number)[];

const ODD: (() => Json)[] = [
  () => undefined,
  () => null,
  () => '',
  () => 'x'.repeat(201),
  () => '2025-02-30',
  () => '2025-13',
  () => '1899-12-31',
  () => '2101-01-01',
  () => '2025-06-15T00:00',
  () => ' 2025-06-15',
  () => 0,
  () => -0,
  () => -1,
  () => 1.5,
  () => 121,
  () => 1e12,
  () => 1e13,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => true,
  () => 'citizen',
  () => 'A15.0',
  () => 'a15.0',
  () => 'tuberculosis',
  () => 'child',
  () => [],
  () => [undefined],
  () => {
    const holey: Json[] = [];
    holey.length = 2;
    return holey;
  },
  () => ({}),
  () => Object.create(null) as Json,
  () => new Date(0),
  () => ({ toString: 1 }),
  () => '𝒜'.repeat(150),
  () => '123456789012',
  () => 3,
  () => '2020-02-29',
  () => '2021-02-29',
];
const KEYS = ['extra', '__proto__', 'constructor', 'asOf', 'iin', 'months', 'award', 'until', 'covers'];

function pathsOf(root: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(root)) root.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (root && typeof root === 'object') for (const [k, v] of Object.entries(root)) pathsOf(v, [...prefix, k], out);
  return out;
}
const at = (root: Json, path: Path) => path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root);

type Mutation = { kind: 'replace' | 'delete' | 'add' | 'hole'; pick: number; key: number };
const mutation = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add', 'hole'),
  pick: fc.nat(),
  key: fc.nat(),
});

function mutate(root: Record<string, Json>, m: Mutation): void {
  const paths = pathsOf(root).filter((p) => p.length > 0);
  const path = paths[m.pick % paths.length] as Path;
  const parent = at(root, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (m.kind === 'replace') parent[last] = (ODD[m.key % ODD.length] as () => Json)();
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'add') {
    const target = (parent[last] !== null && typeof parent[last] === 'object' ? parent[last] : parent) as Record<string, Json>;
    Object.defineProperty(target, KEYS[m.key % KEYS.length] as string, {
      value: (ODD[m.key % ODD.length] as () => Json)(),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (Array.isArray(parent[last])) (parent[last] as Json[]).length += 1;
}

const runs = Number(process.env.QUICK_PARSE_RUNS ?? 10_000);
const LIMITS = { pregnancyMinAgeYears: 10 };

describe('the fast path of profile validation', () => {
  it(`agrees with zod on ${runs} valid and mutated profiles, data and issues alike`, () => {
    const tally = { valid: 0, quick: 0, invalid: 0 };
    fc.assert(
      fc.property(arbitraries.profile(), fc.array(mutation, { maxLength: 3 }), (generated, mutations) => {
        const profile = structuredClone(generated) as Record<string, Json>;
        for (const m of mutations) mutate(profile, m);
        // zod alone (its data when the shape is valid, and every issue), then the fast path.
        const zodOnly = checkProfile(profile, undefined, LIMITS, 'en', false);
        const quick = quickParse(profile);
        if (zodOnly.data !== undefined) tally.valid += 1;
        else tally.invalid += 1;
        if (quick !== undefined) {
          tally.quick += 1;
          expect(zodOnly.data).toBeDefined();
          expect(quick).toStrictEqual(zodOnly.data);
          // The same keys in the same order.
          expect(JSON.stringify(quick)).toBe(JSON.stringify(zodOnly.data));
          expect(Object.keys(quick)).toEqual(Object.keys(zodOnly.data as object));
        }
        const withFastPath = checkProfile(profile, undefined, LIMITS, 'en');
        expect(withFastPath.issues).toEqual(zodOnly.issues);
        expect(withFastPath.data).toStrictEqual(zodOnly.data);
      }),
      { ...fcOptions, numRuns: runs },
    );
    console.info(
      `fast path of validation: ${runs} profiles, ${tally.valid} valid in shape (${tally.quick} taken by the fast path), ${tally.invalid} invalid; 0 differences`,
    );
    // Both kinds of input were met in earnest, and the fast path took most valid ones.
    expect(tally.valid).toBeGreaterThan(runs / 5);
    expect(tally.invalid).toBeGreaterThan(runs / 5);
    expect(tally.quick).toBeGreaterThan(tally.valid * 0.9);
  }, 300_000);

  it('leaves to zod what it cannot vouch for: class instances, holes, code points beyond the units it counts', () => {
    const person = { birthDate: '1990-04-12', sex: 'male' as const };
    const base = { person, residency: { status: 'citizen' as const } };
    expect(quickParse(base)).toStrictEqual(base);
    // A Date stands for an empty object to zod (it has no own keys); the fast path does not vouch for it.
    expect(quickParse({ ...base, visit: new Date(0) })).toBeUndefined();
    expect(profileSchema.safeParse({ ...base, visit: new Date(0) }).success).toBe(true);
    const holey: unknown[] = [];
    holey.length = 1;
    expect(quickParse({ ...base, payments: holey })).toBeUndefined();
    expect(profileSchema.safeParse({ ...base, payments: holey }).success).toBe(false);
    // An optional key given as undefined is kept, as zod keeps it.
    expect(Object.keys(quickParse({ ...base, settlement: undefined }) ?? {})).toEqual(['person', 'residency', 'settlement']);
  });

  it('reads each property once: a getter cannot tell the check one thing and the decision another', () => {
    let reads = 0;
    const residency = {
      get status() {
        reads += 1;
        return reads === 1 ? 'citizen' : 'asylum_seeker';
      },
    };
    const copy = quickParse({ person: { birthDate: '1990-04-12', sex: 'male' }, residency });
    expect(copy?.residency.status).toBe('citizen');
    expect(reads).toBe(1);
  });
});
