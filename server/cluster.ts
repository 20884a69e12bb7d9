import cluster, { type Worker } from 'node:cluster';
import { answerMetricsAsk } from './modules/operations/index.js';

// The primary of a portal of several processes (PORTAL_PROCESSES). It serves nothing and holds no
// state: it starts the workers, which node:cluster lets listen on the one port (the primary accepts
// each connection and hands it to the workers in turn); it starts another in place of one that dies,
// after a pause that doubles while they keep dying young, so a worker that cannot start never spins;
// and it stops them, each draining its requests as a single process does. The workers share nothing
// but PostgreSQL. The one thing it relays: a scrape of /metrics, which reaches one worker, is answered
// with every listening worker's metrics added up (modules/operations/cluster-metrics.ts).

/** What a worker that could not start tells the primary before it exits (the primary says it once). */
export interface WorkerFailed {
  type: 'portal:failed';
  message: string;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;
/** A worker that lived this long died of something else than what killed the one before it. */
const STEADY_MS = 60_000;

/** The pause before a worker that lived `livedMs` is replaced, given the pause before it was started. */
export function restartDelay(previousMs: number, livedMs: number): number {
  if (livedMs >= STEADY_MS) return FIRST_DELAY_MS;
  return Math.min(MAX_DELAY_MS, Math.max(FIRST_DELAY_MS, previousMs * 2));
}

export interface WorkerOptions {
  count: number;
  /** Added to each worker's environment (the database's URL, which the primary opened). */
  env: Record<string, string>;
  log: (line: string) => void;
  /** How long a worker may take to drain and stop before it is killed (default 30 s). */
  stopTimeoutMs?: number;
}

export interface Workers {
  /** The port, once every worker listens; rejected with a worker's own words when one cannot start. */
  ready: Promise<number>;
  /** Stops every worker (SIGTERM: each drains its requests and closes its pool), then resolves. */
  stop: () => Promise<void>;
}

interface Slot {
  worker?: Worker;
  /** Its worker listens (a worker still starting has no metrics to give). */
  listening?: boolean;
  startedAt: number;
  delayMs: number;
  timer?: NodeJS.Timeout;
}

export function startWorkers(options: WorkerOptions): Workers {
  const { count, env, log } = options;
  const stopTimeout = options.stopTimeoutMs ?? 30_000;
  const slots: Slot[] = Array.from({ length: count }, () => ({ startedAt: 0, delayMs: 0 }));
  let listening = 0;
  let started = false;
  let stopping = false;
  let settle: { resolve: (port: number) => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));

  function fork(slot: Slot): void {
    slot.timer = undefined;
    slot.startedAt = Date.now();
    const worker = cluster.fork(env);
    slot.worker = worker;
    slot.listening = false;
    let failure: string | undefined;
    worker.on('message', (message: Partial<WorkerFailed>) => {
      if (message.type === 'portal:failed') failure = message.message;
      else answerMetricsAsk(worker, message, listeningWorkers);
    });
    worker.once('listening', (address: { port: number }) => {
      slot.listening = true;
      log(`server process ${worker.process.pid} listening${started ? ', in place of the one that exited' : ''}`);
      if (!started && (listening += 1) === count) {
        started = true;
        settle?.resolve(address.port);
      }
    });
    worker.once('exit', (code: number | null, signal: string | null) => {
      slot.worker = undefined;
      if (stopping) return;
      const how = signal ? `on ${signal}` : `with code ${code}`;
      if (!started) {
        // A start that fails (a port taken, the database refusing) fails again: say why and stop.
        settle?.reject(new Error(failure ?? `a server process exited ${how} while starting`));
        return;
      }
      slot.delayMs = restartDelay(slot.delayMs, Date.now() - slot.startedAt);
      log(`server process ${worker.process.pid} exited ${how}: another starts in ${slot.delayMs / 1000} s`);
      slot.timer = setTimeout(() => fork(slot), slot.delayMs);
    });
  }

  const listeningWorkers = () => slots.flatMap((slot) => (slot.worker && slot.listening ? [slot.worker] : []));

  for (const slot of slots) fork(slot);

  return {
    ready,
    async stop() {
      stopping = true;
      const running = slots.flatMap((slot) => {
        clearTimeout(slot.timer);
        return slot.worker && !slot.worker.isDead() ? [slot.worker] : [];
      });
      await Promise.all(
        running.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const kill = setTimeout(() => {
                log(`server process ${worker.process.pid} still draining after ${stopTimeout / 1000} s: killed`);
                worker.process.kill('SIGKILL');
              }, stopTimeout);
              worker.once('exit', () => {
                clearTimeout(kill);
                resolve();
              });
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
