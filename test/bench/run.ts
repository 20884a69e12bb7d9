// npm run bench [-- --complaints N] [--seconds S] [--out FILE]
// Builds a synthetic data set (default 10,000,000 complaints over 2,917 units and four years),
// starts the portal on it as its own process, and measures over HTTP p50/p95/p99 and throughput of
// the dashboard's heaviest requests, each beside the equivalent raw SQL on the same database.
// BENCH_DATABASE_URL names a PostgreSQL to use instead of a throwaway embedded one; there, a data set
// of the same size built by an earlier run is reused.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { freePort, startThrowawayPostgres } from '../support/throwaway-postgres.js';
import { buildDataset } from './dataset.js';
import { graphqlRequest, latency, sqlQuery, throughput, type Latency } from './measure.js';
import { SCENARIOS } from './scenarios.js';

const { values } = parseArgs({
  options: {
    complaints: { type: 'string', default: '10000000' },
    seconds: { type: 'string', default: '10' },
    out: { type: 'string', default: 'bench-results/bench.json' },
  },
});
const complaints = Number(values.complaints);
const seconds = Number(values.seconds);
const log = (line: string) => console.error(`[bench] ${line}`);

const postgres = await startThrowawayPostgres(process.env.BENCH_DATABASE_URL, { durable: true });
const databaseUrl = await datasetDatabase(postgres.adminUrl, complaints);
const portal = await startPortal(databaseUrl);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();

const rows: Record<string, unknown>[] = [];
try {
  const fields = await queryFields(portal.url);
  for (const scenario of SCENARIOS) {
    if (!fields.has(scenario.needs)) {
      log(`${scenario.name}: skipped, the API has no \`${scenario.needs}\` yet`);
      rows.push({ scenario: scenario.name, skipped: `no ${scenario.needs} query yet` });
      continue;
    }
    log(`${scenario.name}: measuring`);
    const http = await latency(graphqlRequest(`${portal.url}/graphql`, scenario.graphql), seconds);
    const raw = await latency(sqlQuery(client, scenario.rawSql), seconds);
    const perSecond = await throughput(`${portal.url}/graphql`, scenario.graphql, seconds);
    rows.push({ scenario: scenario.name, http, rawSql: raw, ratioP95: http.p95 / raw.p95, requestsPerSecond: perSecond });
  }
} finally {
  await client.end();
  await portal.stop();
  await postgres.stop();
}

printTable(rows);
await mkdir(path.dirname(values.out!), { recursive: true });
await writeFile(values.out!, JSON.stringify({ complaints, seconds, measuredAt: new Date().toISOString(), rows }, null, 2));
log(`written to ${values.out}`);
process.exit(0);

/** A migrated database holding the data set of this size: built now, or found from an earlier run. */
async function datasetDatabase(adminUrl: string, size: number): Promise<string> {
  const name = `crp_bench_${size}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await createOrm(url.toString());
  await migrate(orm);
  await orm.close();
  const check = new pg.Client({ connectionString: url.toString() });
  await check.connect();
  const { rows: found } = await check.query<{ n: string }>('select count(*) as n from complaint');
  await check.end();
  if (Number(found[0].n) === size) {
    log(`reusing the data set of ${size.toLocaleString('en')} complaints in ${name}`);
  } else if (Number(found[0].n) === 0) {
    const started = performance.now();
    await buildDataset(url.toString(), size, log);
    log(`data set built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } else {
    throw new Error(`${name} holds ${found[0].n} complaints, not ${size}: drop it and run again`);
  }
  return url.toString();
}

/** The portal as production runs it, in a process of its own, so the load generator does not share its event loop. */
async function startPortal(url: string) {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOAD_DEMO: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('portal at') && resolve());
    child.once('exit', (code) => reject(new Error(`the portal exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

async function queryFields(url: string): Promise<Set<string>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }),
  });
  const result = (await response.json()) as { data?: { __schema: { queryType: { fields: { name: string }[] } } } };
  return new Set(result.data?.__schema.queryType.fields.map((f) => f.name) ?? []);
}

function printTable(results: Record<string, unknown>[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  console.log(`\n${complaints.toLocaleString('en')} complaints; latencies in ms (one request at a time), throughput with 16 connections`);
  console.log('scenario                                 | http p50 |     p95 |     p99 | sql p50 |     p95 |     p99 | p95 ratio | req/s');
  for (const row of results) {
    const name = String(row.scenario).padEnd(40);
    if (row.skipped) {
      console.log(`${name} | ${String(row.skipped)}`);
      continue;
    }
    const http = row.http as Latency;
    const raw = row.rawSql as Latency;
    console.log(
      `${name} |${ms(http.p50)} |${ms(http.p95)} |${ms(http.p99)} |${ms(raw.p50)} |${ms(raw.p95)} |${ms(raw.p99)} | ${(row.ratioP95 as number).toFixed(2).padStart(9)} | ${(row.requestsPerSecond as number).toFixed(0)}`,
    );
  }
}
