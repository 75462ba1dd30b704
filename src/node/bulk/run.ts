/**
 * `kz-health-coverage evaluate --ndjson` and `POST /v1/decisions:batch`: one profile a line in,
 * one Decision (or error) a line out, in input order, with backpressure; `workers` spreads the
 * lines over worker threads (`worker.ts`).
 */
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Evaluator } from '../../evaluator';
import { type LineOptions, decideLine } from './decide-line';
import { type ByteLine, LineSplitter, TOO_LONG, byteLinesOf, linesOf } from './lines';

/** A run's options: how each line is decided, and where. */
export interface BulkOptions extends LineOptions {
  /** 0: in this thread; N ≥ 1: N worker threads. */
  workers: number;
  /** Path of the built worker script (dist/bulk-worker.js). */
  workerUrl?: URL;
  /** The splitter of the input (default: one of `maxLineBytes`); its counters tell the work done. */
  splitter?: LineSplitter;
}

/** Lines read, and of them Decisions and error lines. */
export interface BulkSummary {
  lines: number;
  decisions: number;
  errors: number;
}

/**
 * Writes and waits while the stream's buffer is full (backpressure); rejects once the output is
 * gone (a client that hung up).
 */
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

/**
 * A batch as it travels to a worker: the lines' bytes one after another in one buffer (moved, not
 * copied), and each line's length, -1 for a line too long. The worker decodes them.
 */
export type Batch = { id: number; first: number; bytes: Uint8Array<ArrayBuffer>; lengths: Int32Array<ArrayBuffer> };
type Reply = { id: number; bytes: Uint8Array; ok: boolean[] } | { id: number; fault: string };

/** Packs lines into a batch: one copy of their bytes. */
export function packBatch(id: number, first: number, lines: readonly ByteLine[]): Batch {
  const lengths = new Int32Array(lines.length);
  let total = 0;
  lines.forEach((line, i) => {
    lengths[i] = line === TOO_LONG ? -1 : line.length;
    if (line !== TOO_LONG) total += line.length;
  });
  // Its own buffer (never Node's shared pool: it is moved to the worker), not zeroed: every byte is written.
  const bytes = new Uint8Array(Buffer.allocUnsafeSlow(total).buffer, 0, total);
  let offset = 0;
  for (const line of lines) {
    if (line === TOO_LONG) continue;
    bytes.set(line, offset);
    offset += line.length;
  }
  return { id, first, bytes, lengths };
}

/**
 * Reads NDJSON profiles from `input` and writes one NDJSON line per input line to `output`,
 * in input order. Reading waits for writing (and for the workers), so memory stays bounded
 * whatever the input size. `onLine` is called after each line is written (progress).
 */
export async function runNdjson(
  input: Readable,
  output: Writable,
  evaluator: () => Evaluator,
  options: BulkOptions,
  onLine: (summary: BulkSummary) => void = () => {},
): Promise<BulkSummary> {
  const summary: BulkSummary = { lines: 0, decisions: 0, errors: 0 };
  const count = (ok: boolean) => {
    summary.lines += 1;
    if (ok) summary.decisions += 1;
    else summary.errors += 1;
    onLine(summary);
  };
  const splitter = options.splitter ?? new LineSplitter(options.maxLineBytes);
  if (options.workers <= 0) {
    const local = evaluator();
    let n = 0;
    for await (const text of linesOf(input, splitter)) {
      n += 1;
      const result = await decideLine(local, text, n, options);
      await write(output, `${result.out}\n`);
      count(result.ok);
    }
    return summary;
  }
  return runWithWorkers(byteLinesOf(input, splitter), output, options, count).then(() => summary);
}

async function runWithWorkers(
  chunks: AsyncIterable<ByteLine[]>,
  output: Writable,
  options: BulkOptions,
  count: (ok: boolean) => void,
): Promise<void> {
  const url = options.workerUrl ?? new URL('./bulk-worker.js', import.meta.url);
  const { asOf, today, locale, trace, maxLineBytes } = options;
  const lineOptions: LineOptions = { asOf, today, locale, trace, maxLineBytes };
  const workers = Array.from({ length: options.workers }, () => new Worker(url, { workerData: lineOptions }));
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
        free.postMessage(batch, [batch.bytes.buffer, batch.lengths.buffer]);
        return;
      }
      await waitForWork();
    }
  };
  try {
    let lines: ByteLine[] = [];
    let id = 0;
    let n = 0;
    for await (const chunkLines of chunks) {
      for (const line of chunkLines) {
        lines.push(line);
        if (lines.length === BATCH) {
          await send(packBatch(id, n + 1, lines));
          id += 1;
          n += lines.length;
          lines = [];
        }
      }
    }
    if (lines.length > 0) {
      await send(packBatch(id, n + 1, lines));
      id += 1;
    }
    const total = id;
    while (nextToWrite < total) {
      if (failure) throw failure;
      await flush();
      if (nextToWrite < total) await waitForWork();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
