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
import type conditionGroupsFile from '../../../data/parameters/conditionGroups.json';
import type quotasFile from '../../../data/parameters/quotas.json';
import type screeningFile from '../../../data/parameters/screening.json';
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

/** A parameter's value in force last (the codes a client names). */
const latest = <T>(leaf: { values: readonly { value: unknown }[] }): T => leaf.values.at(-1)?.value as T;

/**
 * The vocabulary, built from the data files of a package root.
 *
 * @example
 * vocabulary(root).services.phc.en // 'Primary health care (PHC)'
 */
export function vocabulary(root: string): Vocabulary {
  const words = dataFile<typeof wordsFile>('vocabulary.json', root);
  const quotas = latest<{ service: string }[]>(dataFile<typeof quotasFile>('parameters/quotas.json', root));
  const screenings = dataFile<typeof screeningFile>('parameters/screening.json', root);
  const conditionGroups = dataFile<typeof conditionGroupsFile>('parameters/conditionGroups.json', root);
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
    quotaServices: Object.fromEntries(quotas.map((q) => [q.service, namesOf('quotaServices', q.service)])),
    quotaPeriods: byCode(words.quotaPeriods),
    screenings: Object.fromEntries(Object.keys(screenings).map((code) => [code, namesOf('screenings', code)])),
    conditionGroups: Object.fromEntries(
      Object.entries(conditionGroups).map(([group, leaf]) => [
        group,
        Object.fromEntries(latest<string[]>(leaf).map((code) => [code, namesOf(`conditions.${group}`, code)])),
      ]),
    ),
  };
}
