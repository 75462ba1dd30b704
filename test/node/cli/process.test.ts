import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../../src/node/cli/main';

// the CLI never shows a person a stack trace, exits quietly on a closed pipe,
// and uses exit 2 for its own faults. The bin is the built dist/cli.js (global setup builds it).
const bin = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const profile = { person: { birthDate: '1990-01-01', sex: 'male' }, residency: { status: 'citizen' } };

function child(args: string[], options: { closeStdout?: boolean; env?: Record<string, string> } = {}) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const proc = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (chunk) => (stderr += String(chunk)));
    // The reader goes away before the CLI writes: its first write meets a closed pipe.
    if (options.closeStdout) proc.stdout.destroy();
    else proc.stdout.resume();
    proc.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the CLI as a process', () => {
  it('a reader that closes the pipe early (… | head) makes it exit 0 without a word on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pipe-'));
    writeFileSync(join(dir, 'p.json'), JSON.stringify(profile));
    const r = await child(['evaluate', join(dir, 'p.json'), '--as-of', '2025-06-15', '--json'], { closeStdout: true });
    expect(r).toEqual({ code: 0, stderr: '' });
  });

  it('usage errors exit 2 with the usage, and no stack trace', async () => {
    const r = await child(['judge', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command judge');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('input errors of the CLI as a process: one line and exit 1 or 2, never a stack trace or an abort', () => {
  const oneLine = (stderr: string) => stderr.trimEnd().split('\n');

  it('evaluate --ndjson of a missing file exits 2 with one line', async () => {
    const r = await child(['evaluate', '--ndjson', join(tmpdir(), 'no-such-file.ndjson'), '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([`cannot read ${join(tmpdir(), 'no-such-file.ndjson')}`]);
  });

  it('evaluate --ndjson of a folder exits 2 with one line', async () => {
    const r = await child(['evaluate', '--ndjson', tmpdir(), '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([`cannot read ${tmpdir()}`]);
  });

  it('evaluate /dev/zero reads no further than 1 MiB and exits 1 with one line (it used to abort, exit 134)', async () => {
    const r = await child(['evaluate', '/dev/zero', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual(['/dev/zero is larger than 1048576 bytes']);
  });
});

describe('a fault of the program itself', () => {
  const io = (errors: string[]): CliIo => ({
    out: () => {
      throw new Error('disk full');
    },
    err: (line) => errors.push(line),
    readFile: () => JSON.stringify(profile),
    readStdin: () => '',
    today: () => '2025-06-15',
  });

  it('is one line on stderr and exit 2, never a stack trace', async () => {
    const errors: string[] = [];
    expect(await run(['evaluate', 'p.json', '--locale', 'en'], io(errors), {})).toBe(2);
    expect(errors).toEqual([
      'kz-health-coverage: internal error: disk full (a fault of this program, not of your input; DEBUG=kz-health-coverage shows where it happened)',
    ]);
  });

  it('shows where it happened when DEBUG names kz-health-coverage', async () => {
    const errors: string[] = [];
    expect(await run(['evaluate', 'p.json'], io(errors), { DEBUG: 'other,kz-health-coverage' })).toBe(2);
    expect(errors).toHaveLength(2);
    expect(errors[1]).toMatch(/^Error: disk full\n\s+at /);
  });

  it('still exits 2 when stderr fails as well', async () => {
    const silent: CliIo = {
      ...io([]),
      err: () => {
        throw new Error('stderr closed');
      },
    };
    expect(await run(['evaluate', 'p.json'], silent, {})).toBe(2);
  });
});
