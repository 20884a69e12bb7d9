import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../db/import/index.js';
import { createOrm } from '../../db/orm.js';
import { COMMAND_LINE, createApiToken, createUser } from '../../server/modules/access/index.js';
import { transactor } from '../../server/kernel/transact.js';
import { ACCESS_SQL } from '../access/fixtures.js';
import { createSeededDatabase, type TestDatabase } from '../support/database.js';
import { runSql } from '../support/fixtures.js';
import { TEST_PASSWORD } from '../support/graphql.js';
import { post, startPortalProcess, type PortalProcess } from '../support/portal-process.js';
import { freePort } from '../support/throwaway-postgres.js';

// A portal of several processes shares nothing but PostgreSQL. Two portals started on two ports
// against one database are two processes a test can choose between: what one writes, the writer sees
// on its very next request and the other once the database's notification reaches it (milliseconds;
// each test waits 5 s at most, so a process that held the data's version or a credential forever
// fails) — a session, the sign-in throttle's count, a report's lock, and a figure, which the reader
// has in its cache of measures already. Then the cluster itself: one port, two server processes, one
// of them killed.

let db: TestDatabase;
let dir: string;
let a: PortalProcess;
let b: PortalProcess;
const tokens: Record<string, string> = {};
const bearer = (username: string) => ({ authorization: `Bearer ${tokens[username]}` });

// COMPANY_STD, SIMPLE: received Mon 2013-03-04, due 10 working days on (03-18), closed on the last
// day: timely. Five working days instead make it late (see test/api/deadlines.test.ts).
const COMPLAINTS = [
  'ref,received_at,channel,unit_code,line,category,handling_class,closed_at,extended_due_at,extension_reason,extension_approver',
  'STD-1,2013-03-04 10:00,ONLINE,TH,AUTO,CLAIMS,,2013-03-18 12:00,,,',
];

async function seed(url: string): Promise<void> {
  await runSql(url, ACCESS_SQL);
  const file = path.join(dir, 'complaints.csv');
  await writeFile(file, COMPLAINTS.join('\n') + '\n');
  await importFile(url, 'complaints', file);
  const orm = await createOrm(url, { poolSize: 2 });
  try {
    const transact = transactor(orm);
    const users = [
      { username: 'proc-admin', role: 'HQ_ADMIN' as const },
      { username: 'proc-analyst', role: 'HQ_ANALYST' as const },
    ];
    for (const { username, role } of users) {
      await createUser(transact, COMMAND_LINE, { username, password: TEST_PASSWORD, role, units: [] });
      tokens[username] = (
        await createApiToken(transact, COMMAND_LINE, { username, name: 'tests', now: new Date() })
      ).token;
    }
  } finally {
    await orm.close();
  }
}

/** One portal process (PORTAL_PROCESSES=1) on the test's database and a port of its own. */
async function portal(processes = 1): Promise<PortalProcess> {
  return startPortalProcess({
    DATABASE_URL: db.url,
    PORT: String(await freePort()),
    PORTAL_PROCESSES: String(processes),
    // Each part of the test signs in from an address of its own, so the address's count stays its own.
    TRUST_PROXY: 'loopback',
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'crp-processes-'));
  db = await createSeededDatabase(seed);
  [a, b] = await Promise.all([portal(), portal()]);
}, 180_000);

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await Promise.all([a?.stop(), b?.stop()]);
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const SIGN_IN = `mutation ($username: String!, $password: String!) { signIn(username: $username, password: $password) { username } }`;
const ME = '{ me { username role } }';

describe('two portal processes on one database', () => {
  it('opens a session through one process, uses it and ends it through the other', async () => {
    const from = { 'x-forwarded-for': '10.7.0.1' };
    const signedIn = await post(a.url, SIGN_IN, { username: 'proc-admin', password: TEST_PASSWORD }, from);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.cookie).toMatch(/^crp_session=/);
    const session = { ...from, cookie: signedIn.cookie! };

    // Used through both, so each process keeps it.
    for (const portal of [b, a, b, a])
      expect((await post(portal.url, ME, {}, session)).body.data).toEqual({
        me: { username: 'proc-admin', role: 'HQ_ADMIN' },
      });
    expect((await post(b.url, 'mutation { signOut }', {}, session)).body.data).toEqual({ signOut: true });
    // Ended at once where it was ended, and through the other once the notification arrives.
    expect((await post(b.url, ME, {}, session)).body.data).toEqual({ me: null });
    await expect
      .poll(async () => (await post(a.url, ME, {}, session)).body.data, { timeout: 5_000, interval: 20 })
      .toEqual({ me: null });
  });

  it('counts failed sign-ins through both processes in one throttle', async () => {
    const from = { 'x-forwarded-for': '10.7.0.2' };
    const attempt = async (portal: PortalProcess, password: string) =>
      (await post(portal.url, SIGN_IN, { username: 'proc-analyst', password }, from)).body.errors?.[0].extensions
        ?.code ?? 'SIGNED_IN';
    const failures = [];
    for (const portal of [a, b, a, b, a]) failures.push(await attempt(portal, 'wrong-password'));
    expect(failures).toEqual(Array(5).fill('UNAUTHENTICATED'));
    // The sixth attempt, with the right password, is refused whichever process it reaches.
    expect(await attempt(b, TEST_PASSWORD)).toBe('RATE_LIMITED');
    expect(await attempt(a, TEST_PASSWORD)).toBe('RATE_LIMITED');
  });

  it("serves a figure changed through the other process once notified, though the figure is in this one's cache", async () => {
    const TIMELY = `{ metric(unit: "TH", metric: TIMELY_RATE, period: { from: "2013-03-01", to: "2013-03-31" }) { value } }`;
    const timely = async (portal: PortalProcess) => {
      const answer = await post(portal.url, TIMELY, {}, bearer('proc-analyst'));
      expect(answer.body.errors).toBeUndefined();
      return (answer.body.data as { metric: { value: number } }).metric.value;
    };
    // Asked twice of each: the second answer is the process's cache's (asOf now, no event ahead).
    expect([await timely(a), await timely(b), await timely(a), await timely(b)]).toEqual([1, 1, 1, 1]);

    const change = await post(
      a.url,
      `mutation { changeDeadlineRuleSet(code: "COMPANY_STD", change: { simple: { n: 5, unit: WORKING_DAYS },
        complex: { n: 30, unit: DAYS }, maxDays: 60, note: "five working days" }) { recomputed } }`,
      {},
      bearer('proc-admin'),
    );
    expect(change.body).toEqual({ data: { changeDeadlineRuleSet: { recomputed: 1 } } });

    // STD-1, closed on 03-18, is now late: the writer answers so on its very next request, the other
    // once the notification reaches it.
    expect(await timely(a)).toBe(0);
    await expect.poll(() => timely(b), { timeout: 5_000, interval: 20 }).toBe(0);
  });

  it('submits a report once when both processes submit it at the same moment', async () => {
    const made = await post(
      a.url,
      `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: { from: "2013-01-01", to: "2013-01-31" } }) { id } }`,
      {},
      bearer('proc-admin'),
    );
    const { id } = (made.body.data as { createReport: { id: string } }).createReport;
    const submit = (portal: PortalProcess) =>
      post(portal.url, `mutation { submitReport(id: "${id}") { version } }`, {}, bearer('proc-admin'));
    const answers = await Promise.all([submit(a), submit(b)]);

    // The report's row lock is PostgreSQL's: one becomes version 1, the other finds it submitted.
    const outcomes = answers.map(({ body }) => body.errors?.[0].extensions?.code ?? body.data);
    expect(outcomes).toHaveLength(2);
    expect(outcomes).toContainEqual({ submitReport: { version: 1 } });
    expect(outcomes).toContainEqual('BAD_USER_INPUT');
    const listed = await post(b.url, `{ reports { id versions { version } } }`, {}, bearer('proc-analyst'));
    expect(listed.body.data).toEqual({ reports: [{ id, versions: [{ version: 1 }] }] });
  });
});

describe('PORTAL_PROCESSES=2', () => {
  it('serves on one port from two server processes, replaces one that is killed, and stops cleanly', async () => {
    const cluster = await portal(2);
    const pids = () => [...cluster.output().matchAll(/server process (\d+) listening/g)].map((m) => Number(m[1]));
    expect(pids()).toHaveLength(2);
    const me = async () => (await post(cluster.url, ME, {}, bearer('proc-analyst'))).body.data;
    for (let i = 0; i < 4; i += 1) expect(await me()).toEqual({ me: { username: 'proc-analyst', role: 'HQ_ANALYST' } });

    const [killed, survivor] = pids();
    process.kill(killed, 'SIGKILL');
    await until(() => cluster.output().includes(`server process ${killed} exited on SIGKILL`));
    // Meanwhile the other one serves every request.
    for (let i = 0; i < 4; i += 1) expect(await me()).toEqual({ me: { username: 'proc-analyst', role: 'HQ_ANALYST' } });
    await until(() => pids().length === 3);
    const replacement = pids()[2];
    expect(cluster.output()).toContain(`server process ${replacement} listening, in place of the one that exited`);
    for (let i = 0; i < 4; i += 1) expect(await me()).toEqual({ me: { username: 'proc-analyst', role: 'HQ_ANALYST' } });

    expect(await cluster.stop('SIGTERM')).toBe(0);
    expect(cluster.output()).toContain('"role":"primary","msg":"stopped cleanly"');
    expect(cluster.output()).toContain(`"pid":${survivor},"role":"server","msg":"stopped"`);
    expect(cluster.output()).toContain(`"pid":${replacement},"role":"server","msg":"stopped"`);
    expect(running([survivor, replacement])).toEqual([]);
  }, 120_000);
});

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('waited 30 s in vain');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The processes among these that are still running. */
function running(pids: number[]): number[] {
  const list = execFileSync('ps', ['-eo', 'pid'], { encoding: 'utf8' }).split('\n').map(Number);
  return pids.filter((pid) => list.includes(pid));
}
