// The database functions live in db/functions/, one file per function, and the migrator applies a file
// whenever its text changes (recording its SHA-256 in db_function), after the migrations, under their lock.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS_DIR, migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let orm: MikroORM;
let client: pg.Client;
let functions: string;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await createOrm(db.url);
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // A copy of the files, for this test to change.
  functions = await mkdtemp(path.join(tmpdir(), 'crp-functions-'));
  await cp(FUNCTIONS_DIR, functions, { recursive: true });
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await client?.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await db?.drop();
  if (functions) await rm(functions, { recursive: true, force: true });
});

const one = async <T>(query: string, values: unknown[] = []) => (await client.query(query, values)).rows[0] as T;
/** A function's row version: `create or replace` writes a new one. */
const version = (name: string) => one<{ xmin: string }>(`select xmin::text from pg_proc where proname = $1`, [name]);
const recorded = (name: string) =>
  one<{ sha256: string; applied_at: Date }>(`select sha256, applied_at from db_function where name = $1`, [name]);

describe('the database functions', () => {
  it('are each defined by the file named after it, and none is defined elsewhere only', async () => {
    const files = (await readdir(FUNCTIONS_DIR)).filter((file) => file.endsWith('.sql')).sort();
    const { rows } = await client.query<{ name: string }>(`select p.proname as name from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
      order by 1`);
    expect(files.map((file) => path.basename(file, '.sql'))).toEqual(rows.map((row) => row.name));
    for (const file of files) {
      const text = await readFile(path.join(FUNCTIONS_DIR, file), 'utf8');
      expect(text, file).toMatch(new RegExp(`create (or replace )?function "${path.basename(file, '.sql')}"\\(`));
    }
  });

  it('are applied again when a file changes, and only that file', async () => {
    expect(await migrate(orm, functions)).toEqual([]);
    const before = {
      end: await version('end_of_shanghai_day'),
      measure: await version('measure_from_rollups'),
      recorded: await recorded('measure_from_rollups'),
    };

    // The end of a day one second early instead of a millisecond: a change anyone can see.
    const file = path.join(functions, 'end_of_shanghai_day.sql');
    const text = (await readFile(file, 'utf8')).replace(`interval '1 millisecond'`, `interval '1 second'`);
    await writeFile(file, text);
    expect(await migrate(orm, functions)).toEqual(['end_of_shanghai_day.sql']);

    const { end } = await one<{ end: Date }>(`select end_of_shanghai_day('2013-07-31') as "end"`);
    expect(end.toISOString()).toBe('2013-07-31T15:59:59.000Z');
    expect((await recorded('end_of_shanghai_day')).sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(await version('end_of_shanghai_day')).not.toEqual(before.end);
    // the unchanged files were not applied again
    expect(await version('measure_from_rollups')).toEqual(before.measure);
    expect(await recorded('measure_from_rollups')).toEqual(before.recorded);

    // and nothing is applied twice
    const applied = await version('end_of_shanghai_day');
    expect(await migrate(orm, functions)).toEqual([]);
    expect(await version('end_of_shanghai_day')).toEqual(applied);
  });
});
