/** How the CLI says that something is wrong: one line on stderr, or with --json one JSON object on stdout. */
import type { CliIo } from './io';
import { USAGE } from './usage';

/**
 * Reports an error and returns the exit code: 1 for invalid input, 2 for a usage error (the
 * usage follows on stderr) or an unreadable file.
 *
 * @example
 * return fail(io, false, 2, 'usage', 'no command given')
 */
export function fail(io: CliIo, json: boolean, exit: number, code: string, message: string, extra: Record<string, unknown> = {}): number {
  if (json) io.out(JSON.stringify({ error: { code, message, ...extra } }));
  else {
    io.err(message);
    if (code === 'usage') io.err(USAGE);
  }
  return exit;
}
