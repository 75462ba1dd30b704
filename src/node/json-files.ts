/** The JSON files under a folder: the one walk of the Node side (rule folders, the rules catalogue). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `*.json` file under `dir`, in the folders under it too, as paths joined to `dir`, sorted.
 * Throws as `readdirSync` does when `dir` cannot be read.
 *
 * @example
 * jsonFilesUnder('rules') // ['rules/gobmp/dangerous-diseases.json', …]
 */
export function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFilesUnder(path);
      return entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}
