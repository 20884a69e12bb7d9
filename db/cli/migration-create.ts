// Writes a new migration from the difference between the entities and the last snapshot:
//   npm run migration:create -- <name>
// Review it, add what the generator cannot express, list it in db/migrations/index.ts, commit.
import { createOrm } from '../orm.js';
import { runWithDatabase } from './run-with-database.js';

const name = process.argv[2];
const initial = process.argv.includes('--initial');

await runWithDatabase(
  async (url) => {
    const orm = await createOrm(url);
    try {
      const result = await orm.migrator.create(undefined, false, initial, name);
      console.log(result.fileName ? `wrote db/migrations/${result.fileName}` : 'no changes');
      return 0;
    } finally {
      await orm.close();
    }
  },
  { migrate: !initial },
);
