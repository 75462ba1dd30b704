/**
 * GET /v1/vocabulary: the names of services, payers, packages, statuses, requirements, quotas,
 * screenings and conditions in ru, kk, en and ky, for a client that shows names rather than
 * codes: the codes and the words of data/vocabulary.json from the package's data files (read when
 * first asked for, not bundled: the package ships them anyway), the names of conditions,
 * screenings and quota services from src/messages/names/ (bundled with the Node side). Every
 * locale has every name (test/unit/names.test.ts); ru where one is missing stays as a safety net
 * for a package root whose data has codes the names do not know.
 */
import type * as z from 'zod/mini';
import type conditionsFile from '../../../data/conditions.json';
import type quotasFile from '../../../data/quotas.json';
import type screeningsFile from '../../../data/screenings.json';
import type wordsFile from '../../../data/vocabulary.json';
import { LOCALES } from '../../messages/format';
import { dataFile } from '../data-files';
import { namesOf } from '../names';
import type { vocabularySchema } from './schemas';

type Names = { ru: string; kk: string; en: string; ky: string };
type Vocabulary = z.infer<typeof vocabularySchema>;

/** Every locale's name, ru where a locale has none. */
const names = (given: Partial<Record<string, string>>): Names => {
  const ru = given.ru ?? '';
  return { ru, kk: given.kk ?? ru, en: given.en ?? ru, ky: given.ky ?? ru };
};
const byCode = (entries: Record<string, Partial<Record<string, string>>>) =>
  Object.fromEntries(Object.entries(entries).map(([code, given]) => [code, names(given)]));

/**
 * The vocabulary, built from the data files of a package root.
 *
 * @example
 * vocabulary(root).services.phc.en // 'Primary health care (PHC)'
 */
export function vocabulary(root: string): Vocabulary {
  const words = dataFile<typeof wordsFile>('vocabulary.json', root);
  const quotas = dataFile<typeof quotasFile>('quotas.json', root);
  const screenings = dataFile<typeof screeningsFile>('screenings.json', root);
  const conditions = dataFile<typeof conditionsFile>('conditions.json', root);
  const { gobmp, osms, dms, vms } = words.packages;
  return {
    locales: [...LOCALES],
    services: byCode(words.services),
    payers: byCode(words.payers),
    packages: {
      gobmp: { full: names(gobmp.full), dangerous_diseases: names(gobmp.dangerous_diseases), none: names(gobmp.none) },
      osms: names(osms),
      dms: names(dms),
      vms: names(vms),
    },
    statuses: {
      insured: names(words.status.insured),
      not_insured: names(words.status.not_insured),
      not_applicable: names(words.status.not_applicable),
    },
    requirements: byCode(words.requires),
    quotaServices: Object.fromEntries(quotas.services.map((q) => [q.service, namesOf('quotaServices', q.service)])),
    quotaPeriods: byCode(words.quotaPeriods),
    screenings: Object.fromEntries(screenings.programs.map((p) => [p.code, namesOf('screenings', p.code)])),
    conditionGroups: Object.fromEntries(
      Object.entries(conditions.groups).map(([group, { entries }]) => [
        group,
        Object.fromEntries(entries.map((e) => [e.code, namesOf(`conditions.${group}`, e.code)])),
      ]),
    ),
  };
}
