import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../src';
import { LineSplitter, TOO_LONG, byteLinesOf, linesOf } from '../../../src/node/bulk/lines';
import { packBatch, runNdjson } from '../../../src/node/bulk/run';
import { type CliIo, main } from '../../../src/node/cli/main';

// evaluate --ndjson reads one profile a line and writes one line per input
// line, in input order, with backpressure; a bad line is an error line and the run goes on.
const profile = (birthDate: string, status = 'citizen') => JSON.stringify({ person: { birthDate, sex: 'male' }, residency: { status } });
const workerUrl = pathToFileURL(join(__dirname, '..', '..', '..', 'dist', 'bulk-worker.js'));
const options = { asOf: '2025-06-15', today: '2025-06-15', locale: 'en' as const, workers: 0, workerUrl };

function collect() {
  const lines: string[] = [];
  let buffered = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      buffered += String(chunk);
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      done();
    },
  });
  return { output, lines };
}

describe('lines of a stream', () => {
  it('splits on \\n and \\r\\n, keeps a UTF-8 character split across chunks whole, and yields a last line without newline', async () => {
    const bytes = Buffer.from('ru: Қазақстан\r\nsecond\n\nlast');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 9), bytes.subarray(9)];
    const lines: (string | symbol)[] = [];
    for await (const line of linesOf(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(['ru: Қазақстан', 'second', '', 'last']);
  });

  it('a line longer than the limit is skipped as it streams in and yielded as TOO_LONG, whether it ends in the chunk or later', async () => {
    const chunks = ['short\n', 'x'.repeat(8), 'x'.repeat(8), 'x\nok\n', 'y'.repeat(20)];
    const lines: (string | symbol)[] = [];
    for await (const line of linesOf(Readable.from(chunks), new LineSplitter(10))) lines.push(line);
    expect(lines).toEqual(['short', TOO_LONG, 'ok', TOO_LONG]);
  });
});

describe('lines as bytes, for the worker threads', () => {
  it('gives the same lines as the text splitter, undecoded: \\r\\n, a character split across chunks, an empty line, a last line', async () => {
    const bytes = Buffer.from('ru: Қазақстан\r\nsecond\n\nlast');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 9), bytes.subarray(9)];
    const lines: (string | symbol)[] = [];
    for await (const group of byteLinesOf(Readable.from(chunks)))
      for (const line of group) lines.push(line === TOO_LONG ? line : line.toString('utf8'));
    expect(lines).toEqual(['ru: Қазақстан', 'second', '', 'last']);
  });

  it('a line over the limit is TOO_LONG here too, and the splitter counts each byte once', async () => {
    const splitter = new LineSplitter(10);
    const lines: (string | symbol)[] = [];
    const chunks = ['short\n', 'x'.repeat(8), 'x'.repeat(8), 'x\nok\n', 'y'.repeat(20)];
    for await (const group of byteLinesOf(Readable.from(chunks), splitter))
      for (const line of group) lines.push(line === TOO_LONG ? line : line.toString('utf8'));
    expect(lines).toEqual(['short', TOO_LONG, 'ok', TOO_LONG]);
    expect(splitter.scannedBytes).toBe(chunks.join('').length);
  });

  it('a batch holds the bytes of its lines one after another and each length, -1 for a line too long', () => {
    const batch = packBatch(7, 65, [Buffer.from('ab'), TOO_LONG, Buffer.from(''), Buffer.from('Қ')]);
    expect(batch.id).toBe(7);
    expect(batch.first).toBe(65);
    expect([...batch.lengths]).toEqual([2, -1, 0, 2]);
    expect(Buffer.from(batch.bytes).toString('utf8')).toBe('abҚ');
    // Its own buffer, exactly the bytes: moving it to a worker detaches nothing else.
    expect(batch.bytes.buffer.byteLength).toBe(4);
  });
});

describe('evaluate --ndjson', () => {
  const input = [
    profile('2015-01-01'),
    '{not json',
    profile('1990-01-01'),
    JSON.stringify({ person: { birthDate: '1990-02-30', sex: 'x' } }),
    profile('1980-01-01', 'refugee'),
  ].join('\n');

  it.each([0, 1, 2])('with %i workers, writes a decision or an error line per input line, in input order', async (workers) => {
    const { output, lines } = collect();
    const summary = await runNdjson(Readable.from([input]), output, () => createEvaluator(), { ...options, workers });
    expect(summary).toEqual({ lines: 5, decisions: 3, errors: 2 });
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.insurance?.bases ?? p.error.issues.map((i: { code: string }) => i.code))).toEqual([
      ['osms.state-category.child'],
      ['invalid_json'],
      [],
      expect.arrayContaining(['invalid_date', 'invalid_value']),
      [],
    ]);
    expect(parsed[1].line).toBe(2);
    expect(parsed[3].line).toBe(4);
    expect(parsed[4].insurance.status).toBe('not_applicable');
  });

  it('worker threads answer odd bytes exactly as one thread does: invalid UTF-8, \\r\\n, a BOM, a line too long, no final newline', async () => {
    const parts = [
      Buffer.from(`${profile('1990-01-01')}\r\n`),
      Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d, 0x0a]),
      Buffer.from(`\ufeff${profile('1985-05-05')}\n`),
      Buffer.from(`{"person":{"birthDate":"1990-01-01","sex":"male"},"residency":{"status":"Қазақ"}}\n`),
      Buffer.from(`${'x'.repeat(300)}\n`),
      Buffer.from(profile('2001-01-01')),
    ];
    const whole = Buffer.concat(parts);
    // Cut into chunks of 5 bytes: characters and line ends fall across chunks.
    const chunks = Array.from({ length: Math.ceil(whole.length / 5) }, (_, i) => whole.subarray(i * 5, i * 5 + 5));
    const run = async (workers: number) => {
      const { output, lines } = collect();
      const summary = await runNdjson(Readable.from(chunks), output, () => createEvaluator(), { ...options, workers, maxLineBytes: 200 });
      return { summary, lines };
    };
    const one = await run(0);
    expect(one.summary).toEqual({ lines: 6, decisions: 2, errors: 4 });
    expect(JSON.parse(one.lines[4] as string).error.issues[0].code).toBe('too_big');
    expect(await run(2)).toEqual(one);
  });

  it('keeps input order across workers for 1,000 lines of different people', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => profile(`${1950 + (i % 70)}-0${1 + (i % 9)}-1${i % 10}`)).join('\n');
    const { output, lines } = collect();
    await runNdjson(Readable.from([many]), output, () => createEvaluator(), { ...options, workers: 2 });
    expect(lines).toHaveLength(1000);
    const sequential = collect();
    await runNdjson(Readable.from([many]), sequential.output, () => createEvaluator(), options);
    expect(lines).toEqual(sequential.lines);
  });

  it('reads no further than the writer lets it: with a stalled output, at most a bounded number of lines are read ahead', async () => {
    let read = 0;
    const total = 2000;
    const source = new Readable({
      read() {
        if (read >= total) return void this.push(null);
        read += 1;
        this.push(`${profile('1990-01-01')}\n`);
      },
    });
    let written = 0;
    let maxAhead = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        written += 1;
        maxAhead = Math.max(maxAhead, read - written);
        setImmediate(done);
      },
    });
    await runNdjson(source, slow, () => createEvaluator(), options);
    expect(written).toBe(total);
    // readline and the stream buffers hold a few chunks; the rest waits for the writer.
    // The source buffers 16 KiB (about 270 of these lines) and the writer one line: nothing more is read ahead.
    expect(maxAhead).toBeLessThan(500);
  });

  it("through the CLI: the summary line counts lines, decisions and invalid lines; without --as-of a line's own asOf or today counts", async () => {
    const { output, lines } = collect();
    const errors: string[] = [];
    const io: CliIo = {
      out: () => {},
      err: (l) => errors.push(l),
      readFile: () => '',
      readStdin: () => '',
      today: () => '2025-06-15',
      openLines: () => ({
        stream: Readable.from([
          `${profile('2000-01-01')}\n${JSON.stringify({ asOf: '2020-01-01', ...JSON.parse(profile('2000-01-01')) })}\n`,
        ]),
      }),
      output,
      now: () => 0,
    };
    expect(await main(['evaluate', '--ndjson', '-', '--locale', 'kk'], io)).toBe(0);
    expect(lines.map((l) => JSON.parse(l).asOf)).toEqual(['2025-06-15', '2020-01-01']);
    expect(lines.map((l) => JSON.parse(l).locale)).toEqual(['kk', 'kk']);
    expect(errors).toEqual(['жолдар: 2; шешімдер: 2, қателері барлар: 0; 0.0 с, секундына 2000 жол']);
  });

  it('usage errors exit 2: a bad worker count, two files, --json with --ndjson', async () => {
    const io: CliIo = {
      out: () => {},
      err: () => {},
      readFile: () => '',
      readStdin: () => '',
      today: () => '2025-06-15',
      openLines: () => ({ stream: new PassThrough() }),
      output: new PassThrough(),
    };
    expect(await main(['evaluate', '--ndjson', '--workers', 'two'], io)).toBe(2);
    expect(await main(['evaluate', '--ndjson', 'a', 'b'], io)).toBe(2);
    expect(await main(['evaluate', '--ndjson', '--json'], io)).toBe(2);
  });
});

describe('progress on a terminal', () => {
  it('shows lines, the rate and the time left when the input size is known, then clears the line', async () => {
    const text = `${[profile('2000-01-01'), profile('2001-01-01'), profile('2002-01-01')].join('\n')}\n`;
    const stream = Object.assign(Readable.from([text]), { bytesRead: text.length / 3 });
    let clock = 0;
    const shown: string[] = [];
    const io: CliIo = {
      out: () => {},
      err: () => {},
      readFile: () => '',
      readStdin: () => '',
      today: () => '2025-06-15',
      openLines: () => ({ stream, size: text.length }),
      output: collect().output,
      progress: (t) => shown.push(t),
      // Each look at the clock is one more second.
      now: () => (clock += 1000),
    };
    expect(await main(['evaluate', '--ndjson', 'p.ndjson', '--as-of', '2025-06-15', '--locale', 'en'], io)).toBe(0);
    // A third of the input read after 2 s: 4 s left.
    expect(shown[0]).toBe('1 lines, 1 lines/s — about 4 s left');
    expect(shown.at(-1)).toBe('');
  });
});
