import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { loadDemo } from '../../db/demo/index.js';
import { createOrm, type OrmOptions } from '../../db/orm.js';
import { DEMO_TEMPLATE, TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/** What a test database holds besides the schema: the demo data set, or what a function writes into it. */
export type Seed = 'demo' | ((databaseUrl: string) => Promise<void>);

/** A fresh, migrated database of this test file's own, copied from the run's template. */
export function createTestDatabase(): Promise<TestDatabase> {
  return copyDatabase(TEMPLATE_DATABASE);
}

/**
 * A fresh database holding the whole demo data set, as `loadDemo` leaves it: a copy of the run's
 * demo template, which the first file to ask for it builds (through the import path) while the
 * others wait. A run of files that never ask pays nothing.
 */
export async function createDemoDatabase(): Promise<TestDatabase> {
  await ensureDemoTemplate(inject('adminUrl'));
  return copyDatabase(DEMO_TEMPLATE);
}

/** A test database seeded as asked: a copy of the demo template, or a fresh one `seed` fills. */
export async function createSeededDatabase(seed?: Seed): Promise<TestDatabase> {
  if (seed === 'demo') return createDemoDatabase();
  const db = await createTestDatabase();
  try {
    await seed?.(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
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

async function copyDatabase(template: string): Promise<TestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `crp_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** Test files run in processes of their own: a PostgreSQL advisory lock makes one of them the builder. */
const DEMO_TEMPLATE_LOCK = 815_020_112;

/**
 * Builds the demo template unless it exists. It is built under another name and renamed when whole,
 * so a builder that died part-way leaves no template that looks finished; it then takes no more
 * connections, so nothing (autovacuum included) holds it open while a file copies it. Every row,
 * sequence and stamp of a copy is the template's, and the loader writes nothing tied to one database
 * or to the moment it ran that a test reads (users and tokens are made per test; the measure
 * cache's keys name the database).
 */
async function ensureDemoTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [DEMO_TEMPLATE_LOCK]);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [DEMO_TEMPLATE]);
    if (rowCount) return;
    const building = `${DEMO_TEMPLATE}_building`;
    await admin.query(`drop database if exists ${building} with (force)`);
    await admin.query(`create database ${building} template ${TEMPLATE_DATABASE}`);
    await loadDemo(withDatabase(adminUrl, building));
    await admin.query(`alter database ${building} rename to ${DEMO_TEMPLATE}`);
    await admin.query(`alter database ${DEMO_TEMPLATE} with allow_connections false`);
  } finally {
    // Ending the session releases the lock, also when the build failed.
    await admin.end();
  }
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
