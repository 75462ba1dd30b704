/** The package's rule files and bibliography as GET /v1/rules and GET /v1/sources answer them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod/mini';
import { jsonFilesUnder } from '../json-files';
import { titlesOf } from '../names';
import type { rulesCatalogueSchema, sourcesSchema } from './schemas';

type Sources = z.infer<typeof sourcesSchema>;
type CatalogueRule = z.infer<typeof rulesCatalogueSchema>['rules'][number];

/**
 * The bibliography of a package root (`data/sources.json`), each document with its titles in the
 * four locales (src/messages/sources/<locale>.json).
 *
 * @example
 * bibliography(root).sources[0].id // 'seed:000'
 */
export function bibliography(root: string): Sources {
  const file = JSON.parse(readFileSync(join(root, 'data', 'sources.json'), 'utf8')) as Omit<Sources, 'sources'> & {
    sources: Omit<Sources['sources'][number], 'title'>[];
  };
  return {
    ...file,
    sources: file.sources.map(({ id, copy, ...rest }) => ({ id, ...rest, title: titlesOf(id), ...(copy === undefined ? {} : { copy }) })),
  };
}

/**
 * Every rule of a package root's `rules/` (titles are in the files, not in the runtime ruleset),
 * each source with its English title from the bibliography.
 *
 * @example
 * rulesCatalogue(root, bibliography(root))[0].id // 'fund-statement.differs-category-pending'
 */
export function rulesCatalogue(root: string, sources: Sources): CatalogueRule[] {
  const titles = new Map(sources.sources.map((s) => [s.id, s.title.en]));
  return jsonFilesUnder(join(root, 'rules')).map((file) => {
    const { meta, event } = JSON.parse(readFileSync(file, 'utf8')) as {
      meta: Omit<CatalogueRule, 'event' | 'sources'> & { sources: { document: string; ref?: string }[] };
      event: { type: string };
    };
    return {
      id: meta.id,
      title: meta.title,
      description: meta.description,
      event: event.type,
      effective: meta.effective,
      sources: meta.sources.map((s) => ({ ...s, title: titles.get(s.document) ?? s.document })),
    };
  });
}
