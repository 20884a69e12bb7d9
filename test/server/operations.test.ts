// What an operator and a monitoring system ask of the portal: /healthz, /readyz and /metrics, on real
// servers and real PostgreSQL. A database that refuses connections, one that accepts and never
// answers, and one not migrated make /readyz say so, in bounded time; /metrics is refused to a
// caller neither in METRICS_ALLOW nor holding METRICS_TOKEN; a portal of two processes shows both
// processes' counts; and every log line written during a request carries its id.
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { ACCESS_SQL } from '../access/fixtures.js';
import { withDatabase } from '../support/global-setup.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { post, startPortalProcess, type PortalProcess } from '../support/portal-process.js';
import { freePort } from '../support/throwaway-postgres.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const VIEWER = 'query Viewer { me { username } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let api: TestServer;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL), {
    metricsAccess: { allow: '10.0.0.0/8', token: TOKEN },
    trustProxy: 'loopback',
  });
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

/** A server on a database that is not there as it should be; closed after the test file. */
async function serverOn(databaseUrl: string): Promise<RunningServer> {
  const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1' });
  cleanups.push(() => server.close());
  return server;
}

/** A GET on a connection of its own (no keep-alive), so the primary hands each to a server process afresh. */
function getFresh(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; id?: string; text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            id: response.headers['x-request-id'] as string | undefined,
            text,
          }),
        );
      })
      .once('error', reject);
  });
}

/** The value of one sample of the Prometheus text, or undefined. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${name}{`) && row.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/healthz and /readyz', () => {
  it('says the process lives, without asking the database', async () => {
    const response = await get(`${api.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready on a migrated database that answers, with no replicas yet', async () => {
    const response = await get(`${api.server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      database: 'ok',
      migrations: 'ok',
      replicas: [],
    });
  });

  it('is not ready when the database refuses connections, and says so without its address', async () => {
    const server = await serverOn(`postgres://postgres@127.0.0.1:${await freePort()}/nowhere`);
    const response = await get(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({
      status: 'not ready',
      reason: 'the database does not answer',
      database: 'unavailable',
      migrations: 'unknown',
      replicas: [],
    });
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    // The process itself lives on.
    expect((await get(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers within its time when the database accepts connections and never answers', async () => {
    const silent = net.createServer(() => {
      // Holds the connection and says nothing, as a database host that stopped responding.
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const sockets = new Set<net.Socket>();
    silent.on('connection', (socket) => sockets.add(socket));
    const { port } = silent.address() as net.AddressInfo;
    const server = await serverOn(`postgres://postgres@127.0.0.1:${port}/silent`);
    // Before the server closes (cleanups run last first): its pool waits for the connection it opened.
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    const started = Date.now();
    const [first, second] = await Promise.all([get(`${server.url}/readyz`), get(`${server.url}/readyz`)]);
    // Bounded by the probe's 2 s, not by the connection's (none set): the bound is what is checked.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(await first.json()).toMatchObject({ reason: 'the database did not answer within 2000 ms' });
  });

  it('is not ready on a database whose migrations have not run', async () => {
    const adminUrl = inject('adminUrl');
    const name = `crp_test_unmigrated_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template template0`);
    cleanups.push(async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    });
    const server = await serverOn(withDatabase(adminUrl, name));

    const response = await get(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'not ready',
      reason: expect.stringMatching(/^\d+ migration\(s\) pending: run npm run migrate$/) as unknown,
      database: 'ok',
      migrations: 'pending',
    });
  });
});

describe('/metrics', () => {
  it('is refused, with nothing of the metrics, to an address outside METRICS_ALLOW without the token', async () => {
    const refused: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { 'x-forwarded-for': '192.168.1.9' },
    ];
    for (const headers of refused) {
      const response = await get(`${api.server.url}/metrics`, headers);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('forbidden\n');
    }
  });

  it('is answered to the token, and to an allowed address (behind the trusted proxy)', async () => {
    const withToken = await get(`${api.server.url}/metrics`, { authorization: `Bearer ${TOKEN}` });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await withToken.text()).toContain('process_cpu_user_seconds_total');
    expect((await get(`${api.server.url}/metrics`, { 'x-forwarded-for': '10.1.2.3' })).status).toBe(200);
  });

  it("counts a GraphQL request under the client's operation name, any other name under `other`, and errors by code", async () => {
    const metrics = async () => (await get(`${api.server.url}/metrics`, { authorization: `Bearer ${TOKEN}` })).text();
    // A signed-in request reads its credentials, so the pool holds a connection (the anonymous ones
    // below read nothing).
    await api.as('HQ_ANALYST').query(VIEWER);
    const before = await metrics();
    const count = (text: string, operation: string) =>
      sample(text, 'portal_graphql_duration_seconds_count', `operation="${operation}"`) ?? 0;
    const errors = (text: string, code: string) => sample(text, 'portal_graphql_errors_total', `code="${code}"`) ?? 0;

    expect((await api.query(VIEWER)).data).toEqual({ me: null });
    expect((await api.query(VIEWER)).data).toEqual({ me: null });
    await api.query('query MadeUpName1 { me { username } }');
    await api.query('{ me { username } }');
    expect((await api.query('query Viewer { nothingHere }')).errors?.[0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );

    const after = await metrics();
    expect(count(after, 'Viewer') - count(before, 'Viewer')).toBe(3);
    expect(count(after, 'other') - count(before, 'other')).toBe(2);
    expect(after).not.toContain('MadeUpName1');
    expect(errors(after, 'GRAPHQL_VALIDATION_FAILED') - errors(before, 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    // This process's pool, by state; the measure cache's counters exist from the start.
    expect(sample(after, 'portal_db_pool_connections', 'state="total"')).toBeGreaterThan(0);
    expect(after).toMatch(/^portal_measure_cache_hits_total \d+$/m);
    expect(after).toMatch(/^portal_measure_cache_misses_total \d+$/m);
  });
});

describe('a portal of two server processes', () => {
  let portal: PortalProcess;
  beforeAll(async () => {
    portal = await startPortalProcess({
      DATABASE_URL: api.db.url,
      PORT: String(await freePort()),
      PORTAL_PROCESSES: '2',
    });
  }, 180_000);
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
    await portal?.stop();
  });

  it("shows both processes' metrics, whichever process a scrape reaches", async () => {
    // Each on a connection of its own, so the primary hands them to the processes in turn.
    for (let i = 0; i < 6; i += 1) expect((await post(portal.url, VIEWER)).body.data).toEqual({ me: null });

    for (let scrape = 0; scrape < 2; scrape += 1) {
      const { status, text } = await getFresh(`${portal.url}/metrics`);
      expect(status).toBe(200);
      expect(sample(text, 'portal_graphql_duration_seconds_count', 'operation="Viewer"')).toBe(6);
      const processes = new Set(
        [...text.matchAll(/^portal_db_pool_connections\{process="(\d+)",server="primary",state="total"\}/gm)].map(
          (match) => match[1],
        ),
      );
      expect(processes.size).toBe(2);
    }
  });

  it('writes every log line of a request with its id: the one it came with, or one it was given', async () => {
    /** The lines written while `send` ran, once the request's last (the access line) is out. */
    const linesOf = async (send: () => Promise<unknown>) => {
      const before = portal.output().length;
      await send();
      await expect.poll(() => portal.output().slice(before)).toContain('"msg":"request"');
      return portal
        .output()
        .slice(before)
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { msg: string; requestId?: string });
    };

    const given = await linesOf(() =>
      post(portal.url, 'query Viewer { nothingHere }', {}, { 'x-request-id': 'abc-123' }),
    );
    expect(given.map((line) => line.msg)).toEqual(['graphql answered with errors', 'request']);
    for (const line of given) expect(line.requestId).toBe('abc-123');

    const made = await linesOf(() => post(portal.url, 'query Viewer { nothingHere }'));
    expect(made.map((line) => line.msg)).toEqual(['graphql answered with errors', 'request']);
    expect(made[0].requestId).toMatch(UUID);
    expect(made[1].requestId).toBe(made[0].requestId);

    // Nothing secret reaches the log: not a password, a token or a cookie of a refused request.
    const refused = await linesOf(() =>
      post(
        portal.url,
        'mutation SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { username } }',
        { username: 'nobody', password: 'hunter2-secret' },
        {
          authorization: 'Bearer not-a-real-token-xyz',
          cookie: 'crp_session=sekrit-cookie',
          'x-request-id': 'abc-456',
        },
      ),
    );
    expect(refused.map((line) => [line.msg, line.requestId])).toEqual([
      ['graphql answered with errors', 'abc-456'],
      ['request', 'abc-456'],
    ]);
    for (const secret of ['hunter2-secret', 'not-a-real-token-xyz', 'sekrit-cookie'])
      expect(portal.output()).not.toContain(secret);

    // The id is sent back; one that is not short and plain is replaced, never written to the log.
    expect((await getFresh(`${portal.url}/healthz`, { 'x-request-id': 'abc-123' })).id).toBe('abc-123');
    for (const id of ['a"b c', 'x'.repeat(65), '']) {
      expect((await getFresh(`${portal.url}/healthz`, { 'x-request-id': id })).id).toMatch(UUID);
    }
    expect(portal.output()).not.toContain('a"b c');
  });
});
