import { type Socket, connect } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyBuffer, readBody } from '../../../src/node/http/body';
import { type RunningServer, serve } from '../../../src/node/http/server';
import { evaluate } from '../../support/untyped';

// A server no client can stall: memory per body, silent connections, the number of connections,
// odd input. Work and memory are counted where they can be; the times are generous bounds of
// what the server itself waits (its timeouts), never of how fast it computes.
const KiB = 1024;
const profile = {
  person: { birthDate: '1990-04-12', sex: 'male' },
  residency: { status: 'citizen' },
  asOf: '2025-06-15',
};

/** 1-byte Buffers cut from 64 KiB ones, as the HTTP parser hands out a body sent one byte a chunk. */
function oneByteChunks(text: string): Readable {
  const bytes = Buffer.from(text);
  const parents = Array.from({ length: Math.ceil(bytes.length / (64 * KiB)) }, (_, i) =>
    Buffer.from(bytes.subarray(i * 64 * KiB, (i + 1) * 64 * KiB)),
  );
  return Readable.from(
    Array.from({ length: bytes.length }, (_, i) =>
      (parents[Math.floor(i / (64 * KiB))] as Buffer).subarray(i % (64 * KiB), (i % (64 * KiB)) + 1),
    ),
  );
}

const closedWithin = (socket: Socket) => {
  const start = performance.now();
  return new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now() - start)));
};
const opened = (port: number) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });

describe('a body is copied into one buffer of at most the limit', () => {
  it('256 KiB sent one byte at a time is held in one buffer: at most 1 MiB, grown in at most 6 steps, the text intact', async () => {
    const text = JSON.stringify({ ...profile, pad: 'ы'.repeat(128 * KiB) });
    const buffer = new BodyBuffer(1024 * KiB);
    expect(await readBody(oneByteChunks(text), 1024 * KiB, buffer)).toBe(text);
    expect(buffer.length).toBe(Buffer.byteLength(text));
    expect(buffer.capacity).toBeLessThanOrEqual(2 * buffer.length);
    expect(buffer.capacity).toBeLessThanOrEqual(1024 * KiB);
    expect(buffer.allocations).toBeLessThanOrEqual(6);
  });

  it('a body over the limit is refused at the limit: nothing past it is kept, and reading stops', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(1, 'x'));
      },
    });
    const buffer = new BodyBuffer(16 * KiB);
    await expect(readBody(endless, 16 * KiB, buffer)).rejects.toMatchObject({ status: 413, code: 'body_too_large' });
    expect(buffer.length).toBe(16 * KiB);
    expect(buffer.capacity).toBe(16 * KiB);
    // The limit, the byte past it, and what the stream buffers of its own (its high-water mark) before it waits.
    expect(pulled).toBeLessThanOrEqual(16 * KiB + 1 + endless.readableHighWaterMark);
    endless.destroy();
  });

  it('a declared length is a ceiling, not an allocation: a client that declares 1 MiB and sends 10 bytes holds 16 KiB', () => {
    const buffer = new BodyBuffer(1024 * KiB, 1024 * KiB);
    buffer.append(Buffer.from('0123456789'));
    expect(buffer.capacity).toBe(16 * KiB);
  });
});

describe('the server under clients that stall', () => {
  let running: RunningServer;
  const port = () => Number(new URL(running.url).port);
  beforeAll(async () => {
    running = await serve({
      port: 0,
      log: () => {},
      today: () => '2025-06-15',
      headersTimeoutMs: 300,
      maxConnections: 8,
    });
  });
  afterAll(() => running.close());

  it('a body sent in 1-byte chunks (16 KiB, 6 bytes each on the wire) is decided as the library decides it', async () => {
    const body = JSON.stringify(profile).padEnd(16 * KiB, ' ');
    const socket = await opened(port());
    let answer = '';
    socket.on('data', (c) => (answer += c));
    const chunks = Array.from(body, (ch) => `1\r\n${ch}\r\n`).join('');
    socket.write(
      `POST /v1/decisions?locale=en HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunks}0\r\n\r\n`,
    );
    await new Promise((resolve) => socket.once('close', resolve));
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    const decision = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(decision).toEqual(JSON.parse(JSON.stringify(await evaluate(profile, { locale: 'en' }))));
  });

  it('a connection that sends nothing is closed after the header timeout (300 ms here; it used to stay open for ever)', async () => {
    const socket = await opened(port());
    const waited = await closedWithin(socket);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3000);
  });

  it('a keep-alive connection that has been answered is not cut by the header timeout', async () => {
    const socket = await opened(port());
    let answers = '';
    socket.on('data', (c) => (answers += c));
    const get = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    socket.write(get);
    await new Promise((resolve) => setTimeout(resolve, 600));
    socket.write(get);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answers.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    socket.destroy();
  });

  it('beyond maxConnections a connection is closed at once; once the silent ones are cut off, requests are answered', async () => {
    expect(running.server.maxConnections).toBe(8);
    const silent = await Promise.all(Array.from({ length: 8 }, () => opened(port())));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const extra = await opened(port());
    expect(await closedWithin(extra)).toBeLessThan(250);
    await Promise.all(silent.map(closedWithin));
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('a body still trickling in after the time limit (503), whose client then hangs up, leaves the server answering', async () => {
    const hurried = await serve({ port: 0, log: () => {}, timeoutMs: 50 });
    try {
      const socket = await opened(Number(new URL(hurried.url).port));
      let answer = '';
      socket.on('data', (c) => (answer += c));
      socket.write('POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"per');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 503 Service Unavailable');
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await fetch(`${hurried.url}/healthz`)).status).toBe(200);
    } finally {
      await hurried.close();
    }
  });

  it('a locale that is no string in the body is 422 at `locale`, not 500', async () => {
    const answer = await fetch(`${running.url}/v1/decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: { toString: 1 }, ...profile }),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'))).toEqual(['locale']);
  });
});
