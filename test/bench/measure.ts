import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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
  return (await alternately([once], seconds))[0];
}

/**
 * Runs several requests in turn, one at a time, for `seconds` in all after a warm-up of each: a round
 * runs each once, the first of a round moving one place a round, so none always follows the same
 * other. Their latencies (milliseconds, one set per request) are measured over the same minutes, so
 * the machine's drift falls on all alike: a ratio of two measured one after the other moved by ±20 %
 * from run to run on a shared machine whose speed drifts from minute to minute.
 */
export async function alternately(onces: readonly (() => Promise<void>)[], seconds: number): Promise<Latency[]> {
  for (let i = 0; i < 5; i += 1) for (const once of onces) await once();
  const samples = onces.map((): number[] => []);
  const until = performance.now() + seconds * 1000;
  for (let round = 0; performance.now() < until; round += 1) {
    for (let j = 0; j < onces.length; j += 1) {
      const k = (round + j) % onces.length;
      const started = performance.now();
      await onces[k]();
      samples[k].push(performance.now() - started);
    }
  }
  return samples.map(percentiles);
}

function percentiles(samples: number[]): Latency {
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)];
  return { samples: samples.length, p50: at(50), p95: at(95), p99: at(99) };
}

/**
 * One GraphQL request over HTTP, as a browser sends it (compressed answers accepted), on a kept-alive
 * connection of node:http: fetch (undici) spent about 1.5 ms of the bench's own CPU per request, which
 * every latency then counted as the portal's. Throws when the answer carries errors, so no failure is
 * timed as a success.
 */
export function graphqlRequest(
  url: string,
  query: string,
  variables: () => Record<string, unknown>,
  headers: Record<string, string> = {},
): () => Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return () =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ query, variables: variables() });
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'accept-encoding': 'br, gzip',
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const encoding = response.headers['content-encoding'];
              const raw = Buffer.concat(chunks);
              const text = (
                encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw
              ).toString();
              const result = JSON.parse(text) as { errors?: { message: string }[] };
              if (result.errors) throw new Error(`GraphQL error: ${result.errors[0].message}`);
              if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`);
              resolve();
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
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
