import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, TREE_SQL } from '../support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/graphql.js';

// Sign-in, the session cookie, sign-out, expiry, API tokens and the audit log, over HTTP. The server
// trusts X-Forwarded-For from the loopback address, so each test signs in from an address of its own.

let api: TestServer;
let db: pg.Client;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL), { trustProxy: 'loopback' });
  db = new pg.Client({ connectionString: api.db.url });
  await db.connect();
  await api.user('HQ_ANALYST');
  await api.user('BRANCH');
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const SIGN_IN = `mutation ($username: String!, $password: String!) { signIn(username: $username, password: $password) { username role expiresAt units { code } } }`;
const ME = `{ me { username role units { code } } }`;

async function signIn(username: string, password: string, address: string) {
  const response = await api.raw(
    { 'x-forwarded-for': address },
    JSON.stringify({ query: SIGN_IN, variables: { username, password } }),
  );
  const cookie = response.headers.getSetCookie()[0];
  return { body: (await response.json()) as any, cookie, secret: cookie && /^crp_session=([^;]+)/.exec(cookie)?.[1] };
}
const withCookie = (secret: string, address = '10.9.9.9') => ({
  cookie: `crp_session=${secret}`,
  'x-forwarded-for': address,
});
const auditOf = async (actor: string) =>
  (
    await db.query(
      `select action, address, detail->>'reason' as reason from audit_event where actor = $1 order by id`,
      [actor],
    )
  ).rows;

describe('signing in', () => {
  it('opens a 12-hour session in an HTTP-only, SameSite=Strict cookie, whatever the case of the username', async () => {
    const started = Date.now();
    const { body, cookie, secret } = await signIn('HQ-Analyst', TEST_PASSWORD, '10.0.0.1');
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn).toMatchObject({ username: 'hq-analyst', role: 'HQ_ANALYST' });
    const hours = (Date.parse(body.data.signIn.expiresAt) - started) / 3_600_000;
    expect(hours).toBeGreaterThan(11.99);
    expect(hours).toBeLessThan(12.01);
    expect(cookie).toMatch(/^crp_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+ GMT; HttpOnly; SameSite=Strict$/);
    expect((await api.post(withCookie(secret!), ME)).data.me).toEqual({
      username: 'hq-analyst',
      role: 'HQ_ANALYST',
      units: [],
    });
    // only the secret's hash is stored
    const { rows } = await db.query(`select token_hash from user_session`);
    expect(rows.map((row) => row.token_hash)).not.toContain(secret);
    expect(await auditOf('hq-analyst')).toEqual([{ action: 'SIGN_IN', address: '10.0.0.1', reason: null }]);
  });

  it('refuses a wrong password and an unknown user in the same words, sets no cookie, and logs both', async () => {
    for (const username of ['branch-gz', 'nobody']) {
      const { body, cookie } = await signIn(username, 'not-the-password', '10.0.0.2');
      expect(body).toEqual({
        data: null,
        errors: [{ message: 'wrong username or password', path: ['signIn'], extensions: { code: 'UNAUTHENTICATED' } }],
      });
      expect(cookie).toBeUndefined();
    }
    expect(await auditOf('branch-gz')).toEqual([
      { action: 'SIGN_IN_FAILED', address: '10.0.0.2', reason: 'WRONG_PASSWORD' },
    ]);
    expect(await auditOf('nobody')).toEqual([
      { action: 'SIGN_IN_FAILED', address: '10.0.0.2', reason: 'UNKNOWN_USER' },
    ]);
  });

  it('signs out: the session ends, the cookie is cleared, and the old cookie says the session ended', async () => {
    const { secret, body } = await signIn('branch-gz', TEST_PASSWORD, '10.0.0.3');
    expect(body.data.signIn).toMatchObject({ username: 'branch-gz', role: 'BRANCH', units: [{ code: 'GZ' }] });
    const out = await api.raw(withCookie(secret!, '10.0.0.3'), JSON.stringify({ query: 'mutation { signOut }' }));
    expect(await out.json()).toEqual({ data: { signOut: true } });
    expect(out.headers.getSetCookie()[0]).toMatch(
      /^crp_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/,
    );
    const after = await api.post(withCookie(secret!), `{ units { code } }`);
    expect(after.errors?.[0].message).toMatch(/^your session ended at \d{4}-\d\d-\d\dT[\d:.]+Z; sign in again$/);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await auditOf('branch-gz')).map((row) => row.action)).toEqual(['SIGN_IN_FAILED', 'SIGN_IN', 'SIGN_OUT']);
  });

  it('refuses an expired session, saying when it expired, and me drops the stale cookie', async () => {
    const { secret } = await signIn('branch-gz', TEST_PASSWORD, '10.0.0.4');
    await db.query(`update user_session set expires_at = '2026-01-01T00:00:00Z' where ended_at is null and user_id =
      (select id from app_user where username = 'branch-gz')`);
    const response = await api.raw(withCookie(secret!), JSON.stringify({ query: ME }));
    expect(await response.json()).toEqual({
      data: { me: null },
      errors: [
        {
          message: 'your session expired at 2026-01-01T00:00:00.000Z; sign in again',
          path: ['me'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(response.headers.getSetCookie()[0]).toMatch(/^crp_session=; /);
  });

  it('answers me with null for an anonymous visitor, and nothing else', async () => {
    expect(await api.query(ME)).toEqual({ data: { me: null } });
    expect((await api.query(`{ units { code } }`)).errors?.[0]).toEqual({
      message: 'sign in first: only signIn is open without it',
      path: ['units'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('API tokens', () => {
  const admin = () => api.as('HQ_ADMIN');

  it('act as their user until revoked or expired, each refusal saying why', async () => {
    const made = await admin().query(
      `mutation { createApiToken(username: "branch-gz", name: "regulator sync") { token apiToken { id name revokedAt } } }`,
    );
    const { token, apiToken } = made.data.createApiToken;
    expect(token).toMatch(/^crp_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'regulator sync', revokedAt: null });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await api.post(bearer, ME)).data.me).toEqual({
      username: 'branch-gz',
      role: 'BRANCH',
      units: [{ code: 'GZ' }],
    });

    await db.query(`update api_token set expires_at = '2026-02-01T00:00:00Z' where id = $1`, [apiToken.id]);
    expect((await api.post(bearer, `{ units { code } }`)).errors?.[0].message).toBe(
      'the API token expired at 2026-02-01T00:00:00.000Z',
    );
    await db.query(`update api_token set expires_at = null where id = $1`, [apiToken.id]);
    await admin().query(`mutation { revokeApiToken(id: ${apiToken.id}) { id } }`);
    expect((await api.post(bearer, `{ units { code } }`)).errors?.[0].message).toMatch(
      /^the API token was revoked at /,
    );
    expect(
      (await api.post({ authorization: 'Bearer crp_nope-nope-nope' }, `{ units { code } }`)).errors?.[0].message,
    ).toBe('the API token is not valid');
    expect(
      (await api.post({ authorization: 'Basic YWRtaW46YWRtaW4=' }, `{ units { code } }`)).errors?.[0],
    ).toMatchObject({
      message: 'the Authorization header must read "Bearer <token>"',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('stop working, with the sessions, when the user is disabled or the password changes', async () => {
    await admin().query(
      `mutation { createUser(input: { username: "leaver", password: "${TEST_PASSWORD}", role: HQ_ANALYST }) { username } }`,
    );
    const { secret } = await signIn('leaver', TEST_PASSWORD, '10.0.0.5');
    const token = (await admin().query(`mutation { createApiToken(username: "leaver", name: "t") { token } }`)).data
      .createApiToken.token;
    await admin().query(
      `mutation { updateUser(username: "leaver", input: { password: "another-password" }) { username } }`,
    );
    expect((await api.post(withCookie(secret!), ME)).errors?.[0].message).toMatch(/^your session ended at /);
    expect((await api.post({ authorization: `Bearer ${token}` }, ME)).data.me.username).toBe('leaver');
    await admin().query(`mutation { updateUser(username: "leaver", input: { disabled: true }) { disabled } }`);
    expect((await api.post({ authorization: `Bearer ${token}` }, ME)).errors?.[0].message).toBe(
      'the account "leaver" is disabled',
    );
    expect((await signIn('leaver', 'another-password', '10.0.0.5')).body.errors[0].message).toBe(
      'the account "leaver" is disabled',
    );
  });
});

describe('the audit log', () => {
  it('is read by HQ_ADMIN, newest first, a page at a time', async () => {
    const page = async (after?: string) =>
      (
        await api.as('HQ_ADMIN').query(
          `query ($after: String) { auditLog(first: 2, after: $after) {
        edges { cursor node { action actor subject detail } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).data.auditLog;
    const first = await page();
    // the last thing done: leaver signed in while disabled, and before that an administrator disabled leaver
    expect(first.edges.map((edge: { node: object }) => edge.node)).toEqual([
      { action: 'SIGN_IN_FAILED', actor: 'leaver', subject: null, detail: '{"reason":"DISABLED"}' },
      { action: 'USER_UPDATED', actor: 'hq-admin', subject: 'leaver', detail: '{"disabled":true}' },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    // before that, the new password, which ended leaver's one open session
    expect(second.edges[0].node).toEqual({
      action: 'USER_UPDATED',
      actor: 'hq-admin',
      subject: 'leaver',
      detail: '{"password":"changed","endedSessions":1}',
    });
  });

  it('refuses every change but an insert, in the database itself', async () => {
    for (const statement of [
      'update audit_event set actor = $$someone$$',
      'delete from audit_event',
      'truncate audit_event',
    ]) {
      await expect(db.query(statement)).rejects.toThrow(
        /^the audit log is append-only: (UPDATE|DELETE|TRUNCATE) refused$/,
      );
    }
    expect(Number((await db.query(`select count(*) from audit_event`)).rows[0].count)).toBeGreaterThan(10);
  });
});
