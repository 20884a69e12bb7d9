import { sql } from 'kysely';
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
