// From a figure to its complaints: for every metric and every part it lists, the complaint list's
// totalCount (and for SATISFACTION_RATE its follow-up counts) equals the base measure the metric engine
// computes, from the records and from the rollups — on a hand-made fixture with time-zone edges,
// closures after asOf, a deadline at the end of the period's last day, filters and a unit that moved;
// and on the demo data, GZ's January–July 2013 (SEED-SCENARIO.md S11, S12).
import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/database.js';
import { createOrm } from '../../db/orm.js';
import { rows, type Db } from '../../db/sql.js';
import { measure, type MeasureFilter } from '../../server/modules/metrics/measure.repository.js';
import {
  METRIC_KEYS,
  METRICS,
  type ComplaintSet,
  type FigurePart,
  type Measures,
  type MetricKey,
} from '../../server/modules/metrics/metric-registry.js';
import { measureFromRollups, rollupsServe } from '../../server/modules/metrics/rollup.repository.js';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

/** The claim under test: the base measure each set of complaints is counted by. */
const COUNTED_BY: Record<ComplaintSet, keyof Measures> = {
  IN_SCOPE: 'complaints',
  ASSESSED: 'assessed',
  ESCALATED: 'escalated',
  CLOSED: 'closed',
  DUE: 'due',
  TIMELY: 'timely',
  CLOSED_IN_3_WORKING_DAYS: 'closedIn3WorkingDays',
  CLOSED_IN_8_WEEKS: 'closedIn8Weeks',
  UPHELD: 'upheld',
  DECIDED: 'decided',
  // the complaints raising the issues: as many as the issues while none has issue rows (this fixture)
  RAISING_ISSUES: 'complaints',
  OPEN: 'openBacklog',
  OVERDUE: 'overdueOpen',
  // the complaints with follow-ups: their follow-ups are SATISFACTION_RATE's denominator, the satisfied its numerator
  WITH_FOLLOWUPS: 'followups',
  WITH_SATISFIED_FOLLOWUPS: 'satisfied',
};

const PARTS = METRIC_KEYS.flatMap((metric) => METRICS[metric].drillable.map((part) => ({ metric, part })));

interface FigureScope {
  unit: string;
  at?: string;
  period: { from: string; to: string };
  asOf: string;
  filter: MeasureFilter;
}

/** Every drillable part of every metric for one scope, an alias each, in requests of at most 20 (the alias limit). */
async function listed(api: TestServer, scope: FigureScope) {
  const { unit, at, period, asOf, filter } = scope;
  const chunks = Array.from({ length: Math.ceil(PARTS.length / 20) }, (_, c) => PARTS.slice(c * 20, c * 20 + 20));
  const answers = await Promise.all(
    chunks.map(async (chunk) => {
      const fields = chunk.map(
        (_, i) => `p${i}: complaints(filter: $f${i}, first: 0) { totalCount followups satisfiedFollowups instant }`,
      );
      const query = `query (${chunk.map((_, i) => `$f${i}: ComplaintListFilter`).join(', ')}) { ${fields.join(' ')} }`;
      const variables = Object.fromEntries(
        chunk.map(({ metric, part }, i) => [`f${i}`, { unit, at, period, asOf, ...filter, figure: { metric, part } }]),
      );
      const response = await api.as('HQ_ANALYST').query(query, variables);
      expect(response.errors).toBeUndefined();
      return chunk.map(
        (_, i) =>
          response.data[`p${i}`] as {
            totalCount: number;
            followups: number | null;
            satisfiedFollowups: number | null;
            instant: string | null;
          },
      );
    }),
  );
  return answers.flat();
}

/** The base measures of the scope as the metric engine computes them: from the records, and from the rollups where they serve. */
async function measured(db: Db, scope: FigureScope) {
  const [{ id }] = await rows(db, sql<{ id: number }>`select id from unit where code = ${scope.unit}`);
  const request = { rootId: id, at: scope.at ?? scope.period.to, ...scope.period, asOf: new Date(scope.asOf) };
  const groups = ['received', 'flow', 'followups', 'issues', 'stock'] as const;
  const [records] = await measure(db, [request], scope.filter, groups);
  // Issues under a category filter are chosen by their own category (RULES.md §4): the records count them.
  const [rollups] = rollupsServe(scope.filter, groups)
    ? await measureFromRollups(db, [request], scope.filter, groups)
    : rollupsServe(scope.filter, [])
      ? (await measureFromRollups(db, [request], scope.filter, groups)).map((m) => ({ ...m, issues: records.issues }))
      : [records];
  return { records, rollups };
}

/** What the list must say for a part, from the measures. */
function expected(metric: MetricKey, part: FigurePart, m: Measures) {
  const set = METRICS[metric].sets[part]!;
  return metric === 'SATISFACTION_RATE'
    ? { followups: m.followups, satisfiedFollowups: m.satisfied }
    : { totalCount: m[COUNTED_BY[set]] };
}

async function expectListsEqualFigures(api: TestServer, db: Db, scope: FigureScope) {
  const [lists, { records, rollups }] = await Promise.all([listed(api, scope), measured(db, scope)]);
  expect(rollups).toEqual(records);
  PARTS.forEach(({ metric, part }, i) =>
    expect({ metric, part, ...lists[i] }).toMatchObject({ metric, part, ...expected(metric, part, records) }),
  );
  return { lists, measures: records };
}

// 800 seeded random complaints 2010-06 … 2013-12 on every unit of the fixture tree (receipts at any
// second, so some fall either side of a Shanghai midnight), with channels, lines, categories, the
// assessment flags, escalations, deadlines (some at the end of a local day), closures (some long after
// receipt, some never) and follow-ups; then the named edges.
const FIXTURE = `${TREE_SQL}
  select setseed(0.11);
  insert into complaint (ref, received_at, channel, unit_id, line, category, policy_factor, valid, duplicate_of, escalated, due_at, closed_at)
  select 'R' || n, received, (array['HOTLINE_95518', 'HQ_REFERRAL', 'REGULATOR_REFERRAL', 'ONLINE'])[1 + floor(random() * 4)::int],
    (select id from unit order by id offset (n % 7) limit 1), (array['AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH'])[1 + floor(random() * 3)::int],
    (array['CLAIMS', 'SALES', 'SERVICE', 'OTHER'])[1 + floor(random() * 4)::int], random() < 0.1, random() > 0.08,
    case when random() < 0.05 then 'R' || (n + 1) end, random() < 0.08,
    case when random() < 0.3 then received + random() * interval '40 days'
      else ((received at time zone 'Asia/Shanghai')::date + 16)::timestamp at time zone 'Asia/Shanghai' - interval '1 millisecond' end,
    case when random() < 0.85 then received + random() * interval '45 days' end
  from generate_series(1, 800) n,
    lateral (select timestamptz '2010-06-01T00:00:00+08' + random() * interval '1300 days' + n * interval '0 s' as received) r;
  insert into followup (complaint_id, visited_at, satisfied)
  select id, closed_at + v * interval '1 day', random() < 0.7 from complaint, generate_series(1, 2) v
  where closed_at is not null and (id % 3 = 0 or (v = 1 and id % 5 = 0));
  update complaint set outcome = (array['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'])[1 + id % 4] where id % 5 <> 0;
  update complaint set third_working_day_end = end_of_shanghai_day(received_date + 3 + (id % 4)::int) where closed_at is not null;
  ${[
    // Shanghai's first instant of 2013, and the last millisecond of 2012 there
    complaintSql({ ref: 'E-2013', unit: 'TH', at: '2012-12-31T16:00:00Z', channel: 'HQ_REFERRAL' }),
    complaintSql({ ref: 'E-2012', unit: 'TH', at: '2012-12-31T15:59:59.999Z', channel: 'HQ_REFERRAL' }),
    // due at the end of 2013-03-31 (Shanghai), open; one closed after the asOf below, one exactly at it
    complaintSql({ ref: 'E-DUE-END', unit: 'GZ', at: '2013-03-20T02:00:00Z', dueAt: '2013-03-31T15:59:59.999Z' }),
    complaintSql({
      ref: 'E-LATE',
      unit: 'CD',
      at: '2013-03-01T02:00:00Z',
      dueAt: '2013-03-10T00:00:00Z',
      closedAt: '2013-03-25T00:00:00Z',
    }),
    complaintSql({ ref: 'E-AT-ASOF', unit: 'TH', at: '2013-03-01T02:00:00Z', closedAt: '2013-03-20T04:00:00Z' }),
    // received before the period, open at its end (a stock)
    complaintSql({ ref: 'E-OLD', unit: 'GZ', at: '2012-11-01T02:00:00Z', dueAt: '2012-11-16T15:59:59.999Z' }),
  ].join('\n')}`;

const FAR = '2030-01-01T00:00:00Z';
const SCOPES: FigureScope[] = [
  { unit: 'GZ', period: { from: '2013-01-01', to: '2013-03-31' }, asOf: FAR, filter: {} },
  {
    unit: 'GZ',
    period: { from: '2013-01-01', to: '2013-03-31' },
    asOf: '2013-03-20T04:00:00Z',
    filter: { assessedOnly: true },
  },
  { unit: 'GZ', period: { from: '2013-01-01', to: '2013-03-31' }, asOf: '2013-03-31T15:59:59.999Z', filter: {} },
  {
    unit: 'TH',
    period: { from: '2012-12-15', to: '2013-01-14' },
    asOf: '2013-01-14T15:59:59.999Z',
    filter: { channels: ['HQ_REFERRAL', 'ONLINE'] },
  },
  { unit: 'TH', period: { from: '2013-01-01', to: '2013-01-01' }, asOf: FAR, filter: {} },
  // GZ under GD until 2010-12-31: GD's subtree on that date holds it, on 2013-06-30 it does not
  { unit: 'GD', at: '2010-12-31', period: { from: '2010-06-01', to: '2010-12-31' }, asOf: FAR, filter: {} },
  {
    unit: 'GD',
    at: '2013-06-30',
    period: { from: '2010-06-01', to: '2010-12-31' },
    asOf: FAR,
    filter: { lines: ['AUTO'], categories: ['CLAIMS', 'SALES'] },
  },
  {
    unit: 'HQ',
    period: { from: '2012-01-01', to: '2013-12-31' },
    asOf: '2013-06-15T00:00:00Z',
    filter: { assessedOnly: true, channels: ['HOTLINE_95518'] },
  },
  {
    unit: 'NH',
    period: { from: '2011-02-10', to: '2012-02-29' },
    asOf: '2011-06-30T16:00:00Z',
    filter: { assessedOnly: true },
  },
];

describe('the complaints behind a figure, on a hand-made fixture', () => {
  let api: TestServer;
  let orm: MikroORM;
  let db: Db;
  beforeAll(async () => {
    api = await startTestServer((url) => runSql(url, FIXTURE));
    orm = await createOrm(api.db.url);
    db = orm.em.fork().getKysely<DB>();
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
    await orm?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
    await api?.close();
  });

  it.each(
    SCOPES.map((scope) => [
      `${scope.unit} ${scope.at ?? ''} ${scope.period.from}..${scope.period.to} asOf ${scope.asOf} ${JSON.stringify(scope.filter)}`,
      scope,
    ]),
  )('are counted as the metric engine counts them: %s', async (_, scope) => {
    const { measures } = await expectListsEqualFigures(api, db, scope);
    expect(measures.complaints).toBeGreaterThan(0);
  });

  it('include the edges: a Shanghai midnight, a closure after asOf, a deadline at the end of the last day, a stock received earlier', async () => {
    const refs = async (filter: object) => {
      const response = await api
        .as('HQ_ANALYST')
        .query(
          `query ($f: ComplaintListFilter) { complaints(filter: $f, first: 100) { totalCount instant edges { node { ref } } } }`,
          { f: { period: { from: '2013-01-01', to: '2013-03-31' }, asOf: '2013-03-20T04:00:00Z', ...filter } },
        );
      expect(response.errors).toBeUndefined();
      expect(response.data.complaints.totalCount).toBeLessThanOrEqual(100);
      const names = response.data.complaints.edges
        .map((edge: any) => edge.node.ref)
        .filter((ref: string) => ref.startsWith('E-'));
      return { instant: response.data.complaints.instant, refs: names.sort() };
    };
    expect(await refs({ unit: 'TH', figure: { metric: 'COMPLAINTS' }, channels: ['HQ_REFERRAL'] })).toEqual({
      instant: null,
      refs: ['E-2013'],
    });
    // at asOf 2013-03-20 12:00 Shanghai: E-LATE is open (closed on the 25th), E-AT-ASOF closed exactly then
    expect(await refs({ unit: 'GZ', figure: { metric: 'OPEN_BACKLOG' } })).toEqual({
      instant: '2013-03-20T04:00:00.000Z',
      refs: ['E-2012', 'E-2013', 'E-DUE-END', 'E-LATE', 'E-OLD'],
    });
    expect(await refs({ unit: 'GZ', figure: { metric: 'OVERDUE_OPEN' } })).toEqual({
      instant: '2013-03-20T04:00:00.000Z',
      refs: ['E-2012', 'E-2013', 'E-LATE', 'E-OLD'],
    });
    // at the end of the period: E-LATE closed, E-DUE-END due exactly then, so not overdue
    expect(await refs({ unit: 'GZ', figure: { metric: 'OVERDUE_OPEN' }, asOf: FAR })).toEqual({
      instant: '2013-03-31T15:59:59.999Z',
      refs: ['E-2012', 'E-2013', 'E-OLD'],
    });
    // due at asOf: closed by then (E-AT-ASOF, exactly), or past the deadline (E-2013's, E-LATE's)
    expect(await refs({ unit: 'GZ', figure: { metric: 'TIMELY_RATE', part: 'DENOMINATOR' } })).toMatchObject({
      refs: ['E-2013', 'E-AT-ASOF', 'E-LATE'],
    });
  });

  it('page by keyset through exactly totalCount complaints, each once', async () => {
    const filter = {
      unit: 'HQ',
      period: { from: '2010-06-01', to: '2013-12-31' },
      asOf: '2013-06-15T00:00:00Z',
      figure: { metric: 'OPEN_BACKLOG' },
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const response: any = await api.as('HQ_ANALYST').query(
        `query ($f: ComplaintListFilter, $after: String) { complaints(filter: $f, first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { ref } } } }`,
        { f: filter, after },
      );
      total = response.data.complaints.totalCount;
      seen.push(...response.data.complaints.edges.map((edge: any) => edge.node.ref));
      after = response.data.complaints.pageInfo.hasNextPage ? response.data.complaints.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(14);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toHaveLength(total);
  });

  it.each([
    [{ status: 'OPEN', figure: { metric: 'OPEN_BACKLOG' } }, 'filter.status cannot be combined with filter.figure'],
    [{ figure: { metric: 'PREMIUM' } }, 'the NUMERATOR of PREMIUM lists no complaints (drillable: none)'],
    [
      { figure: { metric: 'AVG_HANDLING_DAYS' } },
      'the NUMERATOR of AVG_HANDLING_DAYS lists no complaints (drillable: DENOMINATOR)',
    ],
    [
      { figure: { metric: 'COMPLAINTS', part: 'DENOMINATOR' } },
      'the DENOMINATOR of COMPLAINTS lists no complaints (drillable: NUMERATOR)',
    ],
    [
      { unit: undefined, figure: { metric: 'COMPLAINTS' } },
      'filter.figure COMPLAINTS needs filter.unit and filter.period',
    ],
  ])('refuse %j as BAD_USER_INPUT, naming it', async (filter, message) => {
    const response = await api
      .as('HQ_ANALYST')
      .query(`query ($f: ComplaintListFilter) { complaints(filter: $f) { totalCount } }`, {
        f: { unit: 'GZ', period: { from: '2013-01-01', to: '2013-03-31' }, ...filter },
      });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors?.[0].message).toContain(message);
  });
});

describe('the complaints behind GZ\u2019s January–July 2013 figures, on the demo data', () => {
  let api: TestServer;
  let orm: MikroORM;
  let db: Db;
  beforeAll(async () => {
    api = await startTestServer('demo');
    orm = await createOrm(api.db.url);
    db = orm.em.fork().getKysely<DB>();
  }, 600_000);
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
    await orm?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
    await api?.close();
  });

  const JAN_JUL = { from: '2013-01-01', to: '2013-07-31' };
  const ASOF = '2026-01-01T00:00:00Z';

  it('S11: 853 assessed complaints listed, every part of every metric equal to its figure (rollups and records)', async () => {
    const { lists } = await expectListsEqualFigures(api, db, {
      unit: 'GZ',
      period: JAN_JUL,
      asOf: ASOF,
      filter: { assessedOnly: true },
    });
    expect(lists[PARTS.findIndex((p) => p.metric === 'ASSESSED_COMPLAINTS')].totalCount).toBe(853);
  });

  it('S12: 40 from the HQ referral channel (36 of them assessed), every part equal to its figure (records)', async () => {
    const count = async (filter: MeasureFilter) => {
      const { lists } = await expectListsEqualFigures(api, db, { unit: 'GZ', period: JAN_JUL, asOf: ASOF, filter });
      return lists[PARTS.findIndex((p) => p.metric === 'COMPLAINTS')].totalCount;
    };
    expect(await count({ channels: ['HQ_REFERRAL'] })).toBe(40);
    expect(await count({ channels: ['HQ_REFERRAL'], assessedOnly: true })).toBe(36);
  });

  it('each figure of all complaints too', async () => {
    await expectListsEqualFigures(api, db, { unit: 'GZ', period: JAN_JUL, asOf: ASOF, filter: {} });
  });
});
