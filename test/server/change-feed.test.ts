// What a server keeps across requests under its change feed (server/kernel/change-feed.ts): a warm
// request costs no statement for its credentials, the data's state or the units; a credential ended
// through another connection (as another process would) is refused once the notification arrives, one
// ended through this server at once; a write through this server is seen by its very next request;
// with the listening connection killed, every request reads again, and keeps again once it is back.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../db/import/index.js';
import { startServer } from '../../server/app.js';
import { ACCESS_SQL } from '../access/fixtures.js';
import { complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type Caller, type TestServer } from '../support/graphql.js';

let api: TestServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'crp-change-feed-'));
  api = await startTestServer(
    async (url) => {
      await runSql(url, ACCESS_SQL);
      // COMPANY_STD, SIMPLE: due 10 working days on (03-18), closed on the last day: timely.
      const file = path.join(dir, 'complaints.csv');
      await writeFile(
        file,
        'ref,received_at,channel,unit_code,line,category,handling_class,closed_at,extended_due_at,extension_reason,extension_approver\n' +
          'STD-1,2013-03-04 10:00,ONLINE,TH,AUTO,CLAIMS,,2013-03-18 12:00,,,\n',
      );
      await importFile(url, 'complaints', file);
    },
    // A second between reconnections, so that a test sees the feed down.
    { listen: { firstRetryMs: 1_000, log: () => undefined } },
  );
}, 120_000);

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const ME = '{ me { username } }';
const RANKING = `{ ranking(metric: COMPLAINTS, period: { from: "2013-01-01", to: "2013-03-31" }, level: PROVINCE) {
  rows { unit { code } value } benchmark } }`;
const TIMELY = `{ metric(unit: "TH", metric: TIMELY_RATE, period: { from: "2013-03-01", to: "2013-03-31" }) { value } }`;
const SIGN_IN = `mutation ($username: String!, $password: String!) { signIn(username: $username, password: $password) { username } }`;
/** Waits for what the database notifies; failing after 5 s means the server held on to what it had. */
const NOTIFIED = { timeout: 5_000, interval: 20 };

const me = async (caller: Caller) => ((await caller.query(ME)).data?.me as { username: string } | null) ?? null;
const timely = async (caller: Caller) => {
  const answer = await caller.query(TIMELY);
  expect(answer.errors).toBeUndefined();
  return (answer.data as { metric: { value: number } }).metric.value;
};
/** Statements a request costs once the server keeps what it needs (the first requests read it). */
const warmCost = (caller: Caller, query: string) =>
  expect.poll(() => api.countStatements(() => caller.query(query)), NOTIFIED);

/** A browser's session: signs the role's test user in, and asks as that cookie. */
async function session(role: 'HQ_ADMIN' | 'HQ_ANALYST'): Promise<Caller> {
  const username = await api.user(role);
  const signedIn = await api.raw(
    {},
    JSON.stringify({ query: SIGN_IN, variables: { username, password: TEST_PASSWORD } }),
  );
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
  return { query: (query, variables) => api.post({ cookie }, query, variables) };
}

describe('a server listening for changes', () => {
  it('answers a warm request without a statement for credentials, the data or the units', async () => {
    expect(await me(api.as('HQ_ANALYST'))).toEqual({ username: api.as('HQ_ANALYST').username });
    // a ranking of every province (the units at a level, the benchmark), one unit's metric, the viewer;
    // a branch's ranking too (its peers' grants ask the tree where each unit sits). Asked beside `me`,
    // an operation's answer is not kept whole (response-cache.ts), so the tree and the data's state are.
    for (const [caller, query] of [
      [api.as('HQ_ANALYST'), RANKING],
      [api.as('HQ_ANALYST'), TIMELY],
      [api.as('HQ_ANALYST'), ME],
      [api.as('BRANCH'), RANKING],
      [api.as('HQ_ANALYST'), `{ me { username } ${RANKING.slice(1)}`],
      [api.as('BRANCH'), `{ me { username } ${RANKING.slice(1)}`],
      [api.as('BRANCH'), `{ me { username } ${TIMELY.slice(1)}`],
    ] as const) {
      expect((await caller.query(query)).errors).toBeUndefined();
      await warmCost(caller, query).toBe(0);
    }
    expect(await timely(api.as('HQ_ANALYST'))).toBe(1);
  });

  it('refuses a token revoked, a session ended or a user disabled through another connection once notified', async () => {
    const browser = await session('HQ_ADMIN');
    const token = api.as('HQ_ANALYST');
    const branch = api.as('BRANCH');
    for (const caller of [browser, token, branch]) {
      expect(await me(caller)).not.toBeNull();
      await warmCost(caller, ME).toBe(0);
    }
    await runSql(
      api.db.url,
      `update user_session set ended_at = now() where user_id = (select id from app_user where username = 'hq-admin');
      update api_token set revoked_at = now() where user_id = (select id from app_user where username = 'hq-analyst');
      update app_user set disabled = true where username = 'branch-gz';`,
    );
    for (const caller of [browser, token, branch]) await expect.poll(() => me(caller), NOTIFIED).toBeNull();
  });

  it('sees its own writes on its very next request: a figure changed, a session ended', async () => {
    const analyst = api.as('REGULATOR');
    expect(await timely(analyst)).toBe(1);
    await warmCost(analyst, TIMELY).toBe(0);
    const changed = await api.as('HQ_ADMIN').query(
      `mutation { changeDeadlineRuleSet(code: "COMPANY_STD", change: { simple: { n: 5, unit: WORKING_DAYS },
        complex: { n: 30, unit: DAYS }, maxDays: 60, note: "five working days" }) { recomputed } }`,
    );
    expect(changed).toEqual({ data: { changeDeadlineRuleSet: { recomputed: 1 } } });
    // STD-1, closed on 03-18, is now late (due 03-11)
    expect(await timely(analyst)).toBe(0);

    const browser = await session('HQ_ANALYST');
    expect(await me(browser)).not.toBeNull();
    await warmCost(browser, ME).toBe(0);
    expect((await browser.query('mutation { signOut }')).data).toEqual({ signOut: true });
    expect(await me(browser)).toBeNull();
  });

  it('reads per request while its listening connection is down, and keeps again once it is back', async () => {
    const feed = api.server.memory.feed;
    const regulator = api.as('REGULATOR');
    expect(await me(regulator)).not.toBeNull();
    await warmCost(regulator, ME).toBe(0);

    await runSql(
      api.db.url,
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query like 'listen crp_data%' and pid <> pg_backend_pid()`,
    );
    await expect.poll(() => feed.listening, NOTIFIED).toBe(false);
    // Down (the first reconnection waits a second): the credential is read again, and what changed
    // meanwhile is seen, though no notification can arrive.
    expect(await api.countStatements(() => regulator.query(ME))).toBe(1);
    await runSql(api.db.url, `update app_user set disabled = true where username = 'regulator-gd-gz'`);
    expect(await me(regulator)).toBeNull();
    expect(feed.listening).toBe(false);

    await expect.poll(() => feed.listening, { timeout: 10_000, interval: 50 }).toBe(true);
    await runSql(api.db.url, `update app_user set disabled = false where username = 'regulator-gd-gz'`);
    await expect.poll(() => me(regulator), NOTIFIED).not.toBeNull();
    await warmCost(regulator, ME).toBe(0);
    await warmCost(regulator, RANKING).toBe(0);
  });

  it("keeps each viewer's whole answer apart, and not past the next event", async () => {
    const ranking = async (caller: Caller) => {
      const answer = await caller.query(RANKING);
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const hq = await ranking(api.as('HQ_ADMIN'));
    const branch = await ranking(api.as('BRANCH', ['TH']));
    expect(branch).not.toEqual(hq);
    await warmCost(api.as('BRANCH', ['TH']), RANKING).toBe(0);
    await warmCost(api.as('HQ_ADMIN'), RANKING).toBe(0);
    // Without the measures, the answers are kept whole: no statement, each viewer its own.
    api.server.measureCache.clear();
    expect(await api.countStatements(() => ranking(api.as('HQ_ADMIN')))).toBe(0);
    expect(await ranking(api.as('HQ_ADMIN'))).toEqual(hq);
    expect(await ranking(api.as('BRANCH', ['TH']))).toEqual(branch);

    // A server whose clock stands an hour after two complaints: D2 closed, D1 open and due in a second.
    let now = Date.parse('2026-06-15T04:00:00Z');
    const at = (ms: number) => new Date(now + ms).toISOString();
    await runSql(
      api.db.url,
      complaintSql({ ref: 'D1', unit: 'GZ', at: at(-3_600_000), dueAt: at(1_000) }) +
        complaintSql({ ref: 'D2', unit: 'GZ', at: at(-3_600_000), closedAt: at(-60_000) }),
    );
    let statements = 0;
    const other = await startServer({
      databaseUrl: api.db.url,
      port: 0,
      host: '127.0.0.1',
      clock: () => new Date(now),
      orm: { onQuery: () => (statements += 1) },
    });
    try {
      const authorization = await api.bearer('HQ_ADMIN');
      const rate = async () => {
        const response = await fetch(`${other.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({
            query: `{ metric(unit: "GZ", metric: TIMELY_RATE, period: { from: "2026-01-01", to: "2026-12-31" }) { value } }`,
          }),
        });
        return ((await response.json()) as { data: { metric: { value: number } } }).data.metric.value;
      };
      // 1 of 1, then answered whole from memory until D1's deadline passes unclosed: 1 of 2
      expect(await rate()).toBe(1);
      const cost = async () => {
        const before = statements;
        expect(await rate()).toBe(1);
        return statements - before;
      };
      await expect.poll(cost, NOTIFIED).toBe(0);
      other.measureCache.clear();
      expect(await cost()).toBe(0);
      now += 1_001;
      expect(await rate()).toBe(0.5);
    } finally {
      await other.close();
    }
  });

  it('computes an answer asked by many at once a single time', async () => {
    // (HQ_ANALYST's token was revoked above.)
    const caller = api.as('HQ_ADMIN');
    const period = '{ from: "2012-01-01", to: "2012-03-31" }';
    const query = `{ ranking(metric: COMPLAINTS, period: ${period}, level: PROVINCE) { rows { unit { code } value } } }`;
    // Nothing kept; then the credentials, the data's state and the tree read again, the measures not.
    api.server.forget();
    expect((await caller.query(ME)).errors).toBeUndefined();
    const measured = () => api.statements.filter((sql) => sql.includes('measure_from_rollups')).length;
    const before = measured();
    const answers = await Promise.all(Array.from({ length: 6 }, () => caller.query(query)));
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    // As many measuring statements as one request alone costs: one request measured, the other five
    // waited for its answer (without that, each measured beside it).
    const once = measured() - before;
    api.server.forget();
    expect((await caller.query(ME)).errors).toBeUndefined();
    const alone = measured();
    expect((await caller.query(query.replace('2012-03-31', '2012-04-30'))).errors).toBeUndefined();
    expect(once).toBe(measured() - alone);
  });

  it('closes its listening connection when it stops', async () => {
    const listeners = async () => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: api.db.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and query like 'listen crp_data%'`,
        );
        return rows[0].n;
      } finally {
        await client.end();
      }
    };
    const before = await listeners();
    const other = await startServer({ databaseUrl: api.db.url, port: 0, host: '127.0.0.1' });
    expect(await listeners()).toBe(before + 1);
    await other.close();
    await expect.poll(listeners, NOTIFIED).toBe(before);
  });
});
