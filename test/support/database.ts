import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { createOrm, type OrmOptions } from '../../db/orm.js';
import { TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/** A fresh, migrated database of this test file's own, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `crp_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${TEMPLATE_DATABASE}`);
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** A test database with an ORM on it; `close` closes the ORM and drops the database. */
export async function createTestOrm(options: OrmOptions = {}) {
  const db = await createTestDatabase();
  const orm: MikroORM = await createOrm(db.url, options);
  return {
    db,
    orm,
    close: async () => {
      await orm.close();
      await db.drop();
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
