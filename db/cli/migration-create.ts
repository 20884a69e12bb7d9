// Writes a new migration from the difference between the entities and the last snapshot:
//   npm run migration:create -- <name>
// Review it, add what the generator cannot express, list it in db/migrations/index.ts, commit.
import { readDatabaseSettings } from '../database-config.js';
import { openDatabase } from '../embedded.js';
import { createOrm } from '../orm.js';

const name = process.argv[2];
const initial = process.argv.includes('--initial');
const db = await openDatabase(readDatabaseSettings(), console.error);
const orm = await createOrm(db.url);
try {
  const migrator = orm.migrator;
  const result = await migrator.create(undefined, false, initial, name);
  console.log(result.fileName ? `wrote db/migrations/${result.fileName}` : 'no changes');
} finally {
  await orm.close();
  await db.release();
}
