import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../db/demo/index.js';
import { importFile } from '../../db/import/index.js';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { startServer } from '../../server/app.js';
import { transactor } from '../../server/kernel/transact.js';
import { COMMAND_LINE, createApiToken, createUser } from '../../server/modules/access/index.js';
import { ACCESS_SQL, JAN_2013 } from '../access/fixtures.js';
import { runSql } from '../support/fixtures.js';
import { TEST_PASSWORD } from '../support/graphql.js';
import { post, startPortalProcess, type Answer, type PortalProcess } from '../support/portal-process.js';
import { startReplicatedPostgres, type ReplicatedPostgres } from '../support/replicated-postgres.js';
import { freePort } from '../support/throwaway-postgres.js';

// Reads on a streaming replica (issue 15), on real clusters: a primary and a replica made by the test
// (initdb, a low-level base backup, primary_conninfo), the schema migrated and the access fixtures
// loaded on the primary, and three portals on them as `npm start` runs it: two with the replica in
// DATABASE_REPLICA_URLS (two app servers behind a balancer), one on the primary alone. Which server
// ran a statement is read from each one's pg_stat_statements, whose counts are each server's own (a
// standby counts what it runs).

const DATABASE = 'portal';
let clusters: ReplicatedPostgres;
let dir: string;
let viaReplica: PortalProcess;
let viaReplicaToo: PortalProcess;
let viaPrimary: PortalProcess;
let token: string;

/** A migrated database on the primary, filled by `fill`, with an HQ analyst: its API token. */
async function seed(url: string, username: string, fill: (url: string) => Promise<void>): Promise<string> {
  await runSql(url, 'create extension pg_stat_statements');
  const orm = await createOrm(url, { poolSize: 2 });
  try {
    await migrate(orm);
    await fill(url);
    const transact = transactor(orm);
    await createUser(transact, COMMAND_LINE, { username, password: TEST_PASSWORD, role: 'HQ_ANALYST', units: [] });
    return (await createApiToken(transact, COMMAND_LINE, { username, name: 'tests', now: new Date() })).token;
  } finally {
    await orm.close();
  }
}

async function portal(env: Record<string, string>): Promise<PortalProcess> {
  return startPortalProcess({
    DATABASE_URL: clusters.primaryUrl(DATABASE),
    PORT: String(await freePort()),
    PORTAL_PROCESSES: '1',
    ...env,
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'crp-replicas-'));
  clusters = await startReplicatedPostgres();
  await runSql(clusters.primaryUrl(), `create database ${DATABASE}`);
  token = await seed(clusters.primaryUrl(DATABASE), 'replica-analyst', (url) => runSql(url, ACCESS_SQL));
  await clusters.waitForReplay();
  // Checked every 200 ms, so that a replica lost or back is seen within the test's patience.
  const withReplica = { DATABASE_REPLICA_URLS: clusters.replicaUrl(DATABASE), REPLICA_CHECK_MS: '200' };
  [viaReplica, viaReplicaToo, viaPrimary] = await Promise.all([portal(withReplica), portal(withReplica), portal({})]);
}, 240_000);

afterAll(async () => {
  await writeFile('/tmp/portal-B.log', viaReplicaToo.output());
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await Promise.all([viaReplica?.stop(), viaReplicaToo?.stop(), viaPrimary?.stop()]);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await clusters?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The whole answer; fails the test on any error. */
async function answer(portal: PortalProcess, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const answered = await post(portal.url, query, {}, { authorization: `Bearer ${token}`, ...headers });
  expect(answered.body.errors).toBeUndefined();
  return answered;
}

/** The answer's data; fails the test on any error. */
async function ask(portal: PortalProcess, query: string, headers: Record<string, string> = {}): Promise<unknown> {
  return (await answer(portal, query, headers)).body.data;
}

/** Statement calls whose text holds `text`. */
const ran = (found: { query: string; calls: number }[], text: string) =>
  found.filter((s) => s.query.includes(text)).reduce((sum, s) => sum + s.calls, 0);

/** Waits until `check` holds, polling every 100 ms; fails after `ms`. */
async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readiness(
  portal: PortalProcess,
): Promise<{ status: string; replicas: { name: string; ready: boolean }[] }> {
  return (await (await fetch(`${portal.url}/readyz`)).json()) as {
    status: string;
    replicas: { name: string; ready: boolean }[];
  };
}

/** Pauses the replica's replay while `work` runs. */
async function replayPaused<T>(work: () => Promise<T>): Promise<T> {
  await runSql(clusters.replicaUrl(DATABASE), 'select pg_wal_replay_pause()');
  try {
    return await work();
  } finally {
    await runSql(clusters.replicaUrl(DATABASE), 'select pg_wal_replay_resume()');
  }
}

async function importComplaint(ref: string, day: string): Promise<void> {
  const file = path.join(dir, `${ref}.csv`);
  await writeFile(
    file,
    `ref,received_at,channel,unit_code,line,category\n${ref},2013-01-${day} 10:00,ONLINE,FS,AUTO,CLAIMS\n`,
  );
  await importFile(clusters.primaryUrl(DATABASE), 'complaints', file);
}

/** The statements a server ran in the portal's database since its counts were reset, with their calls. */
async function statements(url: string): Promise<{ query: string; calls: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ query: string; calls: number }>(
      `select query, calls::int as calls from pg_stat_statements
       where dbid = (select oid from pg_database where datname = current_database())
         and query not like '%pg_stat_statements%'`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function resetStatements(url: string): Promise<void> {
  await runSql(url, 'select pg_stat_statements_reset()');
}

const FIGURES = `{
  complaints: metric(unit: "GD", metric: COMPLAINTS, period: ${JAN_2013}) { value previous benchmark }
  ratio: metric(unit: "GZ", metric: PER_100M_PREMIUM, period: ${JAN_2013}) { value benchmark }
  provinces: ranking(level: PROVINCE, metric: COMPLAINTS, period: ${JAN_2013}) { rows { unit { code } value rank } peerMean }
  trend(unit: "HQ", metric: COMPLAINTS, granularity: MONTH, period: { from: "2012-11-01", to: "2013-02-28" }) { from value previous }
  byChannel: breakdown(unit: "HQ", metric: COMPLAINTS, by: CHANNEL, period: ${JAN_2013}) { items { key value } }
  list: complaints(filter: { unit: "HQ" }, first: 100) { totalCount edges { node { ref } } }
}`;

describe('a portal with a read replica', () => {
  it('reads its figures on the replica and checks the credentials on the primary', async () => {
    await Promise.all([resetStatements(clusters.primaryUrl(DATABASE)), resetStatements(clusters.replicaUrl(DATABASE))]);
    await ask(viaReplica, FIGURES);

    const onReplica = await statements(clusters.replicaUrl(DATABASE));
    const onPrimary = (await statements(clusters.primaryUrl(DATABASE))).filter(
      // The read routers' checks of the primary's WAL position, every 200 ms.
      (s) => !s.query.includes('pg_current_wal_insert_lsn'),
    );
    // The figures' statements (the rollups, the records, the data's version) ran on the replica only.
    expect(ran(onReplica, 'measure_from_rollups')).toBeGreaterThan(0);
    expect(ran(onReplica, 'from complaint')).toBeGreaterThan(0);
    expect(ran(onReplica, 'data_version')).toBeGreaterThan(0);
    expect(
      ran(onPrimary, 'measure_from_rollups') + ran(onPrimary, 'from complaint') + ran(onPrimary, 'data_version'),
    ).toBe(0);
    // The API token was checked on the primary, and only there: it is all the primary ran for it.
    expect(ran(onPrimary, 'api_token')).toBeGreaterThan(0);
    expect(onPrimary.filter((s) => !s.query.includes('api_token'))).toEqual([]);
    expect(ran(onReplica, 'api_token')).toBe(0);
  });

  it('serves the same figures as a portal on the primary alone', async () => {
    const [replicaAnswer, primaryAnswer] = await Promise.all([ask(viaReplica, FIGURES), ask(viaPrimary, FIGURES)]);
    expect(replicaAnswer).toEqual(primaryAnswer);
    expect(replicaAnswer).toMatchObject({
      complaints: { value: 1 },
      list: { totalCount: 5 },
    });
  });

  it("writes on the primary; its answer's position makes the caller's next read, through another process, see it", async () => {
    const { id, position } = await replayPaused(async () => {
      const made = await post(
        viaReplica.url,
        `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: ${JAN_2013} }) { id } }`,
        {},
        { authorization: `Bearer ${token}` },
      );
      // On the replica the insert would be refused (a read-only transaction), and the report read back
      // from it before the replica replayed the insert would be NOT_FOUND: a mutation reads on the primary.
      expect(made.body.errors).toBeUndefined();
      const lsn = made.headers['x-crp-lsn'];
      expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(made.headers['set-cookie']?.join()).toContain(`crp_lsn=${String(lsn).replace('/', '%2F')}`);
      const created = (made.body.data as { createReport: { id: string } }).createReport.id;
      // The replica has not replayed the report: the caller's next request, through the other server
      // process, with the position it was given (as a header, or the cookie a browser sends back),
      // reads it on the primary rather than the replica's past.
      expect(await ask(viaReplicaToo, '{ reports { id } }', { 'x-crp-lsn': String(lsn) })).toEqual({
        reports: [{ id: created }],
      });
      expect(await ask(viaReplicaToo, '{ reports { id } }', { cookie: `crp_lsn=${String(lsn)}` })).toEqual({
        reports: [{ id: created }],
      });
      return { id: created, position: String(lsn) };
    });
    // Replayed: read on the replica again, with the same position.
    await clusters.waitForReplay(position);
    await resetStatements(clusters.replicaUrl(DATABASE));
    expect(await ask(viaReplicaToo, '{ reports { id } }', { 'x-crp-lsn': position })).toEqual({ reports: [{ id }] });
    expect(ran(await statements(clusters.replicaUrl(DATABASE)), 'report')).toBeGreaterThan(0);

    // A download reads on the replica and writes its audit line on the primary (refused on the replica).
    const draft = await fetch(`${viaReplica.url}/reports/${id}/draft.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(draft.status).toBe(200);
    await draft.arrayBuffer();
    const audited = new pg.Client({ connectionString: clusters.primaryUrl(DATABASE) });
    await audited.connect();
    const exported = await audited
      .query(`select 1 from audit_event where action = 'REPORT_EXPORTED' and subject = $1`, [id])
      .finally(() => audited.end());
    expect(exported.rowCount).toBe(1);
  });

  it('counts a complaint imported through the primary in the next figure read through either process', async () => {
    const before = await ask(viaPrimary, FIGURES);
    await importComplaint('NEW-FS', '20');
    // No wait for the replica: each process heard of the import (its change feed) and reads only on a
    // replica that has replayed the primary's position at that moment.
    const [first, second, primaryAnswer] = await Promise.all([
      ask(viaReplica, FIGURES),
      ask(viaReplicaToo, FIGURES),
      ask(viaPrimary, FIGURES),
    ]);
    expect(first).toEqual(primaryAnswer);
    expect(second).toEqual(primaryAnswer);
    expect(before).toMatchObject({ complaints: { value: 1 }, list: { totalCount: 5 } });
    expect(primaryAnswer).toMatchObject({ complaints: { value: 2 }, list: { totalCount: 6 } });
  });

  it('reads an import on the primary while the replica has not replayed it, and on the replica once it has', async () => {
    await replayPaused(async () => {
      await importComplaint('NEW-FS-2', '21');
      // The replica is behind what the process heard of: after waiting its second, it reads on the primary.
      const [replicaAnswer, primaryAnswer] = await Promise.all([ask(viaReplica, FIGURES), ask(viaPrimary, FIGURES)]);
      expect(replicaAnswer).toEqual(primaryAnswer);
      expect(primaryAnswer).toMatchObject({ complaints: { value: 3 } });
    });
    await clusters.waitForReplay();
    await resetStatements(clusters.replicaUrl(DATABASE));
    const [replicaAnswer, primaryAnswer] = await Promise.all([ask(viaReplica, FIGURES), ask(viaPrimary, FIGURES)]);
    expect(replicaAnswer).toEqual(primaryAnswer);
    // Read on the replica again (the figures themselves were measured already, at this data version).
    expect(ran(await statements(clusters.replicaUrl(DATABASE)), 'data_version')).toBeGreaterThan(0);
  });

  it("measures and exports each replica's lag, and says in /readyz that it is in rotation", async () => {
    const metrics = async () => (await fetch(`${viaReplica.url}/metrics`)).text();
    const sample = (text: string, name: string) =>
      Number(new RegExp(`^${name}\\{replica="replica 1"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
    expect(await readiness(viaReplica)).toMatchObject({
      status: 'ready',
      replicas: [{ name: 'replica 1', ready: true }],
    });
    await replayPaused(async () => {
      await runSql(clusters.primaryUrl(DATABASE), 'create table lag_probe as select generate_series(1, 1000) n');
      // Behind by the bytes written since the pause, once a check (every 200 ms) has seen it.
      await until(async () => sample(await metrics(), 'portal_db_replica_lag_bytes') > 0, 5_000, 'lag in bytes');
      expect(sample(await metrics(), 'portal_db_replica_up')).toBe(1);
      expect(sample(await metrics(), 'portal_db_replica_lag_seconds')).toBeGreaterThanOrEqual(0);
    });
    await clusters.waitForReplay();
    await until(async () => sample(await metrics(), 'portal_db_replica_lag_bytes') === 0, 5_000, 'no lag');
  });
});

describe('a replica lost', () => {
  it('costs no request while it is stopped mid-traffic, and is taken back when it returns', async () => {
    let stopped = false;
    const failures: unknown[] = [];
    let answered = 0;
    // Two callers asking without a pause through each replica portal, all along.
    const traffic = [viaReplica, viaReplicaToo, viaReplica, viaReplicaToo].map(async (portal) => {
      while (!stopped) {
        const reply = await post(portal.url, FIGURES, {}, { authorization: `Bearer ${token}` });
        if (reply.body.errors) failures.push(reply.body.errors);
        else answered += 1;
      }
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await clusters.stopReplica();
      // Out of rotation within seconds, in each process.
      for (const portal of [viaReplica, viaReplicaToo]) {
        await until(async () => !(await readiness(portal)).replicas[0].ready, 5_000, 'the replica out of rotation');
        expect((await readiness(portal)).status).toBe('ready');
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      await clusters.startReplica();
      for (const portal of [viaReplica, viaReplicaToo])
        await until(async () => (await readiness(portal)).replicas[0].ready, 10_000, 'the replica back');
    } finally {
      stopped = true;
      await Promise.all(traffic);
    }
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(10);
    // Back in rotation: each process reads on it again.
    await clusters.waitForReplay();
    for (const portal of [viaReplica, viaReplicaToo]) {
      await resetStatements(clusters.replicaUrl(DATABASE));
      await ask(portal, FIGURES);
      expect(ran(await statements(clusters.replicaUrl(DATABASE)), 'data_version')).toBeGreaterThan(0);
    }
  });
});

describe('the primary lost', () => {
  it('costs the writes, not the reads, until it returns: reads go on through both processes', async () => {
    const before = await ask(viaReplica, FIGURES);
    await clusters.waitForReplay();
    const report = `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: ${JAN_2013} }) { id } }`;
    await clusters.stopPrimary();
    try {
      // Each process's read router finds the primary gone within its checks; reads (the credentials
      // too) go on on the replica, and each process says so to its balancer.
      for (const portal of [viaReplica, viaReplicaToo]) {
        await until(async () => (await readiness(portal)).status === 'reads only', 5_000, 'reads only');
        expect(await ask(portal, FIGURES)).toEqual(before);
      }
      // A write answers UNAVAILABLE, having changed nothing.
      const refused = await post(viaReplica.url, report, {}, { authorization: `Bearer ${token}` });
      expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
      // A portal without a replica has nothing to read on: not ready.
      expect((await readiness(viaPrimary)).status).toBe('not ready');
    } finally {
      await clusters.startPrimary();
    }
    // Back: writes succeed again through the same processes, with no restart.
    await until(
      async () => !(await post(viaReplica.url, report, {}, { authorization: `Bearer ${token}` })).body.errors,
      20_000,
      'writes again',
    );
    for (const portal of [viaReplica, viaReplicaToo])
      await until(async () => (await readiness(portal)).status === 'ready', 10_000, 'ready again');
  });
});

// The seed scenario's figures (SEED-SCENARIO.md, as test/metrics/seed-scenario.test.ts asks them)
// through a portal reading on the replica and one on the primary alone, in this process, on the demo
// data loaded through the import path into a database of the same primary.
const SEED_FIGURES = `{
  s1: metric(unit: "GZ", metric: COMPLAINTS, period: { from: "2011-01-01", to: "2011-12-31" }) { value previous changeRate benchmark }
  s3: trend(unit: "GZ", metric: TIMELY_RATE, period: { from: "2011-01-01", to: "2011-12-31" }, granularity: MONTH) { from value }
  s4: metric(unit: "GZ", metric: COMPLAINTS, period: { from: "2012-01-01", to: "2012-12-31" }) { value changeRate }
  s6: metric(unit: "GZ", metric: TIMELY_RATE, period: { from: "2012-01-01", to: "2012-12-31" }) { value change }
  s7: metric(unit: "GZ", metric: AVG_HANDLING_DAYS, period: { from: "2012-01-01", to: "2012-12-31" }, filter: { channels: [HQ_REFERRAL] }) { value benchmark }
  s9: activitySummary(unit: "GZ", period: { from: "2012-01-01", to: "2012-12-31" }) { kind count }
  s11: metric(unit: "GZ", metric: ASSESSED_COMPLAINTS, period: { from: "2013-01-01", to: "2013-07-31" }) { value previous change changeRate }
  s13: metric(unit: "GZ", metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" }, filter: { assessedOnly: true }) { value changeRate }
  s14: ranking(metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" }, level: PROVINCE, filter: { assessedOnly: true }) {
    rows { unit { code } value rank previousRank movement } benchmark peerMean peerMedian }
  card: scorecard(unit: "GZ", period: { from: "2013-01-01", to: "2013-07-31" }) { total }
}`;

describe('the seed scenario through a replica', () => {
  it('gives the same figures as the primary', async () => {
    await runSql(clusters.primaryUrl(), 'create database demo');
    const demoUrl = clusters.primaryUrl('demo');
    const demoToken = await seed(demoUrl, 'seed-analyst', loadDemo);
    await clusters.waitForReplay();
    const [onReplica, onPrimary] = await Promise.all([
      startServer({ databaseUrl: demoUrl, replicaUrls: [clusters.replicaUrl('demo')], port: 0, host: '127.0.0.1' }),
      startServer({ databaseUrl: demoUrl, port: 0, host: '127.0.0.1' }),
    ]);
    try {
      await resetStatements(clusters.replicaUrl('demo'));
      const [replicaAnswer, primaryAnswer] = await Promise.all(
        [onReplica, onPrimary].map(
          async (server) => (await post(server.url, SEED_FIGURES, {}, { authorization: `Bearer ${demoToken}` })).body,
        ),
      );
      expect(replicaAnswer.errors).toBeUndefined();
      expect(replicaAnswer).toEqual(primaryAnswer);
      // The seed scenario's own figures (S11: 853 assessed complaints, 539 fewer; S1: down 15.21%).
      expect(replicaAnswer.data).toMatchObject({ s11: { value: 853, previous: 1392, change: -539 } });
      expect(Math.round((replicaAnswer.data as { s1: { changeRate: number } }).s1.changeRate * 10_000)).toBe(-1521);
      expect(ran(await statements(clusters.replicaUrl('demo')), 'measure_from_rollups')).toBeGreaterThan(0);
    } finally {
      await Promise.all([onReplica.close(), onPrimary.close()]);
    }
  }, 240_000);
});

describe('the replica', () => {
  it('stops, starts again and replays what the primary wrote meanwhile', async () => {
    await runSql(clusters.primaryUrl(), 'create table harness_probe (n int)');
    await clusters.stopReplica();
    await runSql(clusters.primaryUrl(), 'insert into harness_probe values (1), (2)');
    await clusters.startReplica();
    await clusters.waitForReplay();
    const replica = new pg.Client({ connectionString: clusters.replicaUrl() });
    await replica.connect();
    const { rows } = await replica
      .query<{ n: number }>('select n from harness_probe order by n')
      .finally(() => replica.end());
    expect(rows).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
