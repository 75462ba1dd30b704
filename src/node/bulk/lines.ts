/**
 * NDJSON lines out of a byte stream, for `evaluate --ndjson` and `POST /v1/decisions:batch`
 * alike. Work and memory are bounded per byte: each byte is looked at once for a newline (a line
 * sent one byte at a time costs no more than one sent whole), and a line not yet ended is copied
 * into one buffer of at most the limit; a longer line is dropped as it streams in.
 */
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_LINE_BYTES } from '../limits';

/** What `linesOf` yields for a line longer than its limit (the line itself is skipped unread). */
export const TOO_LONG: unique symbol = Symbol('line too long');

/** One line of the input: its text without `\n` or `\r\n`, or `TOO_LONG`. */
export type Line = string | typeof TOO_LONG;
/** One line of the input as its bytes (UTF-8, not yet decoded), or `TOO_LONG`. */
export type ByteLine = Buffer | typeof TOO_LONG;

/** A line's text: its bytes decoded once (an invalid UTF-8 sequence becomes U+FFFD). */
const decode = (line: ByteLine): Line => (line === TOO_LONG ? TOO_LONG : line.toString('utf8'));

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const FIRST_CAPACITY = 16 * 1024;

/**
 * Splits bytes into lines, chunk by chunk. `\n` never occurs inside a UTF-8 character, so the
 * bytes are split before they are decoded, and a character split across chunks stays whole.
 *
 * @example
 * const splitter = new LineSplitter(1024)
 * splitter.push(Buffer.from('{"a":1}\n{"b"')) // ['{"a":1}']
 * splitter.push(Buffer.from(':2}\n'))          // ['{"b":2}']
 */
export class LineSplitter {
  /** Bytes looked at for a newline so far: each byte of the input once. */
  scannedBytes = 0;
  /** The most bytes held at once of a line not yet ended (at most the limit + 1, for a `\r`). */
  peakHeldBytes = 0;
  private held = Buffer.alloc(0);
  private heldLength = 0;
  private skipping = false;

  /** `maxLineBytes`: the longest line, in bytes without its `\n` or `\r\n`. */
  constructor(readonly maxLineBytes: number = DEFAULT_MAX_LINE_BYTES) {}

  /** The lines that `chunk` ends, in order. */
  push(chunk: Uint8Array): Line[] {
    return this.pushBytes(chunk).map(decode);
  }

  /** The last line, when the input does not end with a newline. */
  end(): Line | undefined {
    const last = this.endBytes();
    return last === undefined ? undefined : decode(last);
  }

  /**
   * The lines that `chunk` ends, as their bytes (without `\n` or `\r\n`), not yet decoded: for the
   * worker threads, which decode them themselves. A line within one chunk is a view of it.
   */
  pushBytes(chunk: Uint8Array): ByteLine[] {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const lines: ByteLine[] = [];
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      this.scannedBytes += end + 1 - start;
      lines.push(this.finish(bytes.subarray(start, end)));
      start = end + 1;
    }
    this.scannedBytes += bytes.length - start;
    this.hold(bytes.subarray(start));
    return lines;
  }

  /** The last line as bytes, when the input does not end with a newline. */
  endBytes(): ByteLine | undefined {
    if (this.skipping) {
      this.skipping = false;
      return TOO_LONG;
    }
    if (this.heldLength === 0) return undefined;
    return this.finish(Buffer.alloc(0));
  }

  /** A line ends with `tail`: the held bytes and the tail, without a final `\r`. */
  private finish(tail: Buffer): ByteLine {
    const skipped = this.skipping || this.heldLength + tail.length > this.maxLineBytes + 1;
    const heldLength = this.heldLength;
    this.skipping = false;
    this.heldLength = 0;
    if (skipped) return TOO_LONG;
    const whole = heldLength === 0 ? tail : Buffer.concat([this.held.subarray(0, heldLength), tail]);
    const length = whole.length > 0 && whole[whole.length - 1] === RETURN ? whole.length - 1 : whole.length;
    return length > this.maxLineBytes ? TOO_LONG : whole.subarray(0, length);
  }

  /** Copies the start of a line into the one buffer, or drops the line once it is over the limit. */
  private hold(part: Buffer): void {
    if (this.skipping || part.length === 0) return;
    const needed = this.heldLength + part.length;
    if (needed > this.maxLineBytes + 1) {
      this.skipping = true;
      this.heldLength = 0;
      this.held = Buffer.alloc(0);
      return;
    }
    if (needed > this.held.length) {
      const capacity = Math.min(this.maxLineBytes + 1, Math.max(FIRST_CAPACITY, needed, this.held.length * 2));
      const grown = Buffer.allocUnsafe(capacity);
      this.held.copy(grown, 0, 0, this.heldLength);
      this.held = grown;
    }
    part.copy(this.held, this.heldLength);
    this.heldLength = needed;
    this.peakHeldBytes = Math.max(this.peakHeldBytes, needed);
  }
}

/**
 * The lines of a stream, pulled one chunk at a time: the next chunk is read only when every
 * line of the last one has been handled, so a slow consumer holds the producer back
 * (readline's async iterator buffers every line it is given). `\r\n` counts as `\n`.
 *
 * @example
 * for await (const line of linesOf(process.stdin, new LineSplitter())) if (line !== TOO_LONG) console.log(line)
 */
export async function* linesOf(stream: Readable, splitter: LineSplitter = new LineSplitter()): AsyncGenerator<Line> {
  for await (const chunk of stream) {
    yield* splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array));
  }
  const last = splitter.end();
  if (last !== undefined) yield last;
}

/**
 * The lines of a stream as bytes, the lines of one chunk at a time (for the worker threads: the
 * main thread only finds the newlines and copies bytes; it decodes nothing). Pulled like `linesOf`.
 *
 * @example
 * for await (const lines of byteLinesOf(process.stdin, new LineSplitter())) console.log(lines.length)
 */
export async function* byteLinesOf(stream: Readable, splitter: LineSplitter = new LineSplitter()): AsyncGenerator<ByteLine[]> {
  for await (const chunk of stream) {
    const lines = splitter.pushBytes(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array));
    if (lines.length > 0) yield lines;
  }
  const last = splitter.endBytes();
  if (last !== undefined) yield [last];
}
