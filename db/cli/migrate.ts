// Applies pending migrations to the configured database, for deployments that migrate as their own
// step (with MIGRATE_ON_START=false on the server):   npm run migrate
import { migrate } from '../migrate.js';
import { createOrm } from '../orm.js';
import { runWithDatabase } from './run-with-database.js';

await runWithDatabase(
  async (url) => {
    const orm = await createOrm(url);
    try {
      const applied = await migrate(orm);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
      return 0;
    } finally {
      await orm.close();
    }
  },
  { migrate: false },
);
