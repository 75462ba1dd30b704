import { type CliIo, main } from '../../src/node/cli/main';

/** Runs the CLI with files and stdin in memory and today fixed at 2025-06-15; returns the exit code and the lines written. */
export function runCli(argv: string[], files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw new Error('ENOENT');
      return files[p] as string;
    },
    readStdin: () => stdin,
    today: () => '2025-06-15',
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}
