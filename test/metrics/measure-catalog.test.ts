// The catalog of base measures is their one home: the records path, the rollup path and the cache are
// derived from it, and the database functions it cannot generate (measure_from_rollups and
// measure_subtrees_from_rollups, and the rollup tables complaint_rollup_sql fills, the slices too) are
// checked against it here, so that a measure added on one side only fails. test/metrics/rollups.test.ts
// and rollups-subtrees.test.ts check that the paths give the same figures.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/database.js';
import {
  BASE_MEASURES,
  MEASURE_GROUPS,
  ROLLUP_TABLE,
} from '../../server/modules/metrics/measure-catalog.repository.js';
import { measure } from '../../server/modules/metrics/measure.repository.js';
import { measureFromRollups } from '../../server/modules/metrics/rollup.repository.js';
import { createTestOrm } from '../support/database.js';

let orm: Awaited<ReturnType<typeof createTestOrm>>;
let client: pg.Client;
beforeAll(async () => {
  orm = await createTestOrm();
  client = new pg.Client({ connectionString: orm.db.url });
  await client.connect();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await client?.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
});

const sorted = (values: readonly string[]) => [...values].sort();

describe('the catalog of base measures', () => {
  it.each([
    ['measure_from_rollups', ['i']],
    ['measure_subtrees_from_rollups', ['period', 'root_id']],
  ])('names every result column of %s, one per measure, besides its key %j', async (name, key) => {
    const { rows } = await client.query<{ name: string }>(
      `select a.name from pg_proc p, unnest(p.proargnames, p.proargmodes) as a(name, mode)
      where p.proname = $1 and a.mode = 't' and a.name <> all($2)`,
      [name, key],
    );
    expect(sorted(rows.map((row) => row.name))).toEqual(sorted(BASE_MEASURES.map((m) => m.rollups.column)));
  });

  it('reads every stored sum of the rollup tables, and only columns they have', async () => {
    const { rows } = await client.query<{ name: string }>(`select table_name || '.' || column_name as name
      from information_schema.columns where table_schema = 'public' and table_name in ('complaint_rollup', 'premium_rollup')
        and column_name not in ('ancestor_id', 'assessed', 'month', 'line')`);
    const read = new Set(
      BASE_MEASURES.flatMap((m) => m.rollups.stored.map((column) => `${ROLLUP_TABLE[m.group]}.${column}`)),
    );
    expect(sorted([...read])).toEqual(sorted(rows.map((row) => row.name)));
  });

  it('finds in the slices of complaint_rollup (one dimension at a time) the same stored sums', async () => {
    const columns = async (table: string) =>
      (
        await client.query<{ name: string }>(
          `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1`,
          [table],
        )
      ).rows.map((row) => row.name);
    expect(sorted(await columns('complaint_rollup_slice'))).toEqual(
      sorted([...(await columns('complaint_rollup')), 'dimension', 'value']),
    );
  });

  it('is what both paths measure: every measure, and nothing else', async () => {
    const db = orm.orm.em.fork().getKysely<DB>();
    const request = {
      rootId: 1,
      at: '2013-07-31',
      from: '2013-01-01',
      to: '2013-07-31',
      asOf: new Date('2014-01-01T00:00:00Z'),
    };
    const names = sorted(BASE_MEASURES.map((m) => m.name));
    const [records] = await measure(db, [request], {}, MEASURE_GROUPS);
    const [rollups] = await measureFromRollups(db, [request], {}, MEASURE_GROUPS);
    expect(sorted(Object.keys(records))).toEqual(names);
    expect(sorted(Object.keys(rollups))).toEqual(names);
  });
});
