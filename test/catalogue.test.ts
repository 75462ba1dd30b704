import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFilesUnder } from '../src/node/json-files';
import { loadRuleset } from '../src';
import { expectedRulePath } from '../src/ruleset/rule-path';
import en from '../src/messages/en.json';
import kk from '../src/messages/kk.json';
import ru from '../src/messages/ru.json';

// "Where does rule X live, what is its legal source, where is its test": in one step.
const root = join(__dirname, '..');
const files = jsonFilesUnder(join(root, 'rules')).map((file) => ({
  file: relative(root, file),
  rule: JSON.parse(readFileSync(file, 'utf8')),
}));

/** rules/osms/contributions-continuous.json ↔ osms.contributions.continuous; `@<from>` marks a later version. */
const expectedPath = (id: string, from: string, versioned: boolean) => `rules/${expectedRulePath(id, from, versioned)}`;

describe('the rule catalogue', () => {
  it.each(files)('$file has an id matching its path, sources, an effective period and a test file', ({ file, rule }) => {
    expect(rule.meta.sources.length).toBeGreaterThan(0);
    for (const source of rule.meta.sources) expect(source.document).toMatch(/^(seed:00[0-4]|law:.+|ext:.+)$/);
    expect(rule.meta.effective.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rule.meta.title.length).toBeGreaterThan(5);
    expect(rule.meta.description.length).toBeGreaterThan(40);
    expect(file).toBe(expectedPath(rule.meta.id, rule.meta.effective.from, file.includes('@')));
    expect(existsSync(join(root, 'test', file.replace(/\.json$/, '.test.ts')))).toBe(true);
  });

  it('every rule file is shipped in the bundled ruleset', () => {
    const shipped = loadRuleset()
      .rules.map((r) => `${r.meta.id}@${r.meta.effective.from}`)
      .sort();
    expect(shipped).toEqual(files.map(({ rule }) => `${rule.meta.id}@${rule.meta.effective.from}`).sort());
  });

  it('every reason a rule gives has a message in ru, kk and en', () => {
    for (const { rule } of files) {
      const code = rule.event.type === 'next-step' ? `nextSteps.${rule.event.params.step}` : (rule.event.params?.reason ?? rule.meta.id);
      for (const catalogue of [ru, kk, en] as Record<string, string>[]) expect(catalogue[code], `${code}`).toBeTypeOf('string');
    }
  });

  it('every named condition (a "why not" reason) has a message in ru, kk and en', () => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if (typeof obj.name === 'string') names.push(obj.name);
        Object.values(obj).forEach(walk);
      }
    };
    files.forEach(({ rule }) => walk(rule.conditions));
    expect(names.length).toBeGreaterThan(20);
    for (const name of new Set([...names, 'not_covered', 'not_eligible'])) {
      for (const catalogue of [ru, kk, en] as Record<string, string>[]) expect(catalogue[name], name).toBeTypeOf('string');
    }
  });

  it('every condition group has codes and a source; the 23 diseases also an ICD-10 range (the names: test/unit/names.test.ts)', () => {
    type Values<T> = { values: { value: T; source: { document: string } }[] };
    const read = <T>(name: string) => JSON.parse(readFileSync(join(root, 'data/parameters', name), 'utf8')) as T;
    const groups = read<Record<string, Values<string[]>>>('conditionGroups.json');
    const icd10 = read<Values<{ code: string; ranges: unknown[] }[]>>('icd10.json');
    const latest = <T>(leaf: Values<T>) => leaf.values.at(-1)?.value as T;
    const sizes = Object.fromEntries(Object.entries(groups).map(([g, leaf]) => [g, latest(leaf).length]));
    // socially_significant and tuberculosis_forms hold tuberculosis_other too (not dangerous to others, still tuberculosis).
    expect(sizes).toEqual({
      dangerous_to_others: 23,
      chronic_dynamic_observation: 25,
      socially_significant: 12,
      moved_to_osms_2026: 3,
      screening_exclusions: 4,
      tuberculosis_not_dangerous: 1,
      tuberculosis_forms: 2,
      planned_hospital_list: 0,
    });
    expect(latest(groups.socially_significant as Values<string[]>)).toContain('tuberculosis_other');
    expect(latest(groups.tuberculosis_forms as Values<string[]>)).toEqual(['tuberculosis', 'tuberculosis_other']);
    const mapped = new Map(latest(icd10).map((d) => [d.code, d.ranges.length]));
    for (const [group, leaf] of Object.entries(groups)) {
      for (const v of leaf.values) expect(v.source.document, group).toMatch(/^(seed:|ext:)/);
      for (const code of latest(leaf)) {
        expect(code, group).toMatch(/^[a-z][a-z0-9_]*$/);
        if (group === 'dangerous_to_others') expect(mapped.get(code), code).toBeGreaterThan(0);
      }
    }
  });

  it('the ru, kk and en catalogues have the same keys', () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('every value in data/ names its source', () => {
    const data = jsonFilesUnder(join(root, 'data')).map((file) => JSON.parse(readFileSync(file, 'utf8')));
    const dated: { source?: { document?: string } }[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if ('value' in obj && ('from' in obj || 'path' in obj)) dated.push(obj as never);
        Object.values(obj).forEach(collect);
      }
    };
    data.forEach(collect);
    // 6 minimum-wage, 9 MCI, 13 contribution and 12 threshold values at the time of writing.
    expect(dated.length).toBeGreaterThanOrEqual(40);
    for (const value of dated) expect(value.source?.document).toMatch(/^(seed:|law:|ext:)/);
  });
});

/** A parameter leaf of a file of data/parameters/: `{ description, unit, values }`. */
type Leaf = { description: string; unit?: string; values: { from: string; value: unknown; source: { document: string; ref?: string } }[] };
const isLeaf = (node: unknown): node is Leaf =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && Array.isArray((node as Leaf).values);
const parameterFiles = readdirSync(join(root, 'data', 'parameters'), { withFileTypes: true }).map((e) => ({
  name: e.name,
  isFile: e.isFile(),
}));
/** Every leaf of data/parameters/ with its path: the file's name, then the keys down to it. */
const parameterLeaves = parameterFiles.flatMap(({ name }) => {
  const walkLeaves = (node: unknown, path: string): { path: string; leaf: Leaf }[] =>
    isLeaf(node)
      ? [{ path, leaf: node }]
      : Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => walkLeaves(child, `${path}.${key}`));
  return walkLeaves(JSON.parse(readFileSync(join(root, 'data', 'parameters', name), 'utf8')), name.replace(/\.json$/, ''));
});
const at = (tree: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe('the parameter catalogue', () => {
  it('data/parameters/ holds only files <name>.json, one level, each the subtree `name` of ruleset.parameters', () => {
    const { parameters } = loadRuleset();
    for (const { name, isFile } of parameterFiles) {
      expect(isFile, name).toBe(true);
      expect(name).toMatch(/^[a-z][A-Za-z0-9]*\.json$/);
      expect(Object.hasOwn(parameters, name.replace(/\.json$/, '')), name).toBe(true);
    }
    expect(parameterFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(parameterLeaves)(
    '$path lives in its file under its path, with a description, a unit and dated values in order, each with a source',
    ({ path, leaf }) => {
      expect(Object.keys(leaf).every((key) => ['description', 'unit', 'values'].includes(key))).toBe(true);
      expect(leaf.description.length).toBeGreaterThan(20);
      expect(leaf.unit?.length ?? 0).toBeGreaterThan(0);
      expect(leaf.values.length).toBeGreaterThan(0);
      leaf.values.forEach((v, i) => {
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (i > 0) expect(v.from > (leaf.values[i - 1] as Leaf['values'][number]).from).toBe(true);
        expect(v.source.document).toMatch(/^(seed:00[0-4]|law:.+|ext:.+)$/);
      });
      // The shipped ruleset holds the file's values at the same path, nothing else.
      expect(at(loadRuleset().parameters, path)).toEqual({ values: leaf.values });
    },
  );

  it('ruleset.parameters is the files of data/parameters/ and the bibliography, nothing glued besides', () => {
    const { parameters } = loadRuleset();
    const names = parameterFiles.map(({ name }) => name.replace(/\.json$/, ''));
    expect(Object.keys(parameters).sort()).toEqual([...names, 'bibliography'].sort());
    const ids = (JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as { sources: { id: string }[] }).sources.map(
      (s) => s.id,
    );
    expect(parameters.bibliography).toEqual(Object.fromEntries(ids.map((id) => [id, {}])));
    // The files of data/ besides data/parameters/: the bibliography and the words of the pages.
    expect(readdirSync(join(root, 'data')).sort()).toEqual(['parameters', 'sources.json', 'vocabulary.json']);
  });

  it('every dated parameter of the shipped ruleset comes from a file of data/parameters/ at its path', () => {
    const paths: string[] = [];
    const collect = (node: unknown, path: string): void => {
      if (isLeaf(node)) paths.push(path);
      else if (node && typeof node === 'object' && !Array.isArray(node))
        for (const [key, child] of Object.entries(node)) collect(child, path === '' ? key : `${path}.${key}`);
    };
    collect(loadRuleset().parameters, '');
    expect(paths.sort()).toEqual(parameterLeaves.map((l) => l.path).sort());
  });

  it('no rule compares a date with a literal: a later version of a rule is a file <name>@<from>.json', () => {
    const literals: string[] = [];
    const visit = (node: unknown, file: string): void => {
      if (Array.isArray(node)) node.forEach((n) => visit(n, file));
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if ('fact' in obj && typeof obj.value === 'string' && /^\d{4}-\d{2}/.test(obj.value))
          literals.push(`${file}: ${obj.fact} ${obj.operator} ${obj.value}`);
        Object.values(obj).forEach((n) => visit(n, file));
      }
    };
    for (const { file, rule } of files) visit(rule.conditions, file);
    expect(literals).toEqual([]);
  });

  it('no fact, engine or decision code holds a date of the law or reads a "…From" parameter: each is a dated parameter value or a rule’s effective date', () => {
    // A profile's validFrom and the fact hasRecordFrom are not dates of the law.
    const found: string[] = [];
    for (const dir of ['src/facts', 'src/engine', 'src/decision', 'src/parameters']) {
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))) {
        const code = readFileSync(join(root, dir, file), 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
        code.forEach((line, i) => {
          if (/['"`]\d{4}-\d{2}(-\d{2})?['"`]/.test(line) || /\.(?!validFrom\b|hasRecordFrom\b)[a-z][A-Za-z]*From\b/.test(line))
            found.push(`${dir}/${file}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
