import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );

/**
 * Re-bundles rules/ before any test runs, so `npx vitest` never tests stale rules; builds dist/
 * (the CLI's process tests run the built bin) when it is missing or older than src/ and rules/.
 */
export default function setup() {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-ruleset.mjs')], { stdio: 'ignore' });
  const bin = join(root, 'dist', 'cli.js');
  const stale =
    !existsSync(bin) ||
    statSync(bin).mtimeMs < Math.max(newest(join(root, 'src')), newest(join(root, 'rules')), newest(join(root, 'data')));
  if (stale) execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: root, stdio: 'ignore' });
}
