// npm run bench [-- --complaints N] [--seconds S] [--topology T[,T…] | --processes N[,M…]] [--replica-urls URL[,URL…]]
//                  [--only TEXT] [--out FILE]
// Builds a synthetic data set (default 10,000,000 complaints over 2,917 units and four years),
// starts the portal on it as its own process(es), and measures over HTTP p50/p95/p99 and throughput of
// the dashboard's heaviest requests, each beside the equivalent raw SQL on the same database.
// --topology lists the portals to start in turn on the same data: a PORTAL_PROCESSES count, and with
// `+replica` its reads on a streaming replica (`1,2,2+replica`); --processes N[,M…] is the same list
// without replicas (default: the portal's own count, one per core). The replica is one the bench makes
// of its throwaway embedded PostgreSQL, or with BENCH_DATABASE_URL the ones --replica-urls names (each
// a server's URL: the data set's database takes the place of its path); each caught up with the
// primary before its topology is measured. --only keeps the scenarios naming TEXT.
// BENCH_DATABASE_URL names a PostgreSQL to use instead of a throwaway embedded one; there, a data set
// of the same size built by an earlier run is reused. Requests are sent as an HQ_ANALYST with an API
// token, so the figures include authentication (one more statement per request).
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../../db/migrate.js';
import { readConfig } from '../../server/config.js';
import { createOrm } from '../../db/orm.js';
import { startThrowawayPostgres } from '../support/throwaway-postgres.js';
import { buildDataset } from './dataset.js';
import { alternately, graphqlRequest, latency, sqlQuery, throughput, type Latency } from './measure.js';
import { benchToken, startPortal } from './portal.js';
import { SCENARIOS } from './scenarios.js';
import { benchReplicas, checkReplicaOptions, parseTopologies } from './topology.js';

const { values } = parseArgs({
  options: {
    complaints: { type: 'string', default: '10000000' },
    seconds: { type: 'string', default: '10' },
    topology: { type: 'string' },
    processes: { type: 'string' },
    'replica-urls': { type: 'string', default: '' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results/bench.json' },
  },
});
if (values.topology !== undefined && values.processes !== undefined)
  throw new Error('--topology and --processes say the same thing: give one (--processes 1,2 is --topology 1,2)');
const topologies =
  values.topology !== undefined
    ? parseTopologies(values.topology, '--topology')
    : parseTopologies(values.processes ?? String(readConfig().processes), '--processes');
const namedReplicas = values['replica-urls']
  .split(',')
  .map((url) => url.trim())
  .filter((url) => url !== '');
checkReplicaOptions(topologies, (process.env.BENCH_DATABASE_URL ?? '') !== '', namedReplicas);
const scenarios = SCENARIOS.filter((s) => !values.only || s.name.includes(values.only));
const complaints = Number(values.complaints);
const seconds = Number(values.seconds);
const log = (line: string) => console.error(`[bench] ${line}`);

const postgres = await startThrowawayPostgres(process.env.BENCH_DATABASE_URL, { durable: true });
const databaseUrl = await datasetDatabase(postgres.adminUrl, complaints);
const auth = { authorization: `Bearer ${await benchToken(databaseUrl, 'bench-analyst', 'HQ_ANALYST')}` };
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const replicas = benchReplicas(postgres, namedReplicas, databaseUrl, log);

const rows: Record<string, unknown>[] = [];
try {
  for (const topology of topologies) {
    const { name, processes } = topology;
    // Set either way, so that a DATABASE_REPLICA_URLS of the bench's own environment never reaches the portal.
    const replicaUrls = topology.replica ? await replicas.caughtUp() : [];
    const portal = await startPortal(databaseUrl, {
      PORTAL_PROCESSES: String(processes),
      DATABASE_REPLICA_URLS: replicaUrls.join(','),
    });
    try {
      for (const scenario of scenarios) {
        log(`${scenario.name}, topology ${name}: measuring`);
        const url = `${portal.url}/graphql`;
        // Warm: as a dashboard asks (asOf now), so after the first request the answer comes from the
        // portal's caches (one per process). Cold: every request with an asOf of its own, in 2025 — after
        // the data's last event (same figures), before the instant the warm figures were computed at — so
        // neither cache holds it and every one is measured. (An asOf after now would be served by the
        // figures kept at now: they hold up to the next event, and none lies ahead in this data.)
        const http = await latency(
          graphqlRequest(url, scenario.graphql, () => ({}), auth),
          seconds,
        );
        let n = 0;
        const coldAsOf = () => ({ asOf: new Date(Date.UTC(2025, 0, 1) + (n += 1)).toISOString() });
        // Cold and the raw SQL in turn over the same minutes (as long as the two took one after the
        // other), so that their ratio is the portal's cost, not the machine's drift between them.
        const [cold, raw] = await alternately(
          [graphqlRequest(url, scenario.graphql, coldAsOf, auth), sqlQuery(client, scenario.rawSql)],
          2 * seconds,
        );
        const load = await throughput(url, scenario.graphql, seconds, auth);
        rows.push({
          scenario: scenario.name,
          topology: name,
          processes,
          replicas: replicaUrls.length,
          http,
          cold,
          rawSql: raw,
          ratioP95: cold.p95 / raw.p95,
          requestsPerSecond: load.requestsPerSecond,
          underLoad: { p50: load.p50, p99: load.p99, failed: load.failed },
        });
        // Each row as it is measured, so that a run stopped part-way keeps what it measured.
        log(JSON.stringify(rows.at(-1)));
      }
    } finally {
      await portal.stop();
    }
  }
} finally {
  await client.end();
  await replicas.stop();
  await postgres.stop();
}

printTable(rows);
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(
  values.out,
  JSON.stringify(
    {
      complaints,
      seconds,
      topologies: topologies.map((topology) => topology.name),
      measuredAt: new Date().toISOString(),
      rows,
    },
    null,
    2,
  ),
);
log(`written to ${values.out}`);
process.exit(0);

/** A migrated database holding the data set of this size: built now, or found complete from an earlier run. */
async function datasetDatabase(adminUrl: string, size: number): Promise<string> {
  const name = `crp_bench_${size}`;
  const complete = `complete data set of ${size} complaints`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows: found } = await admin.query<{ note: string | null }>(
    `select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`,
    [name],
  );
  const reuse = found[0]?.note === complete;
  if (!reuse) {
    // Nothing, or an interrupted build: start afresh.
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await createOrm(url.toString());
  await migrate(orm);
  await orm.close();
  if (reuse) {
    log(`reusing the data set of ${size.toLocaleString('en')} complaints in ${name}`);
  } else {
    const started = performance.now();
    await buildDataset(url.toString(), size, log);
    await admin.query(`comment on database ${name} is '${complete}'`);
    log(`data set built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  await admin.end();
  return url.toString();
}

function printTable(results: Record<string, unknown>[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  const three = (l: Latency) => `${ms(l.p50)} ${ms(l.p95)} ${ms(l.p99)}`;
  const width = Math.max('topology'.length, ...results.map((row) => String(row.topology).length));
  console.log(
    `\n${complaints.toLocaleString('en')} complaints; latencies in ms, p50 p95 p99 (one request at a time); throughput and its p99 with 16 connections;`,
  );
  console.log('topology: server processes, +replica with reads on a streaming replica');
  console.log(
    `scenario                                 | ${'topology'.padEnd(width)} | http, warm (cached)     | http, cold (measured)   | raw SQL on the rollups  | cold ÷ SQL p95 | req/s warm | p99 warm, loaded`,
  );
  for (const row of results) {
    const name = String(row.scenario).padEnd(40);
    const loaded = row.underLoad as { p99: number };
    console.log(
      `${name} | ${String(row.topology).padEnd(width)} | ${three(row.http as Latency)} | ${three(row.cold as Latency)} | ${three(row.rawSql as Latency)} | ${(row.ratioP95 as number).toFixed(2).padStart(14)} | ${(row.requestsPerSecond as number).toFixed(0).padStart(10)} | ${ms(loaded.p99)}`,
    );
  }
}
