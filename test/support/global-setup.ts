import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Re-bundles rules/ before any test runs, so `npx vitest` never tests stale rules. */
export default function setup() {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-ruleset.mjs')], { stdio: 'ignore' });
}
