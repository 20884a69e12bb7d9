import { startServer, type RunningServer } from '../../server/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A portal server on a fresh test database, with a counter of the SQL statements it sends. */
export async function startTestServer(seed?: (databaseUrl: string) => Promise<void>) {
  const db: TestDatabase = await createTestDatabase();
  await seed?.(db.url);
  const statements: string[] = [];
  const server: RunningServer = await startServer({
    databaseUrl: db.url,
    port: 0,
    host: '127.0.0.1',
    orm: { onQuery: (sql) => statements.push(sql) },
  });
  return {
    db,
    server,
    statements,
    /** POSTs an operation to /graphql, as a client would. */
    async query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    /** How many statements `run` sends. */
    async countStatements(run: () => Promise<unknown>): Promise<number> {
      const before = statements.length;
      await run();
      return statements.length - before;
    },
    async close() {
      await server.close();
      await db.drop();
    },
  };
}
