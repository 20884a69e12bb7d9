// Applies pending migrations to the configured database, for deployments that migrate as their own
// step (with MIGRATE_ON_START=false on the server):   npm run migrate
import { readDatabaseSettings } from '../database-config.js';
import { openDatabase } from '../embedded.js';
import { migrate } from '../migrate.js';
import { createOrm } from '../orm.js';

const db = await openDatabase(readDatabaseSettings(), console.error);
const orm = await createOrm(db.url);
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
} finally {
  await orm.close();
  await db.release();
}
