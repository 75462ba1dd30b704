import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The house of src/, floor by floor: a module imports only from its own floor or the floors below
// it, so no import runs back up (CONTRIBUTING.md draws the same map). Type-only imports count too.
const FLOORS: [floor: number, place: string][] = [
  [0, 'generated'],
  [0, 'lazy.ts'],
  [0, 'errors.ts'],
  [0, 'calendar'],
  [0, 'messages'],
  [1, 'language'],
  [2, 'profile'],
  [3, 'parameters'],
  [4, 'facts'],
  [5, 'ruleset'],
  [6, 'engine'],
  [7, 'decision'],
  [8, 'evaluator.ts'],
  [8, 'index.ts'],
  [8, 'testing'],
  [9, 'node'],
];

const src = resolve(__dirname, '../../src');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

function floorOf(file: string): number {
  const top = (relative(src, file).split(/[\\/]/)[0] as string).replace(/\.(ts|js|json)$/, '');
  const found = FLOORS.find(([, place]) => place.replace(/\.ts$/, '') === top);
  if (found === undefined) throw new Error(`${relative(src, file)} is on no floor: add its folder to FLOORS and to CONTRIBUTING.md`);
  return found[0];
}

const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const imports = walk(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  // Files outside src/ (the package's data/ and package.json) are data any floor may read.
  return [...text.matchAll(IMPORT)]
    .map((m) => ({ file, target: resolve(dirname(file), (m[1] ?? m[2]) as string) }))
    .filter(({ target }) => !relative(src, target).startsWith('..'));
});

describe('the floors of src/', () => {
  it('every module of src/ is on a floor', () => {
    for (const file of walk(src)) expect(() => floorOf(file)).not.toThrow();
  });

  it('finds the imports it checks (more than 200 relative imports)', () => {
    expect(imports.length).toBeGreaterThan(200);
  });

  it('no import runs back up: each module imports from its own floor or a lower one', () => {
    const upward = imports
      .filter(({ file, target }) => floorOf(target) > floorOf(file))
      .map(({ file, target }) => `${relative(src, file)} → ${relative(src, target)}`);
    expect(upward).toEqual([]);
  });

  it('the library never imports the Node wing', () => {
    const intoNode = imports.filter(({ file, target }) => floorOf(file) < 9 && floorOf(target) === 9);
    expect(intoNode).toEqual([]);
  });
});
