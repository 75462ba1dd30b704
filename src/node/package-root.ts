/** The folder of the package's own files (rules/, data/), from wherever the code runs: dist/ or src/node/…. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder above `from` that holds a package.json.
 *
 * @example
 * packageRoot() // '/…/node_modules/kz-health-coverage'
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
