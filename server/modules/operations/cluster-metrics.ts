import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue, type Registry } from 'prom-client';

// /metrics of a portal of several processes. The primary accepts connections and hands them to the
// server processes, so a scrape reaches one of them, which alone knows its own counts. That process
// asks the primary (cluster IPC); the primary asks every server process that listens for its metrics,
// adds them up (prom-client's AggregatorRegistry.aggregate: counters and histograms summed, the pool
// gauges kept apart by their `process` label) and answers the one that asked. The primary still
// serves no HTTP and holds no state. prom-client's own clusterMetrics() is not used: it asks every
// worker, one still starting included, and fails the whole scrape after 5 s if one does not answer;
// here a process that does not answer within the time is left out of that scrape.

type Metrics = MetricObjectWithValues<MetricValue<string>>[];

/** A server process asks the primary for the whole portal's metrics. */
interface Ask {
  type: 'portal:metrics-ask';
  id: number;
}
/** The primary asks each server process for its own. */
interface Collect {
  type: 'portal:metrics-collect';
  id: number;
}
interface Part {
  type: 'portal:metrics-part';
  id: number;
  metrics: Metrics;
}
interface Answer {
  type: 'portal:metrics-answer';
  id: number;
  text?: string;
  error?: string;
}
type Message = Partial<Ask | Collect | Part | Answer>;

/** How long the primary waits for a server process's metrics, and a server process for the primary's answer. */
const PART_TIMEOUT_MS = 2_000;
const ANSWER_TIMEOUT_MS = 5_000;

/**
 * In a server process of a cluster: answers the primary's requests for this process's metrics, and
 * returns the function that asks the primary for every process's. Outside a cluster, undefined. `stop`
 * removes the listener.
 */
export function clusterMetricsOf(registry: Registry): { ask: () => Promise<string>; stop: () => void } | undefined {
  if (!cluster.isWorker) return undefined;
  const pending = new Map<number, (answer: Answer) => void>();
  let next = 0;
  const onMessage = (message: Message) => {
    if (message.type === 'portal:metrics-collect' && message.id !== undefined) {
      const { id } = message;
      void registry
        .getMetricsAsJSON()
        .then((metrics) => process.send?.({ type: 'portal:metrics-part', id, metrics } satisfies Part));
    } else if (message.type === 'portal:metrics-answer' && message.id !== undefined) {
      pending.get(message.id)?.(message as Answer);
    }
  };
  process.on('message', onMessage);
  return {
    stop: () => process.off('message', onMessage),
    ask: () =>
      new Promise<string>((resolve, reject) => {
        const id = next++;
        const timer = setTimeout(
          () => settle({ type: 'portal:metrics-answer', id, error: 'the primary did not answer' }),
          ANSWER_TIMEOUT_MS,
        );
        function settle(answer: Answer) {
          clearTimeout(timer);
          pending.delete(id);
          if (answer.text === undefined) reject(new Error(answer.error ?? 'no metrics'));
          else resolve(answer.text);
        }
        pending.set(id, settle);
        process.send?.({ type: 'portal:metrics-ask', id } satisfies Ask);
      }),
  };
}

let collections = 0;

/**
 * In the primary: answers a server process's ask (a message it sent) with the sum of the metrics of
 * `workers` (those listening). Any other message is left alone; returns whether it was an ask.
 */
export function answerMetricsAsk(from: Worker, message: unknown, workers: () => Worker[]): boolean {
  const ask = message as Message;
  if (ask.type !== 'portal:metrics-ask' || ask.id === undefined) return false;
  const { id } = ask;
  void collect(workers()).then(
    (text) => from.isConnected() && from.send({ type: 'portal:metrics-answer', id, text } satisfies Answer),
    (error: unknown) =>
      from.isConnected() && from.send({ type: 'portal:metrics-answer', id, error: String(error) } satisfies Answer),
  );
  return true;
}

async function collect(workers: Worker[]): Promise<string> {
  const id = collections++;
  const parts = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<Metrics | undefined>((resolve) => {
          const done = (metrics: Metrics | undefined) => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            resolve(metrics);
          };
          const onMessage = (message: Message) => {
            if (message.type === 'portal:metrics-part' && message.id === id) done((message as Part).metrics);
          };
          const timer = setTimeout(() => done(undefined), PART_TIMEOUT_MS);
          worker.on('message', onMessage);
          if (worker.isConnected()) worker.send({ type: 'portal:metrics-collect', id } satisfies Collect);
          else done(undefined);
        }),
    ),
  );
  return AggregatorRegistry.aggregate(parts.filter((part) => part !== undefined)).metrics();
}
