/**
 * A request body, read into one buffer of at most the limit: a body sent one byte at a time
 * costs what one sent whole does (the chunks are copied and let go, never kept).
 */
import type { Readable } from 'node:stream';
import { HttpError } from './errors';

const FIRST_CAPACITY = 16 * 1024;

/**
 * The bytes of a body, copied chunk by chunk into one buffer that grows by doubling up to `max`.
 *
 * @example
 * const body = new BodyBuffer(1024)
 * body.append(Buffer.from('{}')) // true
 * body.text() // '{}'
 */
export class BodyBuffer {
  /** Bytes received so far. */
  length = 0;
  /** Buffers allocated so far (the last one holds the body). */
  allocations = 0;
  private bytes = Buffer.alloc(0);

  private readonly cap: number;

  /**
   * `expected`: the declared Content-Length, when there is one: the buffer grows no larger. It is
   * not allocated ahead, so a client that declares much and sends little holds little.
   */
  constructor(
    readonly max: number,
    expected?: number,
  ) {
    this.cap = expected !== undefined && expected > 0 ? Math.min(expected, max) : max;
  }

  /** The bytes held at most at once: the buffer's size, never more than `max`. */
  get capacity(): number {
    return this.bytes.length;
  }

  /** Copies a chunk in; false (and nothing copied) when the body would pass `max`. */
  append(chunk: Uint8Array): boolean {
    const needed = this.length + chunk.length;
    if (needed > this.max) return false;
    if (needed > this.bytes.length) this.grow(Math.max(needed, Math.min(this.cap, Math.max(FIRST_CAPACITY, this.bytes.length * 2))));
    this.bytes.set(chunk, this.length);
    this.length = needed;
    return true;
  }

  /** The body decoded as UTF-8. */
  text(): string {
    return this.bytes.toString('utf8', 0, this.length);
  }

  private grow(capacity: number): void {
    const grown = Buffer.allocUnsafe(capacity);
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
    this.allocations += 1;
  }
}

const tooLarge = (max: number) => new HttpError(413, 'body_too_large', `The body may hold at most ${max} bytes`, { Connection: 'close' });

/**
 * The body as text, at most `max` bytes: a declared or actual larger body is 413, and reading
 * stops at the limit. `buffer` receives the bytes (a fresh one by default).
 *
 * @example
 * const text = await readBody(request, 1024 * 1024)
 */
export async function readBody(
  request: Readable & { headers?: Record<string, unknown> },
  max: number,
  buffer?: BodyBuffer,
): Promise<string> {
  const declared = Number(request.headers?.['content-length'] ?? Number.NaN);
  if (declared > max) throw tooLarge(max);
  const body = buffer ?? new BodyBuffer(max, Number.isInteger(declared) ? declared : undefined);
  // 'data' events rather than an async iterator: a body of a million one-byte chunks then costs
  // a call each, not a promise each.
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer | string) => {
      if (body.append(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) return;
      request.off('data', onData);
      request.pause();
      reject(tooLarge(max));
    };
    request.on('data', onData);
    request.once('end', resolve);
    request.once('error', reject);
    request.once('close', () => reject(new Error('the request was closed before its end')));
  });
  return body.text();
}
