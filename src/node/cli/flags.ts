/** The CLI's options, read by `node:util` `parseArgs`: `--name value`, `--name=value`, switches without a value. */
import { parseArgs } from 'node:util';
import { type Locale, isLocale } from '../../messages/format';
import type { CliMessageKey } from './messages';

/** Every option of every command, and whether it takes a value; each command says which it accepts. */
const OPTIONS = {
  'as-of': { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  workers: { type: 'string' },
  'max-line-bytes': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  cors: { type: 'string' },
  compact: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The name of an option, without its dashes. */
export type FlagName = keyof typeof OPTIONS;

/** A usage error of the options: its message key and the option as written. */
export interface FlagProblem {
  key: Extract<CliMessageKey, 'unknown_option' | 'needs_value' | 'takes_no_value'>;
  option: string;
}

/** What the arguments of a command say: its positionals, its options, and the first problem, if any. */
export interface Flags {
  positional: string[];
  values: Partial<Record<FlagName, string | true>>;
  problem?: FlagProblem;
}

const isFlag = (name: string): name is FlagName => Object.hasOwn(OPTIONS, name);

/**
 * The arguments after the command. An empty value (`--as-of=`) is a missing value; a value of a
 * switch (`--json=yes`) is a problem; so is an option no command takes.
 *
 * @example
 * parseFlags(['p.json', '--locale=kk', '--json']) // { positional: ['p.json'], values: { locale: 'kk', json: true } }
 */
export function parseFlags(args: string[]): Flags {
  const { tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const flags: Flags = { positional: [], values: {} };
  const problem = (key: FlagProblem['key'], option: string) => {
    flags.problem ??= { key, option };
  };
  for (const token of tokens) {
    if (token.kind === 'positional') flags.positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isFlag(token.name)) {
      problem('unknown_option', token.rawName);
      continue;
    }
    const type = OPTIONS[token.name].type;
    if (type === 'boolean' && token.value !== undefined) problem('takes_no_value', token.rawName);
    else if (type === 'string' && (token.value === undefined || token.value === '')) problem('needs_value', token.rawName);
    else flags.values[token.name] = type === 'boolean' ? true : token.value;
  }
  return flags;
}

/** The options a command accepts beyond these are a usage error: the first one not accepted. */
export function notAccepted(flags: Flags, accepted: readonly FlagName[]): FlagName | undefined {
  return (Object.keys(flags.values) as FlagName[]).find((name) => !accepted.includes(name));
}

/**
 * The language of the CLI's messages: `--locale` when it is one of the four, else ru (as the
 * decisions default to ru); readable before anything else of the arguments is checked.
 *
 * @example
 * messageLocale(['evaluate', '--locale', 'kk']) // 'kk'
 */
export function messageLocale(argv: string[]): Locale {
  const { locale } = parseFlags(argv).values;
  return isLocale(locale) ? locale : 'ru';
}
