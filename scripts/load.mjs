#!/usr/bin/env node
// npm run load: `kz-health-coverage serve` under load on the loopback, bounded in time. For
// --workers 1 and --workers 2: autocannon at a concurrency of 50 for LOAD_SECONDS (default 30)
// on POST /v1/decisions with 500 seeded profiles, reporting requests/s, p50/p99 latency, errors
// and the peak RSS of the server's processes. Then faults against a one-process server while a
// steady load runs beside them: malformed JSON, a 50 MB body (declared, and chunked), clients
// that hang up mid-batch, a 50 MB batch line, slow clients that never finish their headers; the
// steady load must see no error and the server's memory must stay bounded. Results:
// bench/results/load.json. Not part of CI's tests.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import fc from 'fast-check';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const { arbitraries } = await import(join(root, 'dist', 'testing.js'));
const profiles = fc.sample(arbitraries.profile(), { seed: 20261201, numRuns: 500 }).map((p) => JSON.stringify(p));

/** Starts the built server on a free loopback port; resolves with its URL and its process. */
function start(workers) {
  const child = spawn(
    process.execPath,
    [join(root, 'dist', 'cli.js'), 'serve', '--port', '0', '--host', '127.0.0.1', '--workers', String(workers)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolveStart, reject) => {
    let err = '';
    child.stderr.on('data', (c) => {
      err += c;
      const m = err.match(/listening on (http:\/\/\S+)/);
      if (m) resolveStart({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

/** The resident memory of a process and its children (the cluster's workers), in MB. */
function rssMb(pid) {
  const pids = [pid];
  try {
    pids.push(...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {}
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}

function watchMemory(pid) {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  return { stop: () => (clearInterval(timer), Math.round(peak)), now: () => Math.round(rssMb(pid)) };
}

/** autocannon on POST /v1/decisions, as fast as the server answers; each profile carries its own asOf. */
function load(url, seconds, connections) {
  let i = 0;
  return autocannon({
    url: `${url}/v1/decisions`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: profiles[i++ % profiles.length] }),
      },
    ],
  });
}

/**
 * A small open-loop client of our own: `rate` requests a second, spread evenly (one batch a
 * millisecond, not a burst a second as autocannon's overallRate sends), over at most
 * `connections` keep-alive sockets; each latency counts from the moment the request was due, so a
 * stalled server is not hidden (no coordinated omission).
 */
async function steadyRate(url, seconds, connections, rate) {
  const { Agent } = await import('node:http');
  // fifo: every socket is used in turn, so none idles into the server's keep-alive timeout and is
  // reused just as the server closes it (an ECONNRESET of the client, not of the server).
  const agent = new Agent({ keepAlive: true, maxSockets: connections, scheduling: 'fifo' });
  const target = new URL(`${url}/v1/decisions`);
  const latencies = [];
  let errors = 0;
  const errorCodes = {};
  let non2xx = 0;
  let sent = 0;
  let done = 0;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  await new Promise((finish) => {
    const fire = (due, body) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode < 200 || res.statusCode > 299) non2xx += 1;
            if (++done === total) finish();
          });
        },
      );
      req.on('error', (error) => {
        errors += 1;
        errorCodes[error.code ?? error.message] = (errorCodes[error.code ?? error.message] ?? 0) + 1;
        if (++done === total) finish();
      });
      req.end(body);
    };
    const tick = setInterval(() => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - started) / 1000) * rate));
      for (; sent < due; sent++) fire(started + (sent / rate) * 1000, profiles[sent % profiles.length]);
      if (sent === total) clearInterval(tick);
    }, 1);
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return {
    rate,
    requests: total,
    requestsPerSecond: Math.round(total / ((performance.now() - started) / 1000)),
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) },
    errors,
    ...(errors ? { errorCodes } : {}),
    non2xx,
  };
}

const summary = (r) => ({
  requestsPerSecond: Math.round(r.requests.average),
  requests: r.requests.total,
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
});

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cpus: cpus().length,
  seconds: SECONDS,
  connections: CONNECTIONS,
  runs: {},
  faults: {},
};

for (const workers of [1, 2]) {
  const { child, url } = await start(workers);
  const memory = watchMemory(child.pid);
  await load(url, 2, 10); // warm-up
  // As fast as the server answers (closed loop): the rate it sustains, and its latency when saturated.
  const max = await load(url, SECONDS, CONNECTIONS);
  // Then at 70 % and 50 % of that rate, evenly spread over up to 50 connections: the latency of a server that keeps up.
  const at70Percent = await steadyRate(url, SECONDS, CONNECTIONS, Math.round(max.requests.average * 0.7));
  const at50Percent = await steadyRate(url, SECONDS, CONNECTIONS, Math.round(max.requests.average * 0.5));
  results.runs[`workers${workers}`] = { saturated: summary(max), at70Percent, at50Percent, peakRssMb: memory.stop() };
  console.log(`--workers ${workers}: ${JSON.stringify(results.runs[`workers${workers}`])}`);
  child.kill('SIGTERM');
  await new Promise((r2) => child.once('exit', r2));
}

// Faults, with a steady load beside them.
const { child, url } = await start(1);
const port = Number(new URL(url).port);
await load(url, 2, 10);
const baseline = rssMb(child.pid);
const memory = watchMemory(child.pid);
const steady = load(url, Math.max(15, Math.round(SECONDS / 2)), 10);

const send = (path, headers, write) =>
  new Promise((resolveSend) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      res.resume();
      resolveSend(res.statusCode);
    });
    // A server that answers 413 and closes while the body is still being written makes the
    // writer fail (EPIPE): the answer, when it came, is what counts.
    req.on('error', (e) => setTimeout(() => resolveSend(`error ${e.code}`), 200));
    write(req);
  });
const count = (list) => {
  const counts = {};
  for (const s of list) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
};

const malformed = await Promise.all(
  Array.from({ length: 200 }, (_, i) => send('/v1/decisions', { 'content-type': 'application/json' }, (req) => req.end(`{"person": ${i}`))),
);
results.faults.malformedJson = { sent: 200, statuses: count(malformed) };

const fifty = 'x'.repeat(1024 * 1024);
const declared = await send('/v1/decisions', { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) }, (req) => {
  req.write(fifty);
  req.on('error', () => {});
  setTimeout(() => req.destroy(), 500);
});
const chunked = await send('/v1/decisions', { 'content-type': 'application/json' }, (req) => {
  let sent = 0;
  const more = () => {
    while (sent < 50 && req.write(fifty)) sent += 1;
    if (sent < 50) req.once('drain', () => ((sent += 1), more()));
    else req.end();
  };
  req.on('error', () => {});
  more();
});
results.faults.body50MB = { declaredLength: declared, chunked };

const hangUps = await Promise.all(
  Array.from(
    { length: 10 },
    () =>
      new Promise((resolveHang) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/v1/decisions:batch', method: 'POST', headers: { 'content-type': 'application/x-ndjson' } },
          (res) => {
            res.once('data', () => {
              req.destroy();
              resolveHang('hung up after the first output');
            });
          },
        );
        req.on('error', () => {});
        for (let i = 0; i < 2000; i++) req.write(`${profiles[i % profiles.length]}\n`);
      }),
  ),
);
results.faults.hangUpMidBatch = { clients: hangUps.length };

const longLine = await new Promise((resolveLine) => {
  let out = '';
  const req = request(
    { host: '127.0.0.1', port, path: '/v1/decisions:batch', method: 'POST', headers: { 'content-type': 'application/x-ndjson' } },
    (res) => {
      res.on('data', (c) => (out += c));
      res.on('end', () =>
        resolveLine(
          out
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l).error?.issues?.[0]?.code ?? 'decision'),
        ),
      );
    },
  );
  for (let i = 0; i < 50; i++) req.write(fifty);
  req.end(`\n${profiles[0]}\n`);
});
results.faults.batchLine50MB = { lines: longLine };

const slow = await Promise.all(
  Array.from(
    { length: 20 },
    () =>
      new Promise((resolveSlow) => {
        const started = Date.now();
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => {});
        socket.write('POST /v1/decisions HTTP/1.1\r\nHost: x\r\n');
        const drip = setInterval(() => socket.write('X-A: b\r\n'), 1000);
        socket.on('close', () => {
          clearInterval(drip);
          resolveSlow(Math.round((Date.now() - started) / 1000));
        });
      }),
  ),
);
results.faults.slowClients = { clients: slow.length, cutOffAfterSeconds: Math.max(...slow) };

const s = await steady;
results.faults.steadyLoadBeside = { ...summary(s) };
results.faults.rssMb = { before: Math.round(baseline), peak: memory.stop(), after: Math.round(rssMb(child.pid)) };
child.kill('SIGTERM');
await new Promise((r2) => child.once('exit', r2));

console.log(JSON.stringify(results.faults, null, 1));
writeFileSync(join(root, 'bench', 'results', 'load.json'), `${JSON.stringify(results, null, 2)}\n`);
const line = (w, run) => {
  const m = run.saturated;
  const at = (k) => `at ${k.rate} req/s p50 ${k.latencyMs.p50} ms, p99 ${k.latencyMs.p99} ms`;
  const errors = [m, run.at70Percent, run.at50Percent].reduce((n, r) => n + r.errors + r.non2xx, 0);
  return `workers ${w}: ${m.requestsPerSecond} req/s (p50 ${m.latencyMs.p50} ms, p99 ${m.latencyMs.p99} ms saturated; ${at(run.at70Percent)}; ${at(run.at50Percent)}), errors ${errors}, peak RSS ${run.peakRssMb} MB`;
};
console.log(
  `load: ${line(1, results.runs.workers1)}; ${line(2, results.runs.workers2)}; faults: steady load ${s.errors + s.non2xx} errors of ${s.requests.total}, RSS ${results.faults.rssMb.before} → peak ${results.faults.rssMb.peak} MB`,
);
