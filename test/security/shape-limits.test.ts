import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, TREE_SQL } from '../support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/graphql.js';

// The endpoint against bad and hostile input: each gets a clear, typed error and changes nothing.
// `prod` runs as production does (NODE_ENV=production): no introspection, no field suggestions, a
// Secure cookie.

let api: TestServer;
let prod: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL));
  prod = await startTestServer((url) => runSql(url, TREE_SQL), { production: true });
  await prod.user('HQ_ANALYST');
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await prod?.close();
});

const analyst = () => api.as('HQ_ANALYST');
const admin = () => api.as('HQ_ADMIN');
const first = (response: { errors?: { message: string; extensions?: { code?: string } }[] }) => [
  response.errors?.[0].extensions?.code,
  response.errors?.[0].message,
];
/** A unit's children nested `levels` deep below `unit` (the root field is level 1). */
const nested = (levels: number) =>
  `{ unit(code: "GZ") { ${'children { '.repeat(levels - 2)}code${' }'.repeat(levels - 2)} } }`;

describe('the shape of an operation', () => {
  it('refuses a depth over 16, also when fragments hide it', async () => {
    expect((await analyst().query(nested(16))).errors).toBeUndefined();
    expect(first(await analyst().query(nested(17)))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'Syntax Error: Query depth limit of 16 exceeded, found 17.',
    ]);
    // the 2025 bypass: a fragment counted once at a shallow place, then spread deeper
    const fragments = `query { a: unit(code: "GZ") { ...F } b: unit(code: "GZ") { ${'children { '.repeat(11)}...F${' }'.repeat(11)} } }
      fragment F on Unit { children { children { code } } }`;
    // b: unit, 11 × children, then F (graphql-armor counts the spread and the fragment each as a level)
    expect(first(await analyst().query(fragments))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'Syntax Error: Query depth limit of 16 exceeded, found 17.',
    ]);
  });

  it('refuses more than 20 aliases, a batch of operations, and more than 3,000 tokens', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: metricDefinitions { key }`).join(' ')} }`;
    expect((await analyst().query(aliases(20))).errors).toBeUndefined();
    expect(first(await analyst().query(aliases(21)))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'Syntax Error: Aliases limit of 20 exceeded, found 21.',
    ]);
    const batch = await api.raw(
      {},
      JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]),
    );
    expect(batch.status).toBe(400);
    const tokens = `{ metricDefinitions { ${'key '.repeat(3000)} } }`;
    expect(first(await analyst().query(tokens))).toEqual([
      'GRAPHQL_PARSE_FAILED',
      'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.', // graphql-js's own words,
    ]);
  });

  it('answers a body over 64 KB or not JSON with a typed error, before any GraphQL', async () => {
    const big = await api.raw({}, JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(70_000)}` }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [{ message: 'the request is larger than 65536 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    const broken = await api.raw({}, '{"query": "{ me { username } }"');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('production', () => {
  it('has no introspection and no field suggestions', async () => {
    const introspection = await prod.as('HQ_ANALYST').query('{ __schema { types { name } } }');
    expect(first(introspection)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(first(introspection)[1]).toContain('introspection is not allowed');
    const typo = await prod.as('HQ_ANALYST').query('{ unitz { code } }');
    expect(first(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "unitz" on type "Query".']);
    expect(first(await api.as('HQ_ANALYST').query('{ unitz { code } }'))[1]).toContain(
      'Did you mean "unit" or "units"?',
    );
  });

  it('sets the session cookie Secure, under the __Host- prefix', async () => {
    const response = await prod.raw(
      {},
      JSON.stringify({
        query: `mutation { signIn(username: "hq-analyst", password: "${TEST_PASSWORD}") { username } }`,
      }),
    );
    expect(response.headers.getSetCookie()[0]).toMatch(
      /^__Host-crp_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
    );
  });
});

describe('bad values', () => {
  it('refuses an oversized or negative first, naming it', async () => {
    for (const n of [-1, 101]) {
      expect(first(await analyst().query(`{ complaints(first: ${n}) { totalCount } }`))).toEqual([
        'BAD_USER_INPUT',
        `first must be between 0 and 100, not ${n}`,
      ]);
    }
    expect(first(await admin().query(`{ auditLog(first: 500) { pageInfo { hasNextPage } } }`))).toEqual([
      'BAD_USER_INPUT',
      'first must be between 0 and 100, not 500',
    ]);
  });

  it('refuses an impossible date and an unknown enum value, in a variable or in the document', async () => {
    const metric = `query ($metric: MetricKey!, $to: Date!) { metric(unit: "GZ", metric: $metric, period: { from: "2013-01-01", to: $to }) { value } }`;
    expect(first(await analyst().query(metric, { metric: 'COMPLAINTS', to: '2013-02-30' }))[0]).toBe('BAD_USER_INPUT');
    expect(first(await analyst().query(metric, { metric: 'HAPPINESS', to: '2013-01-31' }))).toEqual([
      'BAD_USER_INPUT',
      'Variable "$metric" got invalid value "HAPPINESS"; Value "HAPPINESS" does not exist in "MetricKey" enum.',
    ]);
    expect(first(await analyst().query(`{ units(level: CONTINENT) { code } }`))[0]).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a bad user and changes nothing, not even the audit log', async () => {
    const counts = async () =>
      (await admin().query(`{ users { username } auditLog(first: 100) { edges { cursor } } }`)).data;
    const before = await counts();
    const cases: [string, string, string][] = [
      [
        '{ username: "x y", password: "long-enough-1", role: HQ_ANALYST }',
        'BAD_USER_INPUT',
        'username "x y" must be 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
      ],
      [
        '{ username: "shorty", password: "short", role: HQ_ANALYST }',
        'BAD_USER_INPUT',
        'a password needs 10 to 200 characters, not 5',
      ],
      [
        '{ username: "lost", password: "long-enough-1", role: BRANCH }',
        'BAD_USER_INPUT',
        'a BRANCH user must be bound to at least one unit',
      ],
      [
        '{ username: "lost", password: "long-enough-1", role: BRANCH, units: ["XX"] }',
        'NOT_FOUND',
        'unit "XX" does not exist',
      ],
      [
        '{ username: "boss", password: "long-enough-1", role: HQ_ANALYST, units: ["GZ"] }',
        'BAD_USER_INPUT',
        'a HQ_ANALYST user sees every unit: bind it to none',
      ],
      [
        '{ username: "hq-admin", password: "long-enough-1", role: HQ_ANALYST }',
        'BAD_USER_INPUT',
        'user "hq-admin" already exists',
      ],
    ];
    for (const [input, code, message] of cases) {
      expect(first(await admin().query(`mutation { createUser(input: ${input}) { username } }`))).toEqual([
        code,
        message,
      ]);
    }
    expect(
      first(await admin().query(`mutation { updateUser(username: "hq-admin", input: { role: HQ_ANALYST }) { role } }`)),
    ).toEqual(['BAD_USER_INPUT', 'an administrator cannot take away or disable their own administration']);
    expect(await counts()).toEqual(before);
  });

  it('never shows a stack trace or a database message', async () => {
    const responses = [
      await analyst().query('{ complaints { '),
      await analyst().query(`{ complaints(after: "nope") { totalCount } }`),
      await api.query(`{ units { code } }`),
    ];
    for (const response of responses)
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .+\.ts:\d+|postgres|relation/i);
  });
});
