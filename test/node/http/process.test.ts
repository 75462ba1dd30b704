import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `kz-health-coverage serve` as a user starts it: the built bin, one process or two workers,
// stopped by SIGTERM after the request in flight.
const bin = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const profile = JSON.stringify({
  person: { birthDate: '1990-04-12', sex: 'male' },
  residency: { status: 'citizen' },
  asOf: '2025-06-15',
});

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

/** The first line of stderr from `from` on that matches, as soon as it is written. */
function lineMatching(stderr: string[], pattern: RegExp, from = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line ${pattern} in: ${stderr.join(' | ')}`)), 10_000);
    const look = () => {
      const line = stderr.slice(from).find((l) => pattern.test(l));
      if (line === undefined) return void setTimeout(look, 20);
      clearTimeout(timer);
      resolve(line);
    };
    look();
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('kz-health-coverage serve', () => {
  it('answers, logs one JSON line per request on stdout, and on SIGTERM finishes the request in flight and exits 0', async () => {
    const { child, url, stdout, stderr } = await start([]);
    const first = await fetch(`${url}/v1/decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: profile,
    });
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
    const inFlight = fetch(`${url}/v1/decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit);
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
    expect(stderr[0]).toMatch(/\(2 processes: primary pid \d+, workers \d+, \d+\)$/);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${url}/v1/decisions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: profile,
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 20_000);

  it('a dead worker is forked again after a back-off, and the server goes on answering', async () => {
    const { child, url, stderr } = await start(['--workers', '2']);
    const [first] = (stderr[0]?.match(/workers (\d+), (\d+)\)$/) ?? []).slice(1).map(Number);
    process.kill(first as number, 'SIGKILL');
    const replaced = await lineMatching(stderr, new RegExp(`listening in place of pid ${first}$`));
    expect(stderr).toContain(`kz-health-coverage serve: worker pid ${first} exited (signal SIGKILL); forking another in 100 ms`);
    expect(replaced).toMatch(/^kz-health-coverage serve: worker pid \d+ listening in place of pid \d+$/);
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${url}/healthz`)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 20_000);

  it('when workers keep dying the primary stops, says why, and exits 1 (it used to exit 0 without a word)', async () => {
    const { child, stderr } = await start(['--workers', '2']);
    const exit = exited(child);
    let alive = (stderr[0]?.match(/workers (\d+), (\d+)\)$/) ?? []).slice(1).map(Number);
    // Kill every worker as soon as it is up: six deaths within a minute are more than five.
    for (let deaths = 0; deaths < 6; ) {
      for (const pid of alive) {
        process.kill(pid, 'SIGKILL');
        deaths += 1;
      }
      if (deaths >= 6) break;
      const line = await lineMatching(stderr, /listening in place of pid/, stderr.length);
      alive = [Number(line.match(/worker pid (\d+)/)?.[1])];
    }
    expect(await exit).toBe(1);
    expect(stderr.at(-1)).toBe('kz-health-coverage serve: stopped: workers keep dying (6 deaths in 60 s)');
    expect(stderr.some((l) => /forking another in 800 ms$/.test(l))).toBe(true);
  }, 30_000);

  it('usage errors exit 2', async () => {
    for (const args of [['--port', 'x'], ['--workers', '0'], ['extra'], ['--locale', 'en']]) {
      const child = spawn(process.execPath, [bin, 'serve', ...args], { stdio: 'ignore' });
      expect(await exited(child)).toBe(2);
    }
  });
});
