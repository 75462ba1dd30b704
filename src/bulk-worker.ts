/** A worker thread of `evaluate --ndjson --workers N`: decides the batches of lines it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { decideLine } from './bulk';
import { createEvaluator } from './evaluator';

const options = workerData as { locale: 'ru' | 'kk' | 'en' | 'ky'; asOf?: string; today: string };
const evaluator = createEvaluator({ locale: options.locale });
let queue = Promise.resolve();

parentPort?.on('message', (batch: { id: number; lines: { line: number; text: string }[] }) => {
  // One batch after another: the replies come back in the order the batches came.
  queue = queue.then(async () => {
    try {
      const out = [];
      for (const { line, text } of batch.lines) out.push(await decideLine(evaluator, text, line, options));
      parentPort?.postMessage({ id: batch.id, out });
    } catch (error) {
      parentPort?.postMessage({ id: batch.id, fault: error instanceof Error ? error.message : String(error) });
    }
  });
});
