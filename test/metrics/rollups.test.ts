// The rollups: kept exact by the triggers on every kind of write, and read by measureFromRollups()
// into the very figures measure() computes from the records, for any scope, date, period and asOf.
import { sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/database.js';
import type { Db } from '../../db/sql.js';
import { measure, type MeasureFilter, type MeasureRequest } from '../../server/modules/metrics/measure.repository.js';
import { MEASURE_GROUPS } from '../../server/modules/metrics/measure-catalog.repository.js';
import { measureFromRollups, rollupsServe } from '../../server/modules/metrics/rollup.repository.js';
import { createTestOrm } from '../support/database.js';
import { ROLLUP_FIXTURE_SQL } from '../support/rollup-fixture.js';

let orm: Awaited<ReturnType<typeof createTestOrm>>;
let client: pg.Client;
let db: Db;
let units: Record<string, number>;

beforeAll(async () => {
  orm = await createTestOrm();
  client = new pg.Client({ connectionString: orm.db.url });
  await client.connect();
  await client.query(ROLLUP_FIXTURE_SQL);
  db = orm.orm.em.fork().getKysely<DB>();
  const { rows } = await client.query<{ code: string; id: number }>('select code, id from unit');
  units = Object.fromEntries(rows.map((row) => [row.code, row.id]));
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await client?.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
});

/** The rollups as stored (rows of all zeros are as good as none), and as a rebuild from the records makes them. */
async function rollupsNowAndRebuilt() {
  const read = async () => ({
    complaints: (
      await client.query(`select *, handling_seconds::float8 as handling_seconds from complaint_rollup where (complaints, escalated, closed, handling_seconds,
      timely, followups, satisfied, closed_events, due_events, due_closed_events, issues, closed_3wd, closed_8w, upheld,
      decided) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      order by ancestor_id, assessed, month`)
    ).rows,
    slices: (
      await client.query(`select *, handling_seconds::float8 as handling_seconds from complaint_rollup_slice where (complaints, escalated,
      closed, handling_seconds, timely, followups, satisfied, closed_events, due_events, due_closed_events, issues, closed_3wd,
      closed_8w, upheld, decided) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      order by ancestor_id, dimension, value, month, assessed`)
    ).rows,
    premiums: (
      await client.query(
        `select *, premium_yuan::float8 as premium_yuan from premium_rollup where (premium_yuan, policies) <> (0, 0) order by ancestor_id, month, line`,
      )
    ).rows,
  });
  const now = await read();
  await client.query('begin');
  await client.query('select rollup_rebuild()');
  const rebuilt = await read();
  await client.query('rollback');
  return { now, rebuilt };
}

describe('the triggers keep the rollups exactly in step with the records', () => {
  it('after the inserts of the fixture', async () => {
    const { now, rebuilt } = await rollupsNowAndRebuilt();
    expect(now.complaints.length).toBeGreaterThan(100);
    expect(now.slices.length).toBeGreaterThan(now.complaints.length * 3);
    expect(now).toEqual(rebuilt);
  });

  it.each([
    [
      'a closure, a reopening and a new deadline',
      `update complaint set closed_at = received_at + interval '3 days' where id % 7 = 0 and due_at is not null;
      update complaint set closed_at = null where id % 11 = 0; update complaint set due_at = due_at + interval '40 days' where id % 13 = 0`,
    ],
    [
      'a receipt moved across months and a complaint moved to another unit',
      `update complaint set received_at = received_at - interval '20 days',
      due_at = due_at - interval '20 days', closed_at = least(closed_at, due_at) where id % 5 = 0;
      update complaint set unit_id = (select id from unit where code = 'NH') where id % 17 = 0`,
    ],
    [
      'channels, lines and categories changed',
      `update complaint set channel = 'ONSITE', line = 'NON_AUTO' where id % 6 = 1;
      update complaint set category = 'OTHER' where id % 10 = 3`,
    ],
    [
      'assessment flags and escalation',
      `update complaint set policy_factor = not policy_factor, escalated = not escalated where id % 4 = 0`,
    ],
    [
      'follow-ups added, changed and removed',
      `insert into followup (complaint_id, visited_at, satisfied)
      select id, received_at + interval '2 days', true from complaint where id % 10 = 1;
      update followup set satisfied = not satisfied where id % 3 = 0; delete from followup where id % 5 = 0`,
    ],
    [
      'issues added, recategorised and removed, and outcomes changed',
      `insert into complaint_issue (complaint_id, seq, category)
        select id, 1, 'SURRENDER' from complaint where id % 8 = 1 on conflict do nothing;
      update complaint_issue set category = 'OTHER' where seq = 2; delete from complaint_issue where complaint_id % 4 = 0 and seq = 3;
      update complaint set outcome = null where id % 9 = 0; update complaint set outcome = 'UPHELD' where id % 9 = 1`,
    ],
    ['complaints deleted with their follow-ups and issues', `delete from complaint where id % 19 = 0`],
    [
      'premiums changed and removed',
      `update premium set premium_yuan = premium_yuan * 2 where id % 3 = 0; delete from premium where id % 7 = 0`,
    ],
    [
      'a unit moved in the latest tree, and a new unit with records',
      `update unit_membership set parent_id = (select id from unit where code = 'GD')
        where unit_id = (select id from unit where code = 'TH') and valid_to is null;
      insert into unit (code, name_zh, kind) values ('NEW', '新机构', 'BRANCH');
      insert into complaint (ref, received_at, channel, unit_id, line, category, due_at)
        select 'NEW1', '2013-05-05T01:00:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', '2013-05-20T15:59:59.999Z' from unit where code = 'NEW';
      insert into unit_membership (unit_id, parent_id, level, valid_from) select u.id, p.id, 'COUNTY', '2013-01-01'
        from unit u, unit p where u.code = 'NEW' and p.code = 'NH'`,
    ],
  ])('after %s', async (_, statements) => {
    await client.query(statements);
    const { now, rebuilt } = await rollupsNowAndRebuilt();
    expect(now).toEqual(rebuilt);
  });

  it('after a TRUNCATE of the complaints and premiums: every rollup and slice empty', async () => {
    await client.query('begin');
    await client.query('truncate complaint, premium cascade');
    const { rows } = await client.query<{ n: string }>(`select (select count(*) from complaint_rollup)
      + (select count(*) from complaint_rollup_slice) + (select count(*) from premium_rollup) as n`);
    await client.query('rollback');
    expect(rows[0].n).toBe('0'); // a bigint, as text
  });
});

describe('measureFromRollups gives the figures measure() computes from the records', () => {
  const ALL = MEASURE_GROUPS;
  // Periods: whole months, parts of months at either end, one day, within a month, across years, a leap day.
  const PERIODS = [
    ['2013-01-01', '2013-07-31'],
    ['2012-01-01', '2012-12-31'],
    ['2010-12-15', '2011-01-14'],
    ['2011-03-01', '2011-03-01'],
    ['2012-02-10', '2012-02-29'],
    ['2012-02-29', '2013-02-28'],
    ['2010-01-01', '2014-12-31'],
    ['2011-01-01', '2011-01-31'],
  ];
  const AS_OF = [
    '2030-01-01T00:00:00Z',
    '2012-06-15T03:00:00Z',
    '2011-01-31T15:59:59.999Z',
    '2013-07-31T16:00:00Z',
    '2012-06-25T03:00:00Z',
  ];

  function requests(): MeasureRequest[] {
    const list: MeasureRequest[] = [];
    for (const rootId of Object.values(units)) {
      PERIODS.forEach(([from, to], p) => {
        const asOf = new Date(AS_OF[(p + rootId) % AS_OF.length]);
        list.push({ rootId, from, to, at: to, asOf });
        // The tree of another date: before GZ's move, and after the latest change.
        list.push({ rootId, from, to, at: p % 2 ? '2010-12-31' : '2013-06-30', asOf });
      });
    }
    return list;
  }

  it.each([[{}], [{ assessedOnly: true }]])(
    'for every unit, period, hierarchy date and asOf, filter %j',
    async (filter) => {
      const list = requests();
      const fromRecords = await measure(db, list, filter, ALL);
      const fromRollups = await measureFromRollups(db, list, filter, ALL);
      expect(fromRecords.filter((m) => m.complaints > 0).length).toBeGreaterThan(list.length / 2);
      list.forEach((request, i) => expect({ request, ...fromRollups[i] }).toEqual({ request, ...fromRecords[i] }));
    },
  );

  // One dimension at a time, one value or several (summed), with and without assessedOnly: read from
  // the slices, with the same corrections from the records, restricted to the filter. A line filter's
  // premium is its lines'; a channel or category filter's, the whole premium (DOMAIN.md).
  const SLICED: MeasureFilter[] = [
    { channels: ['ONLINE'] },
    { channels: ['HOTLINE_95518', 'REGULATOR_REFERRAL', 'ONSITE'] },
    { lines: ['AUTO'] },
    { lines: ['NON_AUTO', 'ACCIDENT_HEALTH'] },
    { categories: ['CLAIMS'] },
    { categories: ['SALES', 'SERVICE', 'OTHER'] },
    // a value named twice counts once
    { channels: ['ONLINE', 'ONSITE', 'ONLINE'] },
  ];
  /**
   * The rollups' figures are the records', scope by scope, most of them not empty; issues left out under
   * a category filter (the records count them by the issue's own category).
   */
  async function expectSameFigures(
    on: Db,
    list: MeasureRequest[],
    filter: MeasureFilter,
    groups: readonly (typeof ALL)[number][],
    /** Also every scope set by set (measure_subtrees_from_rollups), not only one by one. */
    bySets = false,
  ) {
    const fromRecords = await measure(on, list, filter, groups);
    const paths = [await measureFromRollups(on, list, filter, groups, Infinity)];
    if (bySets) paths.push(await measureFromRollups(on, list, filter, groups, 1));
    expect(fromRecords.filter((m) => m.complaints > 0).length).toBeGreaterThan(list.length / 3);
    for (const fromRollups of paths) {
      list.forEach((request, i) => {
        expect({ request, ...fromRollups[i] }).toEqual({ request, ...fromRecords[i] });
      });
    }
  }

  it.each(SLICED.flatMap((filter) => [[filter], [{ ...filter, assessedOnly: true }]]))(
    'for every unit, period, hierarchy date and asOf, filter %j',
    async (filter) => {
      // Issues under a category filter are chosen by their own category (RULES.md §4): the records count them.
      const groups = filter.categories ? ALL.filter((group) => group !== 'issues') : ALL;
      expect(rollupsServe(filter, groups)).toBe(true);
      expect(rollupsServe(filter, ALL)).toBe(!filter.categories);
      const list = requests();
      await expectSameFigures(db, list, filter, groups);
    },
  );

  // measure_from_rollups's short way, and measure_subtrees_from_rollups's (every scope set by set): no
  // stocks, whole months, the tree of a date after its latest change (the reference tree), and no
  // complaint of the periods' span open and not yet due at asOf (the fixture's paused ones, never due
  // while paused, given a deadline for the while, in a transaction rolled back). The records can add
  // nothing then: the rollups' months are the figures.
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).getUTCDate();
  const WHOLE_MONTHS = PERIODS.filter(([from, to]) => from.endsWith('-01') && dayAfter(to) === 1);

  /** Every unit over each whole-month period, on the tree of `at`, at `asOf`. */
  function wholeMonthScopes(at: string, asOf: Date): MeasureRequest[] {
    const list = Object.values(units).flatMap((rootId) =>
      WHOLE_MONTHS.map(([from, to]) => ({ rootId, from, to, at, asOf })),
    );
    expect(list.length).toBe(4 * Object.keys(units).length);
    return list;
  }

  /** The paused complaints (open, due_at null) given a deadline: nothing open at a late asOf. */
  const PAUSED_GIVEN_DEADLINE = sql`update complaint set due_at = received_at + interval '15 days' where due_at is null`;

  /**
   * Checks the figures of `list` in a transaction rolled back, after the `state`'s writes, and after
   * checking how many units the tree of `at` has apart from the reference tree (`delta`) and how many
   * complaints of the periods' span asOf sees open or not yet due (`volatile`): zero or not.
   */
  async function checkInState(
    list: MeasureRequest[],
    filter: MeasureFilter,
    expected: { delta: boolean; volatile: boolean },
    state: RawBuilder<unknown>[] = [PAUSED_GIVEN_DEADLINE],
    groups: readonly (typeof ALL)[number][] = ALL.filter(
      (group) => group !== 'stock' && !(filter.categories && group === 'issues'),
    ),
  ) {
    const { at, asOf } = list[0];
    const rolledBack = new Error('rolled back');
    await db
      .transaction()
      .execute(async (tx) => {
        for (const write of state) await write.execute(tx);
        const { rows } = await sql<{ delta: number; volatile: number }>`select
            (select count(*) from unit_closure_delta d join unit_tree_epoch e on e.id = d.epoch_id
              where ${at}::date between e.valid_from and e.valid_to)::int as delta,
            (select count(*) from complaint c where (c.closed_at > ${asOf} or (c.closed_at is null
              and (c.due_at is null or c.due_at >= ${asOf})))
              and c.received_date between ${WHOLE_MONTHS.map(([from]) => from).sort()[0]}::date
                and ${WHOLE_MONTHS.map(([, to]) => to)
                  .sort()
                  .at(-1)}::date)::int as volatile`.execute(tx);
        expect({ delta: rows[0].delta > 0, volatile: rows[0].volatile > 0 }).toEqual(expected);
        await expectSameFigures(tx, list, filter, groups, true);
        throw rolledBack;
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
  }

  it.each([{}, { assessedOnly: true }, ...SLICED].map((filter) => [filter]))(
    'takes the short way when the records can add nothing, with the same figures, filter %j',
    async (filter) => {
      const list = wholeMonthScopes('2030-01-01', new Date('2031-01-01T00:00:00Z'));
      await checkInState(list, filter, { delta: false, volatile: false });
    },
  );

  // Complaints received (and premium), which asOf does not change, take it with complaints open at asOf
  // too: the figures are still the records'.
  it.each([{}, { assessedOnly: true }, ...SLICED].map((filter) => [filter]))(
    'takes it for complaints received alone, whatever asOf sees open, filter %j',
    async (filter) => {
      const received = ['received', 'premium'] as const;
      await checkInState(
        wholeMonthScopes('2030-01-01', new Date('2013-02-10T04:00:00Z')),
        filter,
        { delta: false, volatile: true },
        [],
        received,
      );
      await checkInState(
        wholeMonthScopes('2030-01-01', new Date('2031-01-01T00:00:00Z')),
        filter,
        { delta: false, volatile: false },
        [PAUSED_GIVEN_DEADLINE],
        received,
      );
    },
  );

  // …and not when they can: the same figures as the records when one condition fails (mutations that
  // drop a condition from either function's check, or one kind of complaint from what asOf sees
  // otherwise, fail these).
  it.each(
    ([{}, { channels: ['ONLINE'] }, { lines: ['AUTO'], assessedOnly: true }] as MeasureFilter[]).map((filter) => [
      filter,
    ]),
  )(
    'does not take it with complaints open at asOf, or on another tree than the reference, filter %j',
    async (filter) => {
      const volatile = { delta: false, volatile: true };
      const early = new Date('2013-02-10T04:00:00Z');
      const late = new Date('2031-01-01T00:00:00Z');
      // complaints closed after asOf, and open ones not yet due at it
      await checkInState(wholeMonthScopes('2030-01-01', early), filter, volatile);
      // none open now: only the complaints closed after asOf
      await checkInState(wholeMonthScopes('2030-01-01', early), filter, volatile, [
        PAUSED_GIVEN_DEADLINE,
        sql`update complaint set closed_at = received_at + interval '1 day' where closed_at is null`,
      ]);
      // every open one due after asOf, none closed after it
      await checkInState(wholeMonthScopes('2030-01-01', late), filter, volatile, [
        sql`update complaint set due_at = timestamptz '2040-01-01T00:00:00Z' where closed_at is null`,
      ]);
      // only the paused ones (open, never due while paused)
      await checkInState(wholeMonthScopes('2030-01-01', late), filter, volatile, []);
      // before GZ's move to HQ (2011-01-01): every tree but the latest differs from the reference
      await checkInState(wholeMonthScopes('2010-12-31', late), filter, { delta: true, volatile: false });
    },
  );

  it('leaves two dimensions at once to the records', () => {
    expect(rollupsServe({ channels: ['ONLINE'], lines: ['AUTO'] }, ['flow'])).toBe(false);
    expect(rollupsServe({ lines: ['AUTO'], categories: ['CLAIMS'], assessedOnly: true }, ['premium'])).toBe(false);
    expect(rollupsServe({ channels: [], lines: ['AUTO'] }, ['flow'])).toBe(true);
  });
});
