// Many roots of one period, hierarchy date and asOf are measured set by set
// (measure_subtrees_from_rollups) rather than scope by scope (measure_from_rollups): the same figures,
// and the figures measure() computes from the records, whichever path each scope of a batch takes.
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/database.js';
import { createOrm } from '../../db/orm.js';
import type { Db } from '../../db/sql.js';
import { measure, type MeasureFilter, type MeasureRequest } from '../../server/modules/metrics/measure.repository.js';
import { MEASURE_GROUPS } from '../../server/modules/metrics/measure-catalog.repository.js';
import { measureFromRollups, SUBTREES_FROM } from '../../server/modules/metrics/rollup.repository.js';
import { createTestOrm } from '../support/database.js';
import { ROLLUP_FIXTURE_SQL } from '../support/rollup-fixture.js';

// Besides the fixture's moves (GZ from GD to HQ in 2011, SD opened in 2012, XX closed at the end of
// 2011): TH moved in the latest tree, so that the reference tree differs from the earlier ones; a unit
// with records of its own from 2013 only; and one with none at all (every figure 0, every ratio without
// a denominator).
const MOVES = `
  update unit_membership set parent_id = (select id from unit where code = 'GD')
    where unit_id = (select id from unit where code = 'TH') and valid_to is null;
  insert into unit (code, name_zh, kind) values ('NEW', '新机构', 'BRANCH'), ('NIL', '无记录', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from) select u.id, p.id, 'COUNTY', '2013-01-01'
    from unit u, unit p where u.code in ('NEW', 'NIL') and p.code = 'NH';
  insert into complaint (ref, received_at, channel, unit_id, line, category, due_at, closed_at)
    select 'NEW' || n, timestamptz '2013-05-05T01:00:00Z' + n * interval '9 days', 'ONLINE', id, 'AUTO', 'CLAIMS',
      timestamptz '2013-05-20T15:59:59.999Z' + n * interval '9 days',
      case when n % 2 = 0 then timestamptz '2013-05-06T01:00:00Z' + n * interval '9 days' end
    from unit, generate_series(0, 20) n where code = 'NEW'`;

let orm: Awaited<ReturnType<typeof createTestOrm>>;
let client: pg.Client;
let db: Db;
let roots: number[];
/** A second ORM on the same database, and the statements it sends. */
let counting: MikroORM;
const statements: string[] = [];

beforeAll(async () => {
  orm = await createTestOrm();
  client = new pg.Client({ connectionString: orm.db.url });
  await client.connect();
  await client.query(ROLLUP_FIXTURE_SQL);
  await client.query(MOVES);
  db = orm.orm.em.fork().getKysely<DB>();
  const { rows } = await client.query<{ id: number }>('select id from unit order by id');
  roots = rows.map((row) => row.id);
  counting = await createOrm(orm.db.url, { onQuery: (sql) => statements.push(sql) });
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await counting?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await client?.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
});

const ALL = MEASURE_GROUPS;
// Whole months, parts of months at either end, one day, within a month, across years, a leap day.
const PERIODS = [
  ['2013-01-01', '2013-12-31'],
  ['2012-01-01', '2012-12-31'],
  ['2010-12-15', '2011-01-14'],
  ['2011-03-01', '2011-03-01'],
  ['2012-02-10', '2012-02-29'],
  ['2012-02-29', '2013-02-28'],
];
const AS_OF = ['2030-01-01T00:00:00Z', '2012-06-15T03:00:00Z', '2011-01-31T15:59:59.999Z', '2013-07-31T16:00:00Z'];

/**
 * Every unit for each period, hierarchy date (the period's end; before GZ's move; after the latest
 * change) and asOf (two for the first period): each (date, period, asOf) a shape of every root, in an
 * order that mixes the shapes. The first period's shapes ask their first root twice, as a batch may.
 */
function requests(): MeasureRequest[] {
  const list: MeasureRequest[] = [];
  for (const rootId of roots) {
    PERIODS.forEach(([from, to], p) => {
      const asOfs = p === 0 ? AS_OF.slice(0, 2) : [AS_OF[p % AS_OF.length]];
      for (const at of [to, '2010-12-31', '2013-06-30']) {
        for (const asOf of asOfs) {
          list.push({ rootId, from, to, at, asOf: new Date(asOf) });
          if (p === 0 && rootId === roots[0]) list.push({ rootId, from, to, at, asOf: new Date(asOf) });
        }
      }
    });
  }
  return list;
}

const FILTERS: MeasureFilter[] = [
  {},
  { assessedOnly: true },
  { channels: ['ONLINE'] },
  { channels: ['HOTLINE_95518', 'ONSITE', 'ONLINE', 'ONSITE'], assessedOnly: true },
  { lines: ['AUTO'] },
  { lines: ['NON_AUTO', 'ACCIDENT_HEALTH'], assessedOnly: true },
  { categories: ['CLAIMS'] },
  { categories: ['SALES', 'SERVICE', 'OTHER'], assessedOnly: true },
];

describe('measureFromRollups, set by set', () => {
  it.each(FILTERS.map((filter) => [filter]))(
    'gives the per-scope figures and the records’, every scope set by set or some of each, filter %j',
    async (filter) => {
      // Issues under a category filter are chosen by their own category (RULES.md §4): the records count them.
      const groups = filter.categories ? ALL.filter((group) => group !== 'issues') : [...ALL];
      const list = requests();
      const perScope = await measureFromRollups(db, list, filter, groups, Infinity);
      const bySets = await measureFromRollups(db, list, filter, groups, 1);
      // The first period's six shapes (one root more) take the sets' path, the others one by one.
      const mixed = await measureFromRollups(db, list, filter, groups, roots.length + 1);
      const fromRecords = await measure(db, list, filter, groups);
      expect(fromRecords.filter((m) => m.complaints > 0).length).toBeGreaterThan(list.length / 3);
      expect(fromRecords.filter((m) => m.complaints === 0).length).toBeGreaterThan(list.length / 20);
      list.forEach((request, i) => {
        expect({ request, ...bySets[i] }).toEqual({ request, ...perScope[i] });
        expect({ request, ...mixed[i] }).toEqual({ request, ...perScope[i] });
        expect({ request, ...bySets[i] }).toEqual({ request, ...fromRecords[i] });
      });
    },
  );

  // Complaints received and premiums alone (no flows or stocks) of whole months on the reference tree
  // are read two periods a call: an odd number of them (the last alone), overlapping ones, a period
  // that asks for half the roots (the call measures every root of the set), and one of part of a month
  // (measured on its own) in the same set; on the tree of a date before GZ's move, each on its own.
  it.each(FILTERS.map((filter) => [filter]))(
    'measures complaints received and premiums of two periods in one read of the rollups, filter %j',
    async (filter) => {
      const periods = [
        ['2011-01-01', '2011-12-31'],
        ['2012-01-01', '2012-12-31'],
        ['2012-07-01', '2013-12-31'],
        ['2013-03-01', '2013-03-20'],
      ];
      const list = roots.flatMap((rootId, r) =>
        periods
          .filter((_, p) => p > 0 || r % 2 === 0)
          .flatMap(([from, to]) =>
            ['2030-01-01', '2010-12-31'].map((at) => ({
              rootId,
              from,
              to,
              at,
              asOf: new Date('2013-06-15T00:00:00Z'),
            })),
          ),
      );
      for (const groups of [['received'], ['received', 'premium'], ['premium']] as const) {
        const perScope = await measureFromRollups(db, list, filter, groups, Infinity);
        const bySets = await measureFromRollups(db, list, filter, groups, 1);
        const fromRecords = await measure(db, list, filter, groups);
        expect(fromRecords.filter((m) => Object.values(m).some((value) => value > 0)).length).toBeGreaterThan(
          list.length / 3,
        );
        list.forEach((request, i) => {
          expect({ request, ...bySets[i] }).toEqual({ request, ...perScope[i] });
          expect({ request, ...bySets[i] }).toEqual({ request, ...fromRecords[i] });
        });
      }
    },
  );

  it('sends one statement, with a call per set and one for the scopes taken one by one', async () => {
    const kysely = counting.em.fork().getKysely<DB>();
    await measureFromRollups(kysely, requests().slice(0, 1), {}, ['flow']); // the connection opened
    const before = statements.length;
    await measureFromRollups(kysely, requests(), {}, ['flow'], roots.length + 1);
    const sent = statements.slice(before);
    expect(SUBTREES_FROM).toBeGreaterThan(1); // so the first call went one by one
    expect(sent).toHaveLength(1);
    expect(sent[0].match(/measure_subtrees_from_rollups\(/g)).toHaveLength(6);
    expect(sent[0].match(/measure_from_rollups\(/g)).toHaveLength(1);
  });
});
