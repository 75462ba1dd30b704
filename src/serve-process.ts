/**
 * `kz-health-coverage serve` as a process: one server, or a cluster of `workers` processes
 * sharing the port (node:cluster), stopped gracefully by SIGTERM or SIGINT.
 */
import cluster from 'node:cluster';
import { serve } from './serve';

export interface ServerProcessOptions {
  port: number;
  host: string;
  workers: number;
  /** Where the startup and shutdown lines go (stderr; stdout carries the access log). */
  say: (line: string) => void;
}

/** Runs until SIGTERM/SIGINT; resolves with the exit code once requests in flight have finished. */
export async function runServer(options: ServerProcessOptions): Promise<number> {
  if (options.workers >= 2 && cluster.isPrimary) return runCluster(options);
  const running = await serve({ port: options.port, host: options.host });
  if (cluster.isWorker) process.send?.({ listening: running.url });
  else options.say(`kz-health-coverage serve: listening on ${running.url} (1 process, pid ${process.pid})`);
  await stopSignal();
  await running.close();
  // A worker's channel to the primary would keep it alive.
  if (cluster.isWorker) process.disconnect();
  else options.say('kz-health-coverage serve: stopped');
  return 0;
}

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

async function runCluster(options: ServerProcessOptions): Promise<number> {
  const workers = Array.from({ length: options.workers }, () => cluster.fork());
  const listening = await Promise.all(
    workers.map((worker) => new Promise<string>((resolve, reject) => {
      worker.once('message', (message: { listening?: string }) => (message.listening ? resolve(message.listening) : reject(new Error('a worker did not start'))));
      worker.once('exit', (code) => reject(new Error(`a worker exited with code ${code} before listening`)));
    })),
  );
  options.say(`kz-health-coverage serve: listening on ${listening[0]} (${options.workers} processes, pid ${process.pid})`);
  await stopSignal();
  // Each worker stops taking connections and finishes what it has before it exits.
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          worker.once('exit', () => resolve());
          worker.process.kill('SIGTERM');
        }),
    ),
  );
  options.say('kz-health-coverage serve: stopped');
  return 0;
}
