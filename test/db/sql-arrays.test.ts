import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/database.js';
import { createOrm } from '../../db/orm.js';
import { intArray, rows, type Db } from '../../db/sql.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// Unit ids travel to PostgreSQL as one array parameter in the array's text form (db/sql.ts says why).
let database: TestDatabase;
let orm: MikroORM;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await createOrm(database.url);
  db = orm.em.getKysely<DB>();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await database?.drop();
});

const unnested = async (array: ReturnType<typeof intArray>) =>
  (await rows(db, sql<{ id: number }>`select unnest(${array}) as id`)).map((row) => row.id);

describe('an int[] parameter', () => {
  it('arrives as the same integers in the same order, as pg’s own encoding sends them', async () => {
    const ids = [3, 1, 2, 2, 0, -7, 2_147_483_647, ...Array.from({ length: 2_520 }, (_, i) => 100_000 + i)];
    expect(await unnested(intArray(ids))).toEqual(ids);
    const own = await rows(db, sql<{ ids: number[] }>`select ${ids}::int[] as ids`);
    expect(own[0].ids).toEqual(ids);
  });

  it('may be empty', async () => {
    expect(await unnested(intArray([]))).toEqual([]);
  });

  it('is refused by PostgreSQL when it holds anything but integers', async () => {
    for (const bad of [[1.5], [Number.NaN], [2 ** 40]])
      await expect(unnested(intArray(bad))).rejects.toThrow(/invalid input syntax|out of range/);
  });
});
