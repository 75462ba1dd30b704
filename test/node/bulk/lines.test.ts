import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LineSplitter, TOO_LONG, linesOf } from '../../../src/node/bulk/lines';
import { runNdjson } from '../../../src/node/bulk/run';
import { type CliIo, main } from '../../../src/node/cli/main';
import { createEvaluator } from '../../../src';

const workerUrl = pathToFileURL(join(__dirname, '..', '..', '..', 'dist', 'bulk-worker.js'));

// The line splitter of `evaluate --ndjson` and of POST /v1/decisions:batch: the work is counted
// (bytes looked at for a newline, bytes held), not timed. It used to look again at the whole
// pending text on every chunk: a 256 KiB line sent one byte at a time cost 12.9 s.
const MiB = 1024 * 1024;

describe('the line splitter looks at each byte once', () => {
  it('a 1 MiB line sent one byte at a time is scanned once: 1 MiB + 1 bytes looked at, the line whole', () => {
    const splitter = new LineSplitter(2 * MiB);
    const line = Buffer.from(`{"pad":"${'x'.repeat(MiB - 10)}"}\n`);
    const lines = [];
    for (let i = 0; i < line.length; i++) lines.push(...splitter.push(line.subarray(i, i + 1)));
    expect(splitter.scannedBytes).toBe(line.length);
    expect(lines).toEqual([line.subarray(0, -1).toString()]);
  });

  it('a 100 MiB line is dropped as it streams in: 100 MiB looked at once, at most 1 MiB + 1 held, then the next line', () => {
    const splitter = new LineSplitter(MiB);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const lines = [];
    for (let i = 0; i < 1600; i++) lines.push(...splitter.push(chunk));
    lines.push(...splitter.push(Buffer.from('\n{"a":1}\n')));
    expect(lines).toEqual([TOO_LONG, '{"a":1}']);
    expect(splitter.scannedBytes).toBe(1600 * chunk.length + 9);
    expect(splitter.peakHeldBytes).toBeLessThanOrEqual(MiB + 1);
  });

  it('through a stream of one-byte chunks the count is the same: each byte once', async () => {
    const text = `${'{"a":"ы"}\n'.repeat(2000)}{"last":true}`;
    const bytes = Buffer.from(text);
    const splitter = new LineSplitter(64);
    const seen = [];
    for await (const line of linesOf(Readable.from(Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1))), splitter))
      seen.push(line);
    expect(seen).toHaveLength(2001);
    expect(seen[0]).toBe('{"a":"ы"}');
    expect(seen.at(-1)).toBe('{"last":true}');
    expect(splitter.scannedBytes).toBe(bytes.length);
  });

  it('a line of exactly the limit passes, with or without \\r; one byte more is too long', () => {
    const splitter = new LineSplitter(5);
    expect(splitter.push(Buffer.from('12345\n12345\r\n123456\n123456\r\n'))).toEqual(['12345', '12345', TOO_LONG, TOO_LONG]);
    splitter.push(Buffer.from('1234567'));
    expect(splitter.end()).toBe(TOO_LONG);
    expect(splitter.end()).toBeUndefined();
  });
});

describe('evaluate --ndjson has the server’s line limit', () => {
  const profile = JSON.stringify({
    person: { birthDate: '1990-01-01', sex: 'male' },
    residency: { status: 'citizen' },
    asOf: '2025-06-15',
  });

  function cli(input: string[], args: string[]) {
    const out: string[] = [];
    const errors: string[] = [];
    let buffered = '';
    const output = new Writable({
      write(chunk, _encoding, done) {
        buffered += String(chunk);
        const parts = buffered.split('\n');
        buffered = parts.pop() ?? '';
        out.push(...parts);
        done();
      },
    });
    const io: CliIo = {
      out: () => {},
      err: (l) => errors.push(l),
      readFile: () => '',
      readStdin: () => '',
      today: () => '2025-06-15',
      openLines: () => ({ stream: Readable.from(input.map((c) => Buffer.from(c))) }),
      output,
      now: () => 0,
    };
    return main(['evaluate', '--ndjson', '-', '--locale', 'en', ...args], io).then((code) => ({
      code,
      out: out.map((l) => JSON.parse(l)),
      errors,
    }));
  }

  it('a line over 1 MiB is a too_big error line and the run goes on to the next line', async () => {
    const long = `{"pad":"${'x'.repeat(MiB)}"}\n`;
    const r = await cli([`${profile}\n`, long.slice(0, MiB / 2), long.slice(MiB / 2), `${profile}\n`], []);
    expect(r.code).toBe(0);
    expect(r.out.map((l) => l.error?.issues[0].code ?? l.insurance.status)).toEqual(['not_insured', 'too_big', 'not_insured']);
    expect(r.out[1]).toEqual({
      line: 2,
      error: { issues: [{ path: [], code: 'too_big', message: 'A line may hold at most 1048576 bytes' }] },
    });
    expect(r.errors).toEqual(['3 lines: 2 decisions, 1 invalid; 0.0 s, 3000 lines/s']);
  });

  it('--max-line-bytes sets the limit: 200 bytes cut a profile of more, and take one of less', async () => {
    const padded = JSON.stringify({ ...JSON.parse(profile), settlement: 'city' }).padEnd(250, ' ');
    const r = await cli([`${profile}\n${padded}\n`], ['--max-line-bytes', '200']);
    expect(r.out.map((l) => l.error?.issues[0].message ?? 'decision')).toEqual(['decision', 'A line may hold at most 200 bytes']);
    const usage = await cli([''], ['--max-line-bytes', '0']);
    expect(usage.code).toBe(2);
    expect(usage.errors[0]).toBe('--max-line-bytes must be a whole number from 1 to 1073741824');
  });

  it('with worker threads too: the limit goes to the workers with the lines', async () => {
    const long = `{"pad":"${'x'.repeat(300)}"}`;
    const lines: string[] = [];
    const output = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const options = { today: '2025-06-15', locale: 'en' as const, workers: 1, maxLineBytes: 200, workerUrl };
    await runNdjson(Readable.from([`${profile}\n${long}\n${profile}\n`]), output, () => createEvaluator(), options);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((l) => l.error?.issues[0].message ?? 'decision')).toEqual(['decision', 'A line may hold at most 200 bytes', 'decision']);
  });
});
