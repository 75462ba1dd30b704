/** `kz-health-coverage serve`: the HTTP server, one process or a cluster. */
import type { Locale } from '../../../messages/format';
import { type Flags, notAccepted } from '../flags';
import type { CliIo } from '../io';
import { type CliMessageKey, cliMessage } from '../messages';
import { fail } from '../report';

const MAX_WORKERS = 64;

/** `--cors a,b` as a list of origins (`scheme://host[:port]`, or `*`), or undefined when one is not. */
export function corsOrigins(text: string): string[] | undefined {
  const origins = text
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  const isOrigin = (o: string) => {
    try {
      return o === '*' || new URL(o).origin === o;
    } catch {
      return false;
    }
  };
  return origins.length > 0 && origins.every(isOrigin) ? origins : undefined;
}

/**
 * One process, or with `--workers N` (N ≥ 2) a cluster of N processes sharing the port. Resolves
 * with exit code 0 once SIGTERM (or SIGINT) has let every request in flight finish.
 *
 * @example
 * await serveCommand(parseFlags(['--port', '8080', '--cors', 'https://clinic.example.kz']), nodeIo, 'ru')
 */
export async function serveCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  const usage = (key: CliMessageKey, vars: Record<string, string> = {}) => fail(io, false, 2, 'usage', cliMessage(locale, key, vars));
  if (flags.problem) return usage(flags.problem.key, { option: flags.problem.option });
  if (flags.positional.length > 0 || notAccepted(flags, ['port', 'host', 'workers', 'cors', 'help']) !== undefined)
    return usage('serve_options');
  const portText = String(flags.values.port ?? '8080');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return usage('port_range');
  const host = String(flags.values.host ?? '127.0.0.1');
  const workersText = String(flags.values.workers ?? '1');
  const workers = Number(workersText);
  if (!/^\d+$/.test(workersText) || workers < 1 || workers > MAX_WORKERS)
    return usage('workers_range', { min: '1', max: String(MAX_WORKERS) });
  const cors = flags.values.cors === undefined ? [] : corsOrigins(String(flags.values.cors));
  if (cors === undefined) return usage('cors');
  const { runServer } = await import('../../http/process');
  return runServer({ port, host, workers, cors, say: (line) => io.err(line) });
}
