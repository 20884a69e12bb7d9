import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { runSql, TREE_SQL } from '../support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/graphql.js';

// Sign-in throttling: 5 failures per username (since its last success) and 20 per address within
// 15 minutes, counted in PostgreSQL, so a second server on the same database counts them too.

let api: TestServer;
let other: RunningServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL), { trustProxy: 'loopback' });
  other = await startServer({ databaseUrl: api.db.url, port: 0, host: '127.0.0.1', trustProxy: 'loopback' });
  await api.user('HQ_ANALYST');
  await api.user('BRANCH');
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await other?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
});

const SIGN_IN = `mutation ($username: String!, $password: String!) { signIn(username: $username, password: $password) { username } }`;

async function attempt(url: string, username: string, password: string, address: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { username, password } }),
  });
  const body = (await response.json()) as any;
  return body.errors ? body.errors[0].extensions.code : 'SIGNED_IN';
}

describe('sign-in throttling', () => {
  it('lets 5 failures for a username through, refuses the next even with the right password, on every server', async () => {
    // ten at once: the advisory lock serialises them, so exactly five are judged and five refused
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => attempt(api.server.url, 'hq-analyst', 'wrong-password', '10.1.0.1')),
    );
    expect(burst.sort()).toEqual([...Array(5).fill('RATE_LIMITED'), ...Array(5).fill('UNAUTHENTICATED')]);
    expect(await attempt(other.url, 'hq-analyst', TEST_PASSWORD, '10.1.0.2')).toBe('RATE_LIMITED');
    // another user from the same address is not held up
    expect(await attempt(other.url, 'branch-gz', TEST_PASSWORD, '10.1.0.1')).toBe('SIGNED_IN');
  });

  it('counts a username’s failures only since its last successful sign-in', async () => {
    for (let i = 0; i < 4; i++)
      expect(await attempt(api.server.url, 'branch-gz', 'wrong-password', '10.2.0.1')).toBe('UNAUTHENTICATED');
    expect(await attempt(api.server.url, 'branch-gz', TEST_PASSWORD, '10.2.0.1')).toBe('SIGNED_IN');
    for (let i = 0; i < 4; i++)
      expect(await attempt(api.server.url, 'branch-gz', 'wrong-password', '10.2.0.1')).toBe('UNAUTHENTICATED');
    expect(await attempt(api.server.url, 'branch-gz', TEST_PASSWORD, '10.2.0.1')).toBe('SIGNED_IN');
  });

  it('refuses an address after 20 failures, whichever usernames it tried', async () => {
    for (let i = 0; i < 20; i++) {
      expect(await attempt(i % 2 ? other.url : api.server.url, `guess-${i}`, 'wrong-password', '10.3.0.1')).toBe(
        'UNAUTHENTICATED',
      );
    }
    const refused = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.3.0.1' },
      body: JSON.stringify({ query: SIGN_IN, variables: { username: 'branch-gz', password: TEST_PASSWORD } }),
    });
    expect(((await refused.json()) as any).errors).toEqual([
      {
        message: 'too many failed sign-ins for this username or from this address; try again in 15 minutes',
        path: ['signIn'],
        extensions: { code: 'RATE_LIMITED' },
      },
    ]);
    expect(await attempt(api.server.url, 'branch-gz', TEST_PASSWORD, '10.3.0.2')).toBe('SIGNED_IN');
  });
});
