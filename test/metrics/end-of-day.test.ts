// DOMAIN.md's end of a local day is 23:59:59.999 Shanghai. A complaint due exactly then on a period's
// last day, still open, is not overdue at the end of the period — on every path that judges it: the
// metric from the rollups and from the records, backlogAging at that instant, and the complaint list
// (its status and its figure). One due a millisecond earlier is.
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/database.js';
import { createOrm } from '../../db/orm.js';
import { sql } from 'kysely';
import { rows, type Db } from '../../db/sql.js';
import { measure } from '../../server/modules/metrics/measure.repository.js';
import { measureFromRollups } from '../../server/modules/metrics/rollup.repository.js';
import { endOfShanghaiDay } from '../../server/kernel/shanghai-time.js';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

const PERIOD = { from: '2013-07-01', to: '2013-07-31' };
const END = '2013-07-31T15:59:59.999Z'; // 2013-07-31 23:59:59.999 Shanghai
const FIXTURE = [
  complaintSql({ ref: 'DUE-AT-END', unit: 'TH', at: '2013-07-20T02:00:00Z', dueAt: END }),
  complaintSql({ ref: 'DUE-BEFORE-END', unit: 'TH', at: '2013-07-20T02:00:00Z', dueAt: '2013-07-31T15:59:59.998Z' }),
].join('\n');

let api: Awaited<ReturnType<typeof startTestServer>>;
let orm: MikroORM;
let db: Db;
let gz: number;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL + FIXTURE));
  orm = await createOrm(api.db.url);
  db = orm.em.fork().getKysely<DB>();
  [{ id: gz }] = await rows(db, sql<{ id: number }>`select id from unit where code = 'GZ'`);
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
});

const METRIC = `query ($metric: MetricKey!, $filter: ComplaintFilter) {
  metric(unit: "GZ", metric: $metric, period: { from: "2013-07-01", to: "2013-07-31" }, filter: $filter, compare: NONE) { value }
}`;

async function value(metric: string, filter?: object): Promise<number> {
  const response = await api.as('HQ_ANALYST').query(METRIC, { metric, filter });
  expect(response.errors).toBeUndefined();
  return response.data.metric.value;
}

describe('the end of a local day, 23:59:59.999 Shanghai', () => {
  it('is one instant in the server and in the database', async () => {
    const client = new pg.Client({ connectionString: api.db.url });
    await client.connect();
    try {
      for (const date of ['2013-07-31', '2012-02-29', '2010-12-31', '1990-01-01', '2099-12-31']) {
        const { rows } = await client.query<{ end: Date }>('select end_of_shanghai_day($1::date) as end', [date]);
        expect(rows[0].end.toISOString()).toBe(endOfShanghaiDay(date).toISOString());
      }
    } finally {
      await client.end();
    }
  });

  it("has a start, 00:00 Shanghai, that bounds the day's instants as received_date does", async () => {
    // Every instant t (± 1 ms), every 17 days and half an hour from 1900 into 2100 and each quarter
    // hour through the summer times of 1986-1991, lies in [start_of_shanghai_day(d), start_of_shanghai_day(d + 1)) of its own
    // Shanghai date d: the period filters ask for received_at in such ranges instead of received_date.
    const client = new pg.Client({ connectionString: api.db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ checked: number; outside: string[] }>(
        `with t(t) as (
           select t + e from (select generate_series('1900-01-01'::timestamptz, '2100-01-01', interval '17 days 30 minutes')
               union all select generate_series('1986-01-01'::timestamptz, '1992-01-01', interval '15 minutes')) t(t),
             unnest(array[interval '-1 millisecond', interval '0', interval '1 millisecond']) e),
         d as (select t, (t at time zone 'Asia/Shanghai')::date as d from t)
         select count(*)::int as checked,
           (array_agg(t::text) filter (where not (t >= start_of_shanghai_day(d) and t < start_of_shanghai_day(d + 1))))[1:5] as outside
         from d`,
      );
      expect(rows[0].checked).toBeGreaterThan(600_000);
      expect(rows[0].outside).toBeNull();
      const { rows: starts } = await client.query<{ start: Date }>(
        "select start_of_shanghai_day('2013-08-01') as start",
      );
      expect(starts[0].start.toISOString()).toBe('2013-07-31T16:00:00.000Z');
    } finally {
      await client.end();
    }
  });

  it('leaves a deadline at that instant not overdue at the end of the period, in the metric (rollups and records)', async () => {
    expect(await value('OPEN_BACKLOG')).toBe(2);
    expect(await value('OVERDUE_OPEN')).toBe(1);
    // a channel filter is measured from the records
    expect(await value('OVERDUE_OPEN', { channels: ['HOTLINE_95518'] })).toBe(1);
    const request = { rootId: gz, at: PERIOD.to, ...PERIOD, asOf: new Date('2030-01-01T00:00:00Z') };
    const [records] = await measure(db, [request], {}, ['stock']);
    const [rollups] = await measureFromRollups(db, [request], {}, ['stock']);
    expect({ records, rollups }).toMatchObject({
      records: { openBacklog: 2, overdueOpen: 1 },
      rollups: { openBacklog: 2, overdueOpen: 1 },
    });
  });

  it('and in backlogAging at that instant', async () => {
    const response = await api.as('HQ_ANALYST').query(`{ backlogAging(unit: "GZ", asOf: "${END}") { total overdue } }`);
    expect(response.data.backlogAging).toEqual({ total: 2, overdue: 1 });
  });

  it("and in the complaint list, whose status is judged at the period's end (T, stated), as is its figure", async () => {
    const list = async (filter: object) => {
      const response = await api
        .as('HQ_ANALYST')
        .query(
          `query ($filter: ComplaintListFilter) { complaints(filter: $filter) { totalCount instant edges { node { ref } } } }`,
          { filter: { unit: 'GZ', period: PERIOD, ...filter } },
        );
      expect(response.errors).toBeUndefined();
      return response.data.complaints;
    };
    const overdue = { totalCount: 1, instant: END, edges: [{ node: { ref: 'DUE-BEFORE-END' } }] };
    expect(await list({ status: 'OVERDUE' })).toEqual(overdue);
    expect(await list({ figure: { metric: 'OVERDUE_OPEN' } })).toEqual(overdue);
    expect((await list({ status: 'OPEN' })).totalCount).toBe(2);
  });
});
