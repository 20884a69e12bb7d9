import pg from 'pg';
import { loadDemo } from '../../db/demo/index.js';
import { createTestDatabase } from '../support/database.js';

/** A fresh test database with the whole demo data set loaded through the import path. */
export async function loadDemoDatabase() {
  const db = await createTestDatabase();
  await loadDemo(db.url);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return {
    client,
    close: async () => {
      await client.end();
      await db.drop();
    },
  };
}
