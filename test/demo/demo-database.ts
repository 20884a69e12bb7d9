import pg from 'pg';
import { createDemoDatabase } from '../support/database.js';

/** A fresh test database holding the whole demo data set as loaded through the import path. */
export async function loadDemoDatabase() {
  const db = await createDemoDatabase();
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
