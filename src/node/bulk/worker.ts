/** A worker thread of `evaluate --ndjson --workers N`: decides the batches of lines it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { createEvaluator } from '../../evaluator';
import { type LineOptions, decideLine } from './decide-line';
import { TOO_LONG } from './lines';
import type { Batch } from './run';

const options = workerData as LineOptions;
const evaluator = createEvaluator({ locale: options.locale });
let queue = Promise.resolve();

parentPort?.on('message', (batch: Batch) => {
  // One batch after another: the replies come back in the order the batches came.
  queue = queue.then(async () => {
    try {
      const outs: string[] = [];
      const ok: boolean[] = [];
      const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
      let offset = 0;
      for (let i = 0; i < batch.lengths.length; i++) {
        const length = batch.lengths[i] as number;
        // The line's text, decoded here as the main thread would have (an invalid sequence becomes U+FFFD).
        const text = length < 0 ? TOO_LONG : bytes.toString('utf8', offset, offset + length);
        if (length > 0) offset += length;
        const result = await decideLine(evaluator, text, batch.first + i, options);
        outs.push(result.out);
        ok.push(result.ok);
      }
      // The batch's output as UTF-8 bytes, handed over without a copy: the main thread only writes them.
      // Each line is encoded straight into one buffer (room for 3 bytes a UTF-16 unit, not zeroed:
      // only the pages written are touched), never joined into one large string first.
      let room = 0;
      for (const out of outs) room += out.length * 3 + 1;
      const buffer = Buffer.allocUnsafeSlow(room);
      let length = 0;
      for (const out of outs) {
        length += buffer.write(out, length, 'utf8');
        buffer[length++] = 0x0a;
      }
      parentPort?.postMessage({ id: batch.id, bytes: buffer.subarray(0, length), ok }, [buffer.buffer]);
    } catch (error) {
      parentPort?.postMessage({ id: batch.id, fault: error instanceof Error ? error.message : String(error) });
    }
  });
});
