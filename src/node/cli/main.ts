/**
 * The command line: `kz-health-coverage evaluate | validate-rules | serve | openapi`. Exit codes:
 * 0 success, 1 invalid input or rules (every issue with its path), 2 usage errors, unreadable
 * files and faults of the program. Node only; the library itself is not. Each command is a file
 * of `commands/`; this one reads the options and hands over.
 */
import { version } from '../../../package.json';
import { evaluateCommand } from './commands/evaluate';
import { openApiCommand } from './commands/openapi';
import { serveCommand } from './commands/serve';
import { validateRulesCommand } from './commands/validate-rules';
import { messageLocale, parseFlags } from './flags';
import { type CliIo, nodeIo } from './io';
import { cliMessage } from './messages';
import { fail } from './report';
import { HELP } from './usage';

export type { CliIo } from './io';

const COMMANDS = {
  evaluate: evaluateCommand,
  'validate-rules': validateRulesCommand,
  serve: serveCommand,
  openapi: openApiCommand,
} as const;

const isCommand = (name: string | undefined): name is keyof typeof COMMANDS => name !== undefined && Object.hasOwn(COMMANDS, name);

/**
 * The CLI as a process runs it: a fault of the program itself (not of the input) is one line
 * on stderr and exit code 2, never a stack trace — unless DEBUG names kz-health-coverage.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2))
 */
export async function run(argv: string[], io: CliIo = nodeIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    try {
      const message = error instanceof Error ? error.message : String(error);
      if (argv.includes('--json')) io.out(JSON.stringify({ error: { code: 'internal_error', message } }));
      io.err(cliMessage(messageLocale(argv), 'internal_error', { message }));
      if ((env.DEBUG ?? '').split(',').includes('kz-health-coverage') && error instanceof Error && error.stack) io.err(error.stack);
    } catch {
      // stderr is gone too: nothing more can be said.
    }
    return 2;
  }
}

/**
 * Runs the CLI and returns its exit code.
 *
 * @example
 * const code = await main(['evaluate', 'profile.json', '--locale', 'kk'])
 */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  const flags = parseFlags(rest);
  if (command === '--help' || command === '-h' || command === 'help' || (isCommand(command) && flags.values.help)) {
    io.out(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(version);
    return 0;
  }
  const locale = messageLocale(rest);
  if (isCommand(command)) return COMMANDS[command](flags, io, locale);
  const message = command === undefined ? cliMessage(locale, 'no_command') : cliMessage(locale, 'unknown_command', { command });
  return fail(io, argv.includes('--json'), 2, 'usage', message);
}
