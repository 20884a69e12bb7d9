import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { startThrowawayPostgres } from './throwaway-postgres.js';

export const TEMPLATE_DATABASE = 'crp_test_template';
/** The migrated template with the demo data loaded, made by the first test file that needs it (`createDemoDatabase`). */
export const DEMO_TEMPLATE = 'crp_test_demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the PostgreSQL the tests use; test files create their own databases on it. */
    adminUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: an embedded one in a temporary folder (or the server named
 * by TEST_DATABASE_URL), never the developer's data. A migrated template database is made once;
 * each test file copies it (`createTestDatabase`). A demo template left by an earlier run on a
 * server that outlives it is dropped: it may hold an older demo data set or schema.
 */
export default async function setup(project: TestProject) {
  const postgres = await startThrowawayPostgres(process.env.TEST_DATABASE_URL, { durable: false });
  const adminUrl = postgres.adminUrl;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of [DEMO_TEMPLATE, `${DEMO_TEMPLATE}_building`, TEMPLATE_DATABASE]) {
    await admin.query(`drop database if exists ${name} with (force)`);
  }
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const orm = await createOrm(withDatabase(adminUrl, TEMPLATE_DATABASE));
  await migrate(orm);
  await orm.close();

  project.provide('adminUrl', adminUrl);
  return () => postgres.stop();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
