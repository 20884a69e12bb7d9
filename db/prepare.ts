import { sql } from 'kysely';
import pg from 'pg';
import { loadDemo } from './demo/index.js';
import { migrate } from './migrate.js';
import { createOrm } from './orm.js';

export interface PrepareOptions {
  migrate: boolean;
  loadDemo: boolean;
  log: (line: string) => void;
}

/**
 * Makes a database ready to serve: pending migrations applied (under the migration lock), and the
 * demo data set loaded through the import path when asked for and there are no units yet.
 */
export async function prepareDatabase(url: string, options: PrepareOptions): Promise<void> {
  if (!options.migrate && !options.loadDemo) return;
  const orm = await createOrm(url);
  let empty = false;
  try {
    if (options.migrate) {
      const applied = await migrate(orm);
      if (applied.length) options.log(`applied migrations: ${applied.join(', ')}`);
    }
    if (options.loadDemo) {
      const { rows } = await sql<{ empty: boolean }>`select not exists (select 1 from unit) as empty`.execute(
        orm.em.fork().getKysely(),
      );
      empty = rows[0].empty;
    }
  } finally {
    await orm.close();
  }
  if (empty) {
    options.log('the database is empty: loading the demo data (first start only)');
    await loadDemo(url, { log: options.log });
  }
}

/**
 * Says so when the server processes' pools together may want more connections than PostgreSQL takes
 * (`max_connections` less those reserved for superusers): a request would then fail to connect under
 * load, not at start, so it is said at start. A warning, not a refusal: pools open connections only as
 * requests need them, and the limit is the database administrator's to raise.
 */
export async function checkConnectionRoom(url: string, wanted: number, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ room: number }>(
      `select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int as room`,
    );
    if (rows[0].room < wanted)
      log(
        `warning: the server processes may open ${wanted} connections together, more than the ${rows[0].room} PostgreSQL ` +
          'takes (max_connections): lower PORTAL_PROCESSES or raise max_connections',
      );
  } finally {
    await client.end();
  }
}
