import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFilesUnder } from '../src/node/json-files';
import { loadRuleset } from '../src';

// Citations: every `ref` that quotes a seed is found in it verbatim — typos included — once
// whitespace and quote marks are normalised; a quote that leaves words out gives the words it
// keeps as fragments joined by " … ", each found in the seed in that order. The seeds are read
// from the repository's own copy (docs/sources/, named by data/sources.json), never from outside.
const root = join(__dirname, '..');

/** Whitespace runs become one space; quote marks of every kind are left out. */
const normalise = (text: string) =>
  text
    .replace(/[«»“”„‟"'‘’‚‛‹›]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Citation {
  where: string;
  document: string;
  ref: string | undefined;
}

/** Every `{ document, ref? }` in a JSON value (rule sources, data sources), with where it is. */
function citationsIn(value: unknown, where: string, out: Citation[]): Citation[] {
  if (Array.isArray(value)) value.forEach((v, i) => citationsIn(v, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (typeof node.document === 'string')
      out.push({ where, document: node.document, ref: typeof node.ref === 'string' ? node.ref : undefined });
    for (const [key, child] of Object.entries(node)) citationsIn(child, `${where}.${key}`, out);
  }
  return out;
}

const bibliography = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as { sources: { id: string; copy?: string }[] };
const seeds = new Map(
  bibliography.sources
    .filter((s) => s.id.startsWith('seed:'))
    .map((s) => [s.id, normalise(readFileSync(join(root, s.copy as string), 'utf8'))]),
);
const files = [...jsonFilesUnder(join(root, 'rules')), ...jsonFilesUnder(join(root, 'data'))];
const citations = files.flatMap((file) => citationsIn(JSON.parse(readFileSync(file, 'utf8')), relative(root, file), []));
const seedCitations = citations.filter((c) => c.document.startsWith('seed:'));

/** Whether every fragment of a quote is in the seed, each after the one before. */
function quoted(seed: string, ref: string): boolean {
  let from = 0;
  for (const fragment of ref.split('…').map(normalise)) {
    if (fragment === '') return false;
    const at = seed.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

describe('citations', () => {
  it('the bibliography names a repository copy of each of the five seeds', () => {
    expect([...seeds.keys()].sort()).toEqual(['seed:000', 'seed:001', 'seed:002', 'seed:003', 'seed:004']);
    for (const s of bibliography.sources.filter((x) => x.id.startsWith('seed:')))
      expect(s.copy).toMatch(/^docs\/sources\/00[0-4]_[0-9a-f]{16}\.txt$/);
  });

  it('every ref that quotes a seed is found in it verbatim, typos included (rules and data alike)', () => {
    const missing = seedCitations
      .filter((c) => c.ref === undefined || !quoted(seeds.get(c.document) ?? '', c.ref))
      .map((c) => `${c.where} ${c.document}: ${c.ref}`);
    console.info(`citations: ${seedCitations.length} seed refs checked, ${seedCitations.length - missing.length} found verbatim`);
    expect(missing).toEqual([]);
    // The rules alone quote the seeds more than a hundred times.
    expect(seedCitations.filter((c) => c.where.startsWith('rules/')).length).toBeGreaterThan(100);
  });

  it('a quote never runs across a Markdown mark of the converted slides: it gives the words on both sides as fragments', () => {
    const marked = seedCitations.filter((c) => c.ref !== undefined && /\*\*|#/.test(c.ref)).map((c) => `${c.where}: ${c.ref}`);
    expect(marked).toEqual([]);
  });

  it('the check can fail: a corrected typo, a paraphrase or a locator is not found', () => {
    const seed002 = seeds.get('seed:002') ?? '';
    // The seed writes «ӨЗ БЕТИНШЕ» and «тәменгі»; the corrected spelling is no quote.
    expect(quoted(seed002, 'ӨЗ БЕТИНШЕ ТӨЛЕУШІЛЕР 2125 теңге')).toBe(true);
    expect(quoted(seed002, 'ӨЗ БЕТІНШЕ ТӨЛЕУШІЛЕР 2125 теңге')).toBe(false);
    expect(quoted(seeds.get('seed:001') ?? '', 'step 10')).toBe(false);
    // Fragments must come in the seed's order.
    expect(quoted(seed002, 'ҚР азаматтары … МЕМЛЕКЕТ ТАРАПЫНАН САҚТАНДЫРЫЛАТЫН 15 САНАТ')).toBe(true);
    expect(quoted(seed002, 'МЕМЛЕКЕТ ТАРАПЫНАН САҚТАНДЫРЫЛАТЫН 15 САНАТ … Кепілдендірілген медициналық көмектің толық пакеті')).toBe(false);
  });

  it('every document a rule or a parameter cites that is no seed is a named legal act or public source; the rules’ are all in the bibliography', () => {
    for (const c of citations) expect(c.document, c.where).toMatch(/^(seed:00[0-4]|law:.+|ext:.+)$/);
    const ids = new Set(bibliography.sources.map((s) => s.id));
    for (const rule of loadRuleset().rules)
      for (const source of rule.meta.sources) expect(ids.has(source.document), `${rule.meta.id} ${source.document}`).toBe(true);
  });
});
