/**
 * The package's data files as the Node side reads them: from data/ on disk, once each, never
 * bundled (the package ships them anyway, and the library itself reads none of these names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root';

const cache = new Map<string, unknown>();

/**
 * A data file of a package root (default: this package's), parsed once.
 *
 * @example
 * dataFile<typeof import('../../data/vocabulary.json')>('vocabulary.json').services.phc.en
 */
export function dataFile<T>(name: string, root: string = packageRoot()): T {
  const path = join(root, 'data', name);
  if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(path, 'utf8')));
  return cache.get(path) as T;
}
