import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `kz-health-coverage serve` as a user starts it: the built bin, one process or two workers,
// stopped by SIGTERM after the request in flight.
const bin = join(__dirname, '..', '..', 'dist', 'cli.js');
const profile = JSON.stringify({ person: { birthDate: '1990-04-12', sex: 'male' }, residency: { status: 'citizen' }, asOf: '2025-06-15' });

function start(args: string[]): Promise<{ child: ChildProcess; url: string; stdout: string[]; stderr: string[] }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout?.on('data', (c) => stdout.push(...String(c).split('\n').filter(Boolean)));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (c) => {
      stderr.push(...String(c).split('\n').filter(Boolean));
      const listening = stderr.join('\n').match(/listening on (http:\/\/\S+)/);
      if (listening) resolve({ child, url: listening[1] as string, stdout, stderr });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr.join(' ')}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('kz-health-coverage serve', () => {
  it('answers, logs one JSON line per request on stdout, and on SIGTERM finishes the request in flight and exits 0', async () => {
    const { child, url, stdout, stderr } = await start([]);
    const first = await fetch(`${url}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: profile });
    expect(first.status).toBe(200);
    // A request still sending its body when SIGTERM arrives.
    const controller = new AbortController();
    let push: (chunk: string) => void = () => {};
    let finish: () => void = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        push = (chunk) => c.enqueue(new TextEncoder().encode(chunk));
        finish = () => c.close();
      },
    });
    const inFlight = fetch(`${url}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half', signal: controller.signal } as RequestInit);
    push(profile.slice(0, 15));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const exit = exited(child);
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    push(profile.slice(15));
    finish();
    expect((await inFlight).status).toBe(200);
    expect(await exit).toBe(0);
    expect(stderr.at(-1)).toBe('kz-health-coverage serve: stopped');
    const lines = stdout.map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['POST', '/v1/decisions', 200],
      ['POST', '/v1/decisions', 200],
    ]);
  }, 20_000);

  it('with --workers 2 two processes share the port, and SIGTERM stops both', async () => {
    const { child, url, stderr } = await start(['--workers', '2']);
    expect(stderr[0]).toMatch(/\(2 processes, pid \d+\)$/);
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: profile })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 20_000);

  it('usage errors exit 2', async () => {
    for (const args of [['--port', 'x'], ['--workers', '0'], ['extra'], ['--locale', 'en']]) {
      const child = spawn(process.execPath, [bin, 'serve', ...args], { stdio: 'ignore' });
      expect(await exited(child)).toBe(2);
    }
  });
});
