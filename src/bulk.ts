/**
 * `kz-health-coverage evaluate --ndjson`: one profile a line in, one Decision (or error) a line
 * out, in input order, with backpressure; `--workers N` spreads the lines over worker threads.
 * Node only: the CLI imports it, the library does not.
 */
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';
import { ProfileValidationError } from './errors';
import type { Evaluator } from './evaluator';
import type { Locale } from './messages/format';
import { givesAsOf } from './profile/parse';
import type { ProfileInput } from './profile/schema';

/** What `linesOf` yields for a line longer than its limit (the line itself is skipped unread). */
export const TOO_LONG: unique symbol = Symbol('line too long');

export interface BulkOptions {
  /** Lines longer than this many characters are answered with a `too_big` error line, never held whole. */
  maxLineLength?: number;
  /** The evaluation date of every line; without it, a line's own asOf, else `today`. */
  asOf?: string | undefined;
  today: string;
  locale: Locale;
  /** 0: in this thread; N ≥ 1: N worker threads. */
  workers: number;
  /** Path of the built worker script (dist/bulk-worker.js). */
  workerUrl?: URL;
}

export interface BulkSummary {
  lines: number;
  decisions: number;
  errors: number;
}

/** The output line for one input line: the Decision as JSON, or `{ line, error: { issues } }`. */
export async function decideLine(evaluator: Evaluator, text: string | typeof TOO_LONG, line: number, options: Pick<BulkOptions, 'asOf' | 'today' | 'locale' | 'maxLineLength'>): Promise<{ out: string; ok: boolean }> {
  if (text === TOO_LONG) {
    const issues = [{ path: [], code: 'too_big', message: `A line may hold at most ${options.maxLineLength} characters` }];
    return { out: JSON.stringify({ line, error: { issues } }), ok: false };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const issues = [{ path: [], code: 'invalid_json', message: `Not valid JSON: ${(error as Error).message}` }];
    return { out: JSON.stringify({ line, error: { issues } }), ok: false };
  }
  try {
    const asOf = options.asOf ?? (givesAsOf(input) ? undefined : options.today);
    // A line of unknown shape: the evaluator checks it and reports every problem.
    const decision = await evaluator.evaluate(input as ProfileInput, { ...(asOf === undefined ? {} : { asOf }), locale: options.locale });
    return { out: JSON.stringify(decision), ok: true };
  } catch (error) {
    if (!(error instanceof ProfileValidationError)) throw error;
    return { out: JSON.stringify({ line, error: { issues: error.issues } }), ok: false };
  }
}

/**
 * The lines of a stream, pulled one chunk at a time: the next chunk is read only when every
 * line of the last one has been handled, so a slow consumer holds the producer back
 * (readline's async iterator buffers every line it is given). `\r\n` counts as `\n`.
 */
export async function* linesOf(stream: Readable, maxLength = Number.POSITIVE_INFINITY): AsyncGenerator<string | typeof TOO_LONG> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  // A line past the limit is dropped as it streams in, and answered once its end is seen.
  let skipping = false;
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    for (let end = rest.indexOf('\n', start); end >= 0; end = rest.indexOf('\n', start)) {
      const line = rest.slice(start, end);
      start = end + 1;
      if (skipping || line.length > maxLength) {
        skipping = false;
        yield TOO_LONG;
      } else yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    rest = rest.slice(start);
    if (rest.length > maxLength) {
      skipping = true;
      rest = '';
    }
  }
  rest += decoder.end();
  if (skipping || rest.length > maxLength) yield TOO_LONG;
  else if (rest.length > 0) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/** Writes and waits while the stream's buffer is full (backpressure); rejects once the output is gone (a client that hung up). */
async function write(output: Writable, chunk: string | Uint8Array): Promise<void> {
  if (output.destroyed) throw new Error('the output was closed');
  if (output.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      output.off('close', closed);
      resolve();
    };
    const closed = () => {
      output.off('drain', drained);
      reject(new Error('the output was closed'));
    };
    output.once('drain', drained);
    output.once('close', closed);
  });
}

/** Lines of up to BATCH at a time go to a worker; each worker holds at most IN_FLIGHT batches. */
const BATCH = 64;
const IN_FLIGHT = 2;

/** A line too long travels to a worker as `text: null` (a symbol cannot be posted). */
type Batch = { id: number; lines: { line: number; text: string | null }[] };
type Reply = { id: number; bytes: Uint8Array; ok: boolean[] } | { id: number; fault: string };

/**
 * Reads NDJSON profiles from `input` and writes one NDJSON line per input line to `output`,
 * in input order. Reading waits for writing (and for the workers), so memory stays bounded
 * whatever the input size. `onLine` is called after each line is written (progress).
 */
export async function runNdjson(input: Readable, output: Writable, evaluator: () => Evaluator, options: BulkOptions, onLine: (summary: BulkSummary) => void = () => {}): Promise<BulkSummary> {
  const summary: BulkSummary = { lines: 0, decisions: 0, errors: 0 };
  const count = (ok: boolean) => {
    summary.lines += 1;
    if (ok) summary.decisions += 1;
    else summary.errors += 1;
    onLine(summary);
  };
  const lines = linesOf(input, options.maxLineLength);
  if (options.workers <= 0) {
    const local = evaluator();
    let n = 0;
    for await (const text of lines) {
      n += 1;
      const result = await decideLine(local, text, n, options);
      await write(output, `${result.out}\n`);
      count(result.ok);
    }
    return summary;
  }
  return runWithWorkers(lines, output, options, count).then(() => summary);
}

async function runWithWorkers(lines: AsyncIterable<string | typeof TOO_LONG>, output: Writable, options: BulkOptions, count: (ok: boolean) => void): Promise<void> {
  const url = options.workerUrl ?? new URL('./bulk-worker.js', import.meta.url);
  const workers = Array.from({ length: options.workers }, () => new Worker(url, { workerData: { locale: options.locale, asOf: options.asOf, today: options.today, maxLineLength: options.maxLineLength } }));
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, Reply>();
  let nextToWrite = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const worker of workers) {
    worker.on('message', (reply: Reply) => {
      busy.set(worker, (busy.get(worker) ?? 1) - 1);
      done.set(reply.id, reply);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
  }
  /** Writes every finished batch that is next in order. */
  const flush = async () => {
    for (let reply = done.get(nextToWrite); reply !== undefined; reply = done.get(nextToWrite)) {
      done.delete(nextToWrite);
      nextToWrite += 1;
      if ('fault' in reply) throw new Error(reply.fault);
      await write(output, reply.bytes);
      for (const ok of reply.ok) count(ok);
    }
  };
  const waitForWork = () => new Promise<void>((resolve) => (wake = resolve));
  const send = async (batch: Batch) => {
    for (;;) {
      if (failure) throw failure;
      await flush();
      const free = workers.find((w) => (busy.get(w) ?? 0) < IN_FLIGHT);
      if (free) {
        busy.set(free, (busy.get(free) ?? 0) + 1);
        free.postMessage(batch);
        return;
      }
      await waitForWork();
    }
  };
  try {
    let batch: Batch = { id: 0, lines: [] };
    let n = 0;
    for await (const text of lines) {
      n += 1;
      batch.lines.push({ line: n, text: text === TOO_LONG ? null : text });
      if (batch.lines.length === BATCH) {
        await send(batch);
        batch = { id: batch.id + 1, lines: [] };
      }
    }
    if (batch.lines.length > 0) await send(batch);
    const total = batch.lines.length > 0 ? batch.id + 1 : batch.id;
    while (nextToWrite < total) {
      if (failure) throw failure;
      await flush();
      if (nextToWrite < total) await waitForWork();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
