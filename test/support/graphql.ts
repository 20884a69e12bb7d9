import type { Role } from '../../db/domain.js';
import { createOrm } from '../../db/orm.js';
import { COMMAND_LINE, createApiToken, createUser } from '../../server/modules/access/index.js';
import { transactor } from '../../server/kernel/transact.js';
import { startServer, type RunningServer, type ServerOptions } from '../../server/app.js';
import { createSeededDatabase, type Seed, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** The units each role's test user is bound to, unless a test names others (the fixtures' GZ and GD). */
export const DEFAULT_UNITS: Record<Role, string[]> = {
  HQ_ADMIN: [],
  HQ_ANALYST: [],
  BRANCH: ['GZ'],
  REGULATOR: ['GD', 'GZ'],
};
export const TEST_PASSWORD = 'test-password-1';

/** Someone sending operations: anonymous, a role's test user (by API token), or a browser with a cookie. */
export interface Caller {
  query: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
}

/**
 * A portal server on a fresh test database (seeded as asked: `'demo'` for the demo data), with a counter of the SQL statements it sends. `query`
 * is anonymous; `as(role, units)` acts as a user of that role, created (with an API token) on first
 * use through a connection of its own, so the statements it costs are never counted.
 */
export async function startTestServer(seed?: Seed, options: Partial<ServerOptions> = {}) {
  const db: TestDatabase = await createSeededDatabase(seed);
  const statements: string[] = [];
  const server: RunningServer = await startServer({
    databaseUrl: db.url,
    port: 0,
    host: '127.0.0.1',
    orm: { onQuery: (sql) => statements.push(sql) },
    // Tests write through connections of their own and ask the very next moment: a listening server
    // sees such a write once its notification arrives, so test servers read per request unless a test
    // asks for the production path (test/server/change-feed.test.ts, measure-cache.test.ts).
    listen: false,
    ...options,
  });
  const accountsOrm = createOrm(db.url, { poolSize: 2 });
  const tokens = new Map<string, Promise<string>>();

  /** POSTs a body to /graphql with these headers; the whole response, headers and status included. */
  function raw(headers: Record<string, string>, body: string): Promise<Response> {
    return fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  }

  /** POSTs an operation to /graphql, as a client would. */
  async function post(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
    return (await (await raw(headers, JSON.stringify({ query, variables }))).json()) as GraphQLResponse;
  }

  /** A test user of the role bound to the units (created once), and an API token for it. */
  function tokenFor(role: Role, units: readonly string[]): Promise<string> {
    const username = usernameFor(role, units);
    if (!tokens.has(username)) {
      tokens.set(
        username,
        (async () => {
          const transact = transactor(await accountsOrm);
          await createUser(transact, COMMAND_LINE, { username, password: TEST_PASSWORD, role, units });
          return (await createApiToken(transact, COMMAND_LINE, { username, name: 'tests', now: new Date() })).token;
        })(),
      );
    }
    return tokens.get(username)!;
  }

  return {
    db,
    server,
    statements,
    /** An anonymous operation. */
    query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      return post({}, query, variables);
    },
    /** Acts as the test user of a role (bound to DEFAULT_UNITS[role] unless told), with an API token. */
    as(role: Role, units: readonly string[] = DEFAULT_UNITS[role]): Caller & { username: string } {
      return {
        username: usernameFor(role, units),
        query: async (query, variables) =>
          post({ authorization: `Bearer ${await tokenFor(role, units)}` }, query, variables),
      };
    },
    /** The Authorization header a role's test user sends (for requests the test makes itself). */
    async bearer(role: Role, units: readonly string[] = DEFAULT_UNITS[role]): Promise<string> {
      return `Bearer ${await tokenFor(role, units)}`;
    },
    /** An operation with headers of the test's own (a cookie, a malformed Authorization, X-Forwarded-For). */
    post,
    raw,
    /** Makes sure a role's test user exists (for tests that sign in with TEST_PASSWORD); returns its username. */
    async user(role: Role, units: readonly string[] = DEFAULT_UNITS[role]): Promise<string> {
      await tokenFor(role, units);
      return usernameFor(role, units);
    },
    /** How many statements `run` sends. */
    async countStatements(run: () => Promise<unknown>): Promise<number> {
      const before = statements.length;
      await run();
      return statements.length - before;
    },
    async close() {
      await server.close();
      await (await accountsOrm).close();
      await db.drop();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

function usernameFor(role: Role, units: readonly string[]): string {
  return [role.toLowerCase().replace('_', '-'), ...units.map((unit) => unit.toLowerCase())].join('-');
}
