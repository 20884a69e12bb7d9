import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS } from '../../server/modules/access/index.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type GraphQLResponse, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, createReport, submitReport } from '../reports/helpers.js';

// Security review findings 7–10: input at the edges of the endpoint that used to give internal
// errors or HTTP 500, and suggestions that leaked the schema in production. `prod` runs as
// production does; `api` trusts X-Forwarded-For from the loopback, so each test uses its own address.

let api: TestServer;
let prod: TestServer;
let db: pg.Client;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL), { trustProxy: 'loopback' });
  prod = await startTestServer((url) => runSql(url, ACCESS_SQL), { production: true });
  db = new pg.Client({ connectionString: api.db.url });
  await db.connect();
  await api.user('HQ_ANALYST');
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await db?.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await prod?.close();
});

const errorsOf = (response: GraphQLResponse) =>
  response.errors?.map((error) => [error.extensions?.code, error.message]);
const analyst = () => api.as('HQ_ANALYST');

/** POSTs an operation from an address; the status and the parsed body. */
async function post(query: string, variables: Record<string, unknown> | undefined, address: string, cookie?: string) {
  const response = await api.raw(
    { 'x-forwarded-for': address, ...(cookie && { cookie }) },
    JSON.stringify({ query, variables }),
  );
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

describe('NUL characters in string arguments (finding 7)', () => {
  const nul = (argument: string, field: string) => [
    'BAD_USER_INPUT',
    `argument "${argument}" of ${field} contains a NUL character (U+0000), which is not accepted`,
  ];

  it('refuses a NUL in a literal or a variable, naming the argument, with HTTP 400', async () => {
    const literal = await analyst().query(`{ unit(code: "G\\u0000Z") { code } }`);
    expect(errorsOf(literal)).toEqual([nul('code', 'unit')]);
    expect(literal.data).toBeUndefined();
    const variable = await post(
      `query ($code: String!) { unit(code: $code) { code } }`,
      { code: 'G\u0000Z' },
      '10.7.0.1',
    );
    expect(variable).toEqual({
      status: 400,
      body: { errors: [{ message: nul('code', 'unit')[1], extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    const report = await analyst().query(`query ($id: ID!) { report(id: $id) { id } }`, { id: '1\u0000' });
    expect(errorsOf(report)).toEqual([nul('id', 'report')]);
  });

  it('finds a NUL inside input objects and lists, in the document or in a variable', async () => {
    const inObject = await analyst().query(`{ complaints(filter: { unit: "GZ\\u0000" }) { totalCount } }`);
    expect(errorsOf(inObject)).toEqual([nul('filter.unit', 'complaints')]);
    const inList = await analyst().query(
      `{ compare(units: ["GZ", "\\u0000"], metrics: [COMPLAINTS], period: { from: "2013-01-01", to: "2013-01-31" }) { rows { unit { code } } } }`,
    );
    expect(errorsOf(inList)).toEqual([nul('units[1]', 'compare')]);
    const admin = api.as('HQ_ADMIN');
    const user = `mutation ($input: NewUserInput!) { createUser(input: $input) { username } }`;
    const inVariableList = await admin.query(user, {
      input: { username: 'nul-user', password: 'long-enough-1', role: 'BRANCH', units: ['GZ', 'F\u0000S'] },
    });
    expect(errorsOf(inVariableList)).toEqual([nul('input.units[1]', 'createUser')]);
    const variableInObject = await admin.query(
      `mutation ($name: String!) { createUser(input: { username: $name, password: "long-enough-1", role: HQ_ANALYST }) { username } }`,
      { name: 'a\u0000b' },
    );
    expect(errorsOf(variableInObject)).toEqual([nul('input.username', 'createUser')]);
    expect(
      (await admin.query(`{ users { username } }`)).data.users.map((u: { username: string }) => u.username),
    ).not.toContain('nul-user');
  });

  it('refuses a sign-in with a NUL in the username, and audits it as a failed sign-in that throttling counts', async () => {
    const SIGN_IN = `mutation ($username: String!, $password: String!) { signIn(username: $username, password: $password) { username } }`;
    const refused = await post(SIGN_IN, { username: 'hq-analyst\u0000', password: TEST_PASSWORD }, '10.7.0.2');
    expect(refused.status).toBe(400);
    expect(errorsOf(refused.body)).toEqual([nul('username', 'signIn')]);
    const { rows } = await db.query(
      `select action, actor, address, detail->>'reason' as reason from audit_event where address = '10.7.0.2'`,
    );
    expect(rows).toEqual([
      { action: 'SIGN_IN_FAILED', actor: 'hq-analyst\uFFFD', address: '10.7.0.2', reason: 'BAD_USER_INPUT' },
    ]);
    // the address's limit is reached by such attempts alone: the right password is then refused too
    for (let i = 1; i < SIGN_IN_LIMITS.perAddress; i += 1) {
      const literal = await post(
        `mutation { signIn(username: "x\\u0000${i}", password: "p") { username } }`,
        undefined,
        '10.7.0.2',
      );
      expect(errorsOf(literal.body)).toEqual([nul('username', 'signIn')]);
    }
    const good = await post(SIGN_IN, { username: 'hq-analyst', password: TEST_PASSWORD }, '10.7.0.2');
    expect(good.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('a session cookie with bad %-encoding (finding 8)', () => {
  const cookie = 'crp_session=%E0%A4%A';

  it('is no session: GraphQL answers as to an anonymous visitor', async () => {
    const me = await post(`{ me { username } }`, undefined, '10.7.0.3', cookie);
    expect(me).toEqual({ status: 200, body: { data: { me: null } } });
    const units = await post(`{ units { code } }`, undefined, '10.7.0.3', cookie);
    expect(units.status).toBe(200);
    expect(units.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is no session for a report download: 401, not 500', async () => {
    const id = await createReport(analyst(), 'GZ');
    expect((await submitReport(analyst(), id)).errors).toBeUndefined();
    const response = await fetch(`${api.server.url}/reports/${id}/v/1.xlsx`, { headers: { cookie } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
  });
});

describe('suggestions in production (finding 9)', () => {
  // Each a misspelling graphql-js would answer with "Did you mean …?".
  const typos: [string, string, Record<string, unknown>?][] = [
    ['a field', `{ unitz { code } }`],
    ['an argument', `{ unit(cod: "GZ", code: "GZ") { code } }`],
    ['a type', `query ($level: UnitLevl) { units(level: $level) { code } }`],
    ['an enum value in the document', `{ units(level: PROVINCES) { code } }`],
    [
      'an enum value in a variable',
      `query ($level: UnitLevel) { units(level: $level) { code } }`,
      { level: 'PROVINCES' },
    ],
    [
      'an input field in the document',
      `{ metric(unit: "GZ", metric: COMPLAINTS, period: { form: "2013-01-01", to: "2013-01-31" }) { value } }`,
    ],
    [
      'an input field in a variable',
      `query ($p: PeriodInput!) { metric(unit: "GZ", metric: COMPLAINTS, period: $p) { value } }`,
      { p: { form: '2013-01-01', from: '2013-01-01', to: '2013-01-31' } },
    ],
  ];

  it.each(typos)('gives none for %s, and development still does', async (_what, query, variables) => {
    const inProduction = errorsOf(await prod.as('HQ_ANALYST').query(query, variables))!;
    expect(inProduction.length).toBeGreaterThan(0);
    for (const [, message] of inProduction) expect(message).not.toMatch(/did you mean|suggestion/i);
    const inDevelopment = errorsOf(await analyst().query(query, variables))!;
    expect(inDevelopment.map(([, message]) => message).join('\n')).toContain('Did you mean');
    // the same errors otherwise, word for word
    expect(inProduction).toEqual(
      inDevelopment.map(([code, message]) => [code, message!.replace(/ Did you mean [^?]*\?/, '')]),
    );
  });
});

describe('a subscription (finding 10)', () => {
  it('is refused as a validation error: the portal has no subscriptions', async () => {
    const response = await post(`subscription { me { username } }`, undefined, '10.7.0.4');
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'the portal has no subscriptions: send a query or a mutation'],
    ]);
  });
});
