import autocannon from 'autocannon';
import pg from 'pg';

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Runs `once` back to back (one at a time) for `seconds` after a warm-up; latencies in milliseconds. */
export async function latency(once: () => Promise<void>, seconds: number): Promise<Latency> {
  for (let i = 0; i < 5; i += 1) await once();
  const samples: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)];
  return { samples: samples.length, p50: at(50), p95: at(95), p99: at(99) };
}

/** One GraphQL request over HTTP; throws when the answer carries errors, so no failure is timed as a success. */
export function graphqlRequest(
  url: string,
  query: string,
  variables: () => Record<string, unknown>,
  headers: Record<string, string> = {},
): () => Promise<void> {
  return async () => {
    const body = JSON.stringify({ query, variables: variables() });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const result = (await response.json()) as { errors?: { message: string }[] };
    if (result.errors) throw new Error(`GraphQL error: ${result.errors[0].message}`);
  };
}

export function sqlQuery(client: pg.Client, sql: string): () => Promise<void> {
  return async () => {
    await client.query(sql);
  };
}

/** Sustained load with `connections` clients in parallel (autocannon): requests per second and latencies meanwhile. */
export interface Throughput {
  requestsPerSecond: number;
  /** Latency of a request under that load, in milliseconds. */
  p50: number;
  p99: number;
  /** Requests that failed (a socket error or a 10 s timeout) or answered other than 2xx: said, not fatal. */
  failed: number;
}

export async function throughput(
  url: string,
  query: string,
  seconds: number,
  headers: Record<string, string> = {},
  connections = 16,
): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
    connections,
    duration: seconds,
  });
  const failed = result.errors + result.non2xx;
  if (failed)
    console.error(
      `[bench] under load: ${result.errors} errors (timeouts ${result.timeouts}), ${result.non2xx} non-2xx answers of ${result.requests.total}`,
    );
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed };
}
