#!/usr/bin/env node
import { run } from './main';

// A reader that stops early (`… | head`) closes the pipe: that is no error, so exit quietly.
// Any other failure of the output streams is a fault of this program: exit 2 without a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2));
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  // `run` reports every failure itself; should it ever reject, one line and exit 2, no trace.
  (error: unknown) => {
    process.stderr.write(`kz-health-coverage: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
