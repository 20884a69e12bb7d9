import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codegenArguments } from '../../db/database-types.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// db/database.ts declares every table's row once, generated from the migrated schema; a migration
// that changes a table without `npm run db:types` fails here.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('db/database.ts', () => {
  it('is what kysely-codegen generates from the migrated schema (run `npm run db:types` after a migration)', async () => {
    const run = promisify(execFile)('node_modules/.bin/kysely-codegen', codegenArguments(db.url, { verify: true }));
    await expect(run).resolves.toBeDefined();
  });
});
