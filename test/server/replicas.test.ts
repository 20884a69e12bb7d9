import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../db/import/index.js';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { transactor } from '../../server/kernel/transact.js';
import { COMMAND_LINE, createApiToken, createUser } from '../../server/modules/access/index.js';
import { ACCESS_SQL, JAN_2013 } from '../access/fixtures.js';
import { runSql } from '../support/fixtures.js';
import { TEST_PASSWORD } from '../support/graphql.js';
import { post, startPortalProcess, type PortalProcess } from '../support/portal-process.js';
import { startReplicatedPostgres, type ReplicatedPostgres } from '../support/replicated-postgres.js';
import { freePort } from '../support/throwaway-postgres.js';

// Reads on a streaming replica (issue 15), on real clusters: a primary and a replica made by the test
// (initdb, a low-level base backup, primary_conninfo), the schema migrated and the access fixtures
// loaded on the primary, and two portals on them as `npm start` runs it: one with the replica in
// DATABASE_REPLICA_URLS, one on the primary alone. Which server ran a statement is read from each
// one's pg_stat_statements, whose counts are each server's own (a standby counts what it runs).

const DATABASE = 'portal';
let clusters: ReplicatedPostgres;
let dir: string;
let viaReplica: PortalProcess;
let viaPrimary: PortalProcess;
let token: string;

async function seed(url: string): Promise<void> {
  await runSql(url, 'create extension pg_stat_statements');
  const orm = await createOrm(url, { poolSize: 2 });
  try {
    await migrate(orm);
    await runSql(url, ACCESS_SQL);
    const transact = transactor(orm);
    await createUser(transact, COMMAND_LINE, {
      username: 'replica-analyst',
      password: TEST_PASSWORD,
      role: 'HQ_ANALYST',
      units: [],
    });
    token = (
      await createApiToken(transact, COMMAND_LINE, { username: 'replica-analyst', name: 'tests', now: new Date() })
    ).token;
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
  await seed(clusters.primaryUrl(DATABASE));
  await clusters.waitForReplay();
  [viaReplica, viaPrimary] = await Promise.all([
    portal({ DATABASE_REPLICA_URLS: clusters.replicaUrl(DATABASE) }),
    portal({}),
  ]);
}, 240_000);

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await Promise.all([viaReplica?.stop(), viaPrimary?.stop()]);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await clusters?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The answer's data; fails the test on any error. */
async function ask(portal: PortalProcess, query: string): Promise<unknown> {
  const answer = await post(portal.url, query, {}, { authorization: `Bearer ${token}` });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
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
    const onPrimary = await statements(clusters.primaryUrl(DATABASE));
    const ran = (found: { query: string; calls: number }[], text: string) =>
      found.filter((s) => s.query.includes(text)).reduce((sum, s) => sum + s.calls, 0);
    // The figures' statements (the rollups, the records, the data's version) ran on the replica only.
    expect(ran(onReplica, 'measure_from_rollups')).toBeGreaterThan(0);
    expect(ran(onReplica, 'from complaint')).toBeGreaterThan(0);
    expect(ran(onReplica, 'data_version')).toBeGreaterThan(0);
    expect(
      ran(onPrimary, 'measure_from_rollups') + ran(onPrimary, 'from complaint') + ran(onPrimary, 'data_version'),
    ).toBe(0);
    // The API token was checked on the primary, and only there: it is all the primary ran.
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

  it('writes on the primary, and reads what was written once the replica has replayed it', async () => {
    const made = await post(
      viaReplica.url,
      `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: ${JAN_2013} }) { id } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    // On the replica the insert would be refused (a read-only transaction), and the report read back
    // from it before the replica replayed the insert would be NOT_FOUND: a mutation reads on the primary.
    expect(made.body.errors).toBeUndefined();
    const { id } = (made.body.data as { createReport: { id: string } }).createReport;
    const primary = new pg.Client({ connectionString: clusters.primaryUrl(DATABASE) });
    await primary.connect();
    const { rows } = await primary
      .query<{ lsn: string; found: boolean }>(
        'select pg_current_wal_insert_lsn()::text as lsn, exists (select 1 from report where id = $1) as found',
        [Number(id)],
      )
      .finally(() => primary.end());
    expect(rows[0].found).toBe(true);

    await clusters.waitForReplay(rows[0].lsn);
    expect(await ask(viaReplica, '{ reports { id } }')).toEqual({ reports: [{ id }] });

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

  it('counts a complaint imported on the primary once the replica has replayed it, as the primary does', async () => {
    const file = path.join(dir, 'complaints.csv');
    await writeFile(
      file,
      'ref,received_at,channel,unit_code,line,category\nNEW-FS,2013-01-20 10:00,ONLINE,FS,AUTO,CLAIMS\n',
    );
    await importFile(clusters.primaryUrl(DATABASE), 'complaints', file);
    await clusters.waitForReplay();

    const [replicaAnswer, primaryAnswer] = await Promise.all([ask(viaReplica, FIGURES), ask(viaPrimary, FIGURES)]);
    expect(replicaAnswer).toEqual(primaryAnswer);
    expect(replicaAnswer).toMatchObject({ complaints: { value: 2 }, list: { totalCount: 6 } });
  });
});

describe('what a portal with a replica keeps', () => {
  it('is never an answer read on the replica before it replayed a write the primary had notified', async () => {
    const before = await ask(viaReplica, FIGURES);
    await runSql(clusters.replicaUrl(DATABASE), 'select pg_wal_replay_pause()');
    try {
      const file = path.join(dir, 'one-more.csv');
      await writeFile(
        file,
        'ref,received_at,channel,unit_code,line,category\nNEW-FS-2,2013-01-21 10:00,ONLINE,FS,AUTO,CLAIMS\n',
      );
      await importFile(clusters.primaryUrl(DATABASE), 'complaints', file);
      // The primary has notified the write; the replica has not replayed it: the old figures, its lag.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await ask(viaReplica, FIGURES)).toEqual(before);
    } finally {
      await runSql(clusters.replicaUrl(DATABASE), 'select pg_wal_replay_resume()');
    }
    await clusters.waitForReplay();
    // Replayed: the new figures, though no notification comes after the replay.
    const [replicaAnswer, primaryAnswer] = await Promise.all([ask(viaReplica, FIGURES), ask(viaPrimary, FIGURES)]);
    expect(replicaAnswer).toEqual(primaryAnswer);
    expect(replicaAnswer).not.toEqual(before);
  });
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
