/** What the CLI reads and writes, as an interface the tests replace, and its Node implementation. */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { MAX_PROFILE_BYTES } from '../limits';
import { todayInKazakhstan } from '../today';

/** A file or standard input longer than the limit: read no further than the limit. */
export class InputTooLargeError extends Error {
  constructor(readonly max: number) {
    super(`larger than ${max} bytes`);
  }
}

/**
 * The CLI's view of the world.
 *
 * @example
 * const io: CliIo = { ...nodeIo, today: () => '2025-06-15' }
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A file's text; throws `InputTooLargeError` past 1 MiB, any other error when unreadable. */
  readFile(path: string): string;
  /** Standard input's text, as readFile. */
  readStdin(): string;
  /** Today's date in Kazakhstan for a profile without asOf: the CLI may read the clock, the library never does. */
  today(): string;
  /**
   * For --ndjson: the lines to read (a file or, for `-`, standard input) and the input's size
   * when known; throws when unreadable.
   */
  openLines?(file: string): { stream: Readable & { bytesRead?: number }; size?: number };
  /** For --ndjson: where the output lines go. */
  output?: Writable;
  /** For --ndjson: a progress line on a terminal (overwritten in place); absent when stderr is no terminal. */
  progress?(text: string): void;
  /** Milliseconds of a monotonic clock, for the rate and the ETA. */
  now?(): number;
  /** For validate-rules: the JSON files of a folder, recursively (default: the file system). */
  listFiles?(dir: string): string[];
}

const CHUNK = 64 * 1024;

/**
 * The bytes of a file descriptor up to `max`: reading stops one chunk past it, so `/dev/zero`
 * or a huge file costs at most `max` + 64 KiB of memory and time.
 */
export function readBounded(fd: number, max: number = MAX_PROFILE_BYTES): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let read: number;
    try {
      read = readSync(fd, chunk, 0, CHUNK, null);
    } catch (error) {
      // Standard input in non-blocking mode with nothing yet: wait 10 ms for it, and read again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > max) throw new InputTooLargeError(max);
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function readFileBounded(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return readBounded(fd);
  } finally {
    closeSync(fd);
  }
}

/** A file opened now, so a missing one fails here (exit 2) and not later in the stream. */
function openLines(file: string) {
  if (file === '-') return { stream: process.stdin };
  const fd = openSync(file, 'r');
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
  }
  return { stream: createReadStream(file, { fd }), size: stat.size };
}

/** The process's own streams, files and clock. */
export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: readFileBounded,
  readStdin: () => readBounded(0),
  today: () => todayInKazakhstan(),
  openLines,
  output: process.stdout,
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r${text}\x1b[K`) } : {}),
  now: () => performance.now(),
};
