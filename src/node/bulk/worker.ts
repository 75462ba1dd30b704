/** A worker thread of `evaluate --ndjson --workers N`: decides the batches of lines it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { createEvaluator } from '../../evaluator';
import { type LineOptions, decideLine } from './decide-line';
import { TOO_LONG } from './lines';

const options = workerData as LineOptions;
const evaluator = createEvaluator({ locale: options.locale });
let queue = Promise.resolve();
const encoder = new TextEncoder();

parentPort?.on('message', (batch: { id: number; lines: { line: number; text: string | null }[] }) => {
  // One batch after another: the replies come back in the order the batches came.
  queue = queue.then(async () => {
    try {
      const outs: string[] = [];
      const ok: boolean[] = [];
      for (const { line, text } of batch.lines) {
        const result = await decideLine(evaluator, text ?? TOO_LONG, line, options);
        outs.push(result.out);
        ok.push(result.ok);
      }
      // The batch's output as UTF-8 bytes, handed over without a copy: the main thread only writes them.
      const bytes = encoder.encode(`${outs.join('\n')}\n`);
      parentPort?.postMessage({ id: batch.id, bytes, ok }, [bytes.buffer]);
    } catch (error) {
      parentPort?.postMessage({ id: batch.id, fault: error instanceof Error ? error.message : String(error) });
    }
  });
});
