/** `kz-health-coverage openapi [--compact]`: the server's OpenAPI document on stdout. */
import type { Locale } from '../../../messages/format';
import { type Flags, notAccepted } from '../flags';
import type { CliIo } from '../io';
import { cliMessage } from '../messages';
import { fail } from '../report';

/**
 * Prints the document (indented, or on one line with --compact) and exits 0.
 *
 * @example
 * await openApiCommand(parseFlags(['--compact']), nodeIo, 'en')
 */
export async function openApiCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  if (flags.problem || flags.positional.length > 0 || notAccepted(flags, ['compact']) !== undefined) {
    return fail(io, false, 2, 'usage', cliMessage(locale, 'openapi_options'));
  }
  const { openApiDocument } = await import('../../http/openapi');
  io.out(flags.values.compact ? JSON.stringify(openApiDocument()) : JSON.stringify(openApiDocument(), null, 2));
  return 0;
}
