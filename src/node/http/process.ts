/**
 * `kz-health-coverage serve` as a process: one server, or a cluster of `workers` processes
 * sharing the port (node:cluster) whose dead workers are forked again; stopped gracefully by
 * SIGTERM or SIGINT.
 */
import cluster, { type Worker } from 'node:cluster';
import { workerExecArgv } from '../limits';
import { afterDeath, restartPolicy } from './restarts';
import { type ServeOptions, serve } from './server';

/** What the CLI starts a server with. */
export interface ServerProcessOptions {
  port: number;
  host: string;
  workers: number;
  cors?: readonly string[];
  /** Where the startup and shutdown lines go (stderr; stdout carries the access log). */
  say: (line: string) => void;
}

const PREFIX = 'kz-health-coverage serve';

/**
 * Runs until SIGTERM/SIGINT; resolves with the exit code once requests in flight have finished
 * (1 when the workers of a cluster kept dying).
 *
 * @example
 * process.exitCode = await runServer({ port: 8080, host: '127.0.0.1', workers: 1, say: console.error })
 */
export async function runServer(options: ServerProcessOptions): Promise<number> {
  if (options.workers >= 2 && cluster.isPrimary) return runCluster(options);
  const serveOptions: ServeOptions = {
    port: options.port,
    host: options.host,
    ...(options.cors ? { cors: options.cors } : {}),
  };
  const running = await serve(serveOptions);
  if (cluster.isWorker) process.send?.({ listening: running.url });
  else options.say(`${PREFIX}: listening on ${running.url} (1 process, pid ${process.pid})`);
  await stopSignal();
  await running.close();
  // A worker's channel to the primary would keep it alive.
  if (cluster.isWorker) process.disconnect();
  else options.say(`${PREFIX}: stopped`);
  return 0;
}

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

/** The primary: forks the workers, forks a dead one again after a back-off, gives up if they keep dying. */
function runCluster(options: ServerProcessOptions): Promise<number> {
  const { say } = options;
  const policy = restartPolicy(options.workers);
  const live = new Set<Worker>();
  const deaths: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  // Each worker with a young generation sized for decisions (src/node/limits.ts).
  cluster.setupPrimary({ execArgv: workerExecArgv() });
  let listening = 0;
  let announced = false;
  let stopping = false;
  let failure: string | undefined;

  return new Promise<number>((resolve) => {
    const finish = () => {
      if (live.size > 0) return;
      say(failure === undefined ? `${PREFIX}: stopped` : `${PREFIX}: stopped: ${failure}`);
      resolve(failure === undefined ? 0 : 1);
    };
    const stop = () => {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      // Each worker stops taking connections and finishes what it has before it exits.
      for (const worker of live) worker.process.kill('SIGTERM');
      finish();
    };
    const fork = (replacing?: number) => {
      const worker = cluster.fork();
      live.add(worker);
      worker.on('message', (message: { listening?: string }) => {
        if (typeof message?.listening !== 'string') return;
        listening += 1;
        if (replacing !== undefined) say(`${PREFIX}: worker pid ${worker.process.pid} listening in place of pid ${replacing}`);
        if (!announced && listening >= options.workers) {
          announced = true;
          const pids = [...live].map((w) => w.process.pid).join(', ');
          say(
            `${PREFIX}: listening on ${message.listening} ` + `(${options.workers} processes: primary pid ${process.pid}, workers ${pids})`,
          );
        }
      });
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        if (stopping) return finish();
        const how = signal ? `signal ${signal}` : `code ${code}`;
        const now = Date.now();
        deaths.push(now);
        const next = afterDeath(deaths, now, policy);
        if ('giveUp' in next) {
          failure = next.giveUp;
          say(`${PREFIX}: worker pid ${worker.process.pid} exited (${how}); ${next.giveUp}: stopping`);
          return stop();
        }
        say(`${PREFIX}: worker pid ${worker.process.pid} exited (${how}); forking another in ${next.delayMs} ms`);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!stopping) fork(worker.process.pid);
        }, next.delayMs);
        timers.add(timer);
      });
    };
    for (let i = 0; i < options.workers; i++) fork();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
