import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/messages/format';

// The names of the codes of data/ (conditions by group, screening programmes, quota services) and
// the bibliography's titles live beside the messages, one file a locale:
// src/messages/names/<locale>.json and src/messages/sources/<locale>.json. data/ keeps the codes.
const root = join(import.meta.dirname, '..', '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

type Leaf<T> = { values: { value: T }[] };
/** Every code a parameter has on some date (its values, each once). */
const codesOf = <T>(leaf: Leaf<T[]>): T[] => [...new Set(leaf.values.flatMap((v) => v.value))];
const conditionGroups = read<Record<string, Leaf<string[]>>>('data/parameters/conditionGroups.json');
const screenings = Object.keys(read<Record<string, unknown>>('data/parameters/screening.json'));
const quotas = codesOf(read<Leaf<{ service: string }[]>>('data/parameters/quotas.json')).map((s) => s.service);
const sources = read<{ sources: { id: string }[] }>('data/sources.json');

interface NamesFile {
  namesSource: Record<string, string>;
  conditions: Record<string, Record<string, string>>;
  screenings: Record<string, string>;
  quotaServices: Record<string, string>;
}
const names = (locale: string) => read<NamesFile>(`src/messages/names/${locale}.json`);
const titles = (locale: string) => read<Record<string, string>>(`src/messages/sources/${locale}.json`);

/** Every key a locale must have: `<section>.<code>` (conditions: `conditions.<list>.<code>`). */
const expectedKeys = [
  ...Object.entries(conditionGroups).flatMap(([group, leaf]) => codesOf(leaf).map((code) => `conditions.${group}.${code}`)),
  ...screenings.map((code) => `screenings.${code}`),
  ...[...new Set(quotas)].map((service) => `quotaServices.${service}`),
  ...sources.sources.map((s) => `sources.${s.id}`),
].sort();

/** A locale's names and titles as `<section>.<code>` → name. */
function keysOf(locale: string): Record<string, unknown> {
  const file = names(locale);
  return Object.fromEntries([
    ...Object.entries(file.conditions).flatMap(([group, list]) =>
      Object.entries(list).map(([code, name]) => [`conditions.${group}.${code}`, name]),
    ),
    ...Object.entries(file.screenings).map(([code, name]) => [`screenings.${code}`, name]),
    ...Object.entries(file.quotaServices).map(([code, name]) => [`quotaServices.${code}`, name]),
    ...Object.entries(titles(locale)).map(([id, title]) => [`sources.${id}`, title]),
  ]);
}

// Kyrgyz is written with ө, ү and ң; ә, і, ұ, ғ, қ and һ are Kazakh letters.
const KAZAKH_LETTERS = /[әіұғқһӘІҰҒҚҺ]/;

describe('names and titles in every locale', () => {
  it('the four locales are ru, kk, en and ky, each with a names file and a titles file and no other', () => {
    expect([...LOCALES]).toEqual(['ru', 'kk', 'en', 'ky']);
    for (const folder of ['names', 'sources']) {
      expect(readdirSync(join(root, 'src', 'messages', folder)).sort(), folder).toEqual(LOCALES.map((l) => `${l}.json`).sort());
    }
  });

  it('every locale has a non-empty name for every condition, screening programme, quota service and source of data/, and no other key', () => {
    // 67 codes in the six lists of the law, and the groups the rules read besides: tuberculosis_other
    // in socially_significant, tuberculosis and tuberculosis_other in tuberculosis_forms.
    expect(expectedKeys.length).toBe(67 + 3 + 7 + 18 + sources.sources.length);
    for (const locale of LOCALES) {
      const keys = keysOf(locale);
      expect(Object.keys(keys).sort(), locale).toEqual(expectedKeys);
      for (const [key, name] of Object.entries(keys)) {
        expect(typeof name === 'string' && name.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('each locale says where each list of names comes from: a seed that gives the wording, or the library’s translation', () => {
    const lists = [...Object.keys(conditionGroups).map((g) => `conditions.${g}`), 'screenings', 'quotaServices'].sort();
    for (const locale of LOCALES) {
      const { namesSource } = names(locale);
      expect(Object.keys(namesSource).sort(), locale).toEqual(lists);
      for (const [list, source] of Object.entries(namesSource))
        expect(source, `${locale} ${list}`).toMatch(/^(seed:00[0-4]|library translation)$/);
    }
    // The seeds' own wording: the 23 diseases in ru (seed 001) and ky (seed 000), the quota services likewise.
    expect(names('ru').namesSource['conditions.dangerous_to_others']).toBe('seed:001');
    expect(names('ky').namesSource['conditions.dangerous_to_others']).toBe('seed:000');
    expect(names('ky').namesSource.quotaServices).toBe('seed:000');
    expect(names('kk').namesSource['conditions.chronic_dynamic_observation']).toBe('seed:002');
    // The Kyrgyz names no seed gives are the library's.
    expect(names('ky').namesSource['conditions.chronic_dynamic_observation']).toBe('library translation');
    expect(names('ky').namesSource.screenings).toBe('library translation');
  });

  it('the Kyrgyz names are Kyrgyz: none has a Kazakh letter (ә і ұ ғ қ һ), and the titles have none but in the acronym МӘМС', () => {
    for (const [key, name] of Object.entries(keysOf('ky'))) {
      const text = key.startsWith('sources.') ? String(name).replaceAll('МӘМС', '') : String(name);
      expect(KAZAKH_LETTERS.test(text), `${key}: ${name}`).toBe(false);
    }
    expect(names('ky').screenings.glaucoma).toBe('Глаукоманы эрте аныктоо');
    expect(names('ky').conditions.socially_significant?.hiv).toBe('ВИЧ-инфекциясы');
  });

  it('data/ keeps the codes: its parameters carry no names or namesSource, its bibliography no titles', () => {
    for (const file of ['parameters/conditionGroups', 'parameters/screening', 'parameters/quotas', 'sources']) {
      const text = readFileSync(join(root, 'data', `${file}.json`), 'utf8');
      expect(text, file).not.toMatch(/"(names|namesSource)"\s*:/);
    }
    expect(read<{ sources: Record<string, unknown>[] }>('data/sources.json').sources.every((s) => !('title' in s))).toBe(true);
  });
});
