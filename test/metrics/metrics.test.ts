// metric, ranking, trend and activitySummary through the API on small named fixtures (TREE_SQL: HQ,
// GD, GZ moving from GD to HQ on 2011-01-01, TH, CD, FS, NH), every figure worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

// Three more provinces, so a ranking has five peers.
const PROVINCES = `
  insert into unit (code, name_zh, name_en, kind) values
    ('SH', '上海分公司', 'Shanghai', 'BRANCH'), ('BJ', '北京分公司', 'Beijing', 'BRANCH'), ('ZJ', '浙江分公司', 'Zhejiang', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from)
  select u.id, (select id from unit where code = 'HQ'), 'PROVINCE', '2000-01-01' from unit u where u.code in ('SH', 'BJ', 'ZJ');`;

const closedNextDay = (ref: string, unit: string, at: string) =>
  complaintSql({ ref, unit, at, closedAt: new Date(Date.parse(at) + 86_400_000).toISOString() });

const COMPLAINTS = [
  // January 2013 in GZ's subtree.
  complaintSql({ ref: 'J0', unit: 'GZ', at: '2012-12-31T15:59:00Z' }), // 2012-12-31 23:59 Shanghai: 2012; open
  complaintSql({ ref: 'J1', unit: 'GZ', at: '2012-12-31T16:30:00Z' }), // 2013-01-01 00:30 Shanghai: 2013; open
  // due by the 15-day default (2013-01-20T02:00Z), closed after 20 days: late
  complaintSql({ ref: 'J5', unit: 'TH', at: '2013-01-05T02:00:00Z', closedAt: '2013-01-25T02:00:00Z' }),
  // closed after 2 days: on time
  complaintSql({ ref: 'J10', unit: 'TH', at: '2013-01-10T02:00:00Z', closedAt: '2013-01-12T02:00:00Z' }),
  // an explicit, extended deadline (30 days): closed after 21 days, on time
  complaintSql({
    ref: 'J20',
    unit: 'CD',
    at: '2013-01-20T02:00:00Z',
    dueAt: '2013-02-19T15:59:59.999Z',
    closedAt: '2013-02-10T02:00:00Z',
  }),
  // GZ's move: GD's subtree is GD, GZ, TH, CD, FS, NH in 2010 and GD, FS, NH from 2011.
  closedNextDay('M1', 'GZ', '2010-03-01T02:00:00Z'),
  closedNextDay('M2', 'TH', '2010-04-01T02:00:00Z'),
  closedNextDay('M3', 'FS', '2010-05-01T02:00:00Z'),
  closedNextDay('M4', 'GZ', '2011-03-01T02:00:00Z'),
  closedNextDay('M5', 'NH', '2011-05-01T02:00:00Z'),
  // A leap day and its YOY twin (2015-02-28), and 2015-03-01, which is not the twin.
  closedNextDay('L1', 'NH', '2016-02-29T02:00:00Z'),
  closedNextDay('L2', 'NH', '2015-02-28T02:00:00Z'),
  closedNextDay('L3', 'NH', '2015-03-01T02:00:00Z'),
  // June 2014 for the ranking: GD's subtree 3, GZ's 2, SH 2, BJ 1, ZJ 1; June 2013: GZ 1.
  ...[
    ['R1', 'GD'],
    ['R2', 'FS'],
    ['R3', 'NH'],
    ['R4', 'GZ'],
    ['R5', 'TH'],
    ['R6', 'SH'],
    ['R7', 'SH'],
    ['R8', 'BJ'],
    ['R9', 'ZJ'],
  ].map(([ref, unit]) => closedNextDay(ref, unit, '2014-06-10T02:00:00Z')),
  closedNextDay('R0', 'GZ', '2013-06-10T02:00:00Z'),
].join('\n');

const OTHERS = `
  update complaint set escalated = true where ref = 'J1';
  insert into followup (complaint_id, visited_at, satisfied)
    select id, closed_at + interval '1 day', ref = 'J5' from complaint where ref in ('J5', 'J20');
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select u.id, v.month::date, v.line, v.yuan, v.policies from (values
    ('GZ', '2013-01-01', 'AUTO', 31000000, 3100), ('GZ', '2013-01-01', 'NON_AUTO', 6200000, 620),
    ('GZ', '2013-02-01', 'AUTO', 28000000, 2800), ('FS', '2013-01-01', 'AUTO', 0, 0),
    ('GD', '2014-06-01', 'AUTO', 100000000, 1000), ('GZ', '2014-06-01', 'AUTO', 100000000, 1000),
    ('SH', '2014-06-01', 'AUTO', 100000000, 1000), ('BJ', '2014-06-01', 'AUTO', 200000000, 1000),
    ('GD', '2013-06-01', 'AUTO', 100000000, 1000), ('GZ', '2013-06-01', 'AUTO', 100000000, 1000)
  ) v(code, month, line, yuan, policies) join unit u on u.code = v.code;
  insert into activity (unit_id, date, kind, count)
  select u.id, v.date::date, v.kind, v.count from (values
    ('GZ', '2012-03-24', 'ONSITE_RECEPTION', 5), ('TH', '2012-05-01', 'TRAINING', 10),
    ('NH', '2012-05-01', 'TRAINING', 3), ('GZ', '2010-06-01', 'ONLINE_DUTY', 4)
  ) v(code, date, kind, count) join unit u on u.code = v.code;`;

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL + PROVINCES + COMPLAINTS + OTHERS));
});
afterAll(() => api.close());

const METRIC = `query ($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter,
    $compare: Comparison, $hierarchy: HierarchyBasis, $asOf: DateTime) {
  metric(unit: $unit, metric: $metric, period: $period, filter: $filter, compare: $compare, hierarchy: $hierarchy, asOf: $asOf) {
    metric value previous change changeRate benchmark
  }
}`;
const JAN_2013 = { from: '2013-01-01', to: '2013-01-31' };
const AFTER = '2013-03-01T00:00:00Z';

async function metric(unit: string, key: string, period: object, options: Record<string, unknown> = {}) {
  const response = await api
    .as('HQ_ANALYST')
    .query(METRIC, { unit, metric: key, period, compare: 'NONE', asOf: AFTER, ...options });
  expect(response.errors).toBeUndefined();
  return response.data.metric;
}
const value = async (unit: string, key: string, period: object, options: Record<string, unknown> = {}) =>
  (await metric(unit, key, period, options)).value;

describe('metric', () => {
  it('counts a complaint at 2012-12-31T16:30Z in 2013 (Shanghai) and one at 15:59Z in 2012', async () => {
    // J1, J5, J10, J20; J0 is 2012-12-31 in Shanghai
    expect(await value('GZ', 'COMPLAINTS', JAN_2013)).toBe(4);
    expect(await value('GZ', 'COMPLAINTS', { from: '2012-12-31', to: '2012-12-31' })).toBe(1);
  });

  it('takes the deadline as stored: an extended dueAt is on time where the 15-day default is late', async () => {
    // due by 2013-03-01: J5, J10, J20 (closed) and J1 (open, due 2013-01-15T16:30Z); timely: J10, J20 → 2 ÷ 4
    expect(await value('GZ', 'TIMELY_RATE', JAN_2013)).toBe(0.5);
    // (20 + 2 + 21) days ÷ 3
    expect(await value('GZ', 'AVG_HANDLING_DAYS', JAN_2013)).toBeCloseTo(43 / 3, 10);
  });

  it('counts only closures by asOf', async () => {
    // at 2013-01-15T00:00Z only J10 is closed and nothing is past due: 1 ÷ 1; its 2 days
    const asOf = '2013-01-15T00:00:00Z';
    expect(await value('GZ', 'TIMELY_RATE', JAN_2013, { asOf })).toBe(1);
    expect(await value('GZ', 'AVG_HANDLING_DAYS', JAN_2013, { asOf })).toBe(2);
    // before any receipt of the month, nothing is due: no value
    expect(await value('GZ', 'TIMELY_RATE', JAN_2013, { asOf: '2012-12-01T00:00:00Z' })).toBeNull();
  });

  it('counts the open backlog as a stock at the end of the period, receipts before it included', async () => {
    // at the end of 2013-01-31: J0 (from 2012), J1 open; J20 closes only on 02-10; J0 and J1 are past due
    expect(await value('GZ', 'OPEN_BACKLOG', JAN_2013)).toBe(3);
    expect(await value('GZ', 'OVERDUE_OPEN', JAN_2013)).toBe(2);
    // asOf earlier than the end: at 2013-01-12T12:00Z J0, J1, J5 are open (J10 closed that day), none yet past due
    expect(await value('GZ', 'OPEN_BACKLOG', JAN_2013, { asOf: '2013-01-12T12:00:00Z' })).toBe(3);
    expect(await value('GZ', 'OVERDUE_OPEN', JAN_2013, { asOf: '2013-01-12T12:00:00Z' })).toBe(0);
  });

  it('computes escalation and satisfaction over in-scope complaints', async () => {
    expect(await value('GZ', 'ESCALATION_RATE', JAN_2013)).toBe(0.25); // J1 of 4
    expect(await value('GZ', 'SATISFACTION_RATE', JAN_2013)).toBe(0.5); // J5 satisfied, J20 not
  });

  it("prorates a partial month's premium and policies: 2013-01-15..31 takes 17/31 of January", async () => {
    const period = { from: '2013-01-15', to: '2013-01-31' };
    // 17/31 × (31,000,000 + 6,200,000) = 20,400,000; lines [AUTO]: 17/31 × 31,000,000 = 17,000,000
    expect(await value('GZ', 'PREMIUM', period)).toBeCloseTo(20_400_000, 4);
    expect(await value('GZ', 'PREMIUM', period, { filter: { lines: ['AUTO'] } })).toBeCloseTo(17_000_000, 4);
    // 17/31 × 3,720 = 2,040 policies; in scope: J20 only → 1 ÷ 0.204 and 1 ÷ 0.2040 (per 10k)
    expect(await value('GZ', 'POLICIES', period)).toBeCloseTo(2040, 8);
    expect(await value('GZ', 'PER_100M_PREMIUM', period)).toBeCloseTo(1 / 0.204, 8);
    expect(await value('GZ', 'PER_10K_POLICIES', period)).toBeCloseTo(1 / 0.204, 8);
  });

  it('has no value for a rate over zero premium, and 0 for a count of nothing', async () => {
    expect(await value('FS', 'PER_100M_PREMIUM', JAN_2013)).toBeNull(); // a premium row of 0
    expect(await value('NH', 'PER_100M_PREMIUM', JAN_2013)).toBeNull(); // no premium rows
    expect(await value('NH', 'PREMIUM', JAN_2013)).toBe(0);
    expect(await value('NH', 'COMPLAINTS', JAN_2013)).toBe(0);
  });

  it('compares GD like-for-like on the 2011 tree (PERIOD_END) or on each year’s own (EACH_PERIOD)', async () => {
    const y2011 = { from: '2011-01-01', to: '2011-12-31' };
    // 2011: M5 (NH). 2010 on the 2011 tree (GD, FS, NH): M3 (FS) → 1 vs 1
    expect(await metric('GD', 'COMPLAINTS', y2011, { compare: 'YOY' })).toMatchObject({
      value: 1,
      previous: 1,
      change: 0,
      changeRate: 0,
      benchmark: 2, // HQ 2011: M4, M5
    });
    // 2010 on the 2010 tree (GZ, TH still under GD): M1, M2, M3 → 1 vs 3, −2, −2/3
    const each = await metric('GD', 'COMPLAINTS', y2011, { compare: 'YOY', hierarchy: 'EACH_PERIOD' });
    expect(each).toMatchObject({ value: 1, previous: 3, change: -2 });
    expect(each.changeRate).toBeCloseTo(-2 / 3, 12);
    // GZ on the 2011 tree: M4 vs M1, M2 → −0.5
    expect(await metric('GZ', 'COMPLAINTS', y2011, { compare: 'YOY' })).toMatchObject({
      value: 1,
      previous: 2,
      changeRate: -0.5,
    });
  });

  it('compares 2016-02-29 with 2015-02-28 (YOY), and February with the January before (PREVIOUS)', async () => {
    expect(
      await metric('NH', 'COMPLAINTS', { from: '2016-02-29', to: '2016-02-29' }, { compare: 'YOY' }),
    ).toMatchObject({
      value: 1,
      previous: 1,
      change: 0,
      changeRate: 0,
    });
    // PREVIOUS of 2015-03-01..2015-03-01 is 2015-02-28..2015-02-28: L2
    expect(
      await metric('NH', 'COMPLAINTS', { from: '2015-03-01', to: '2015-03-01' }, { compare: 'PREVIOUS' }),
    ).toMatchObject({
      value: 1,
      previous: 1,
    });
  });

  it('measures every metric of one request with the same filter in one statement', async () => {
    const DASHBOARD = `{
      a: metric(unit: "GZ", metric: COMPLAINTS, period: { from: "2013-01-01", to: "2013-01-31" }) { value previous benchmark }
      b: metric(unit: "GD", metric: OPEN_BACKLOG, period: { from: "2013-01-01", to: "2013-01-31" }, asOf: "${AFTER}") { value }
      c: metric(unit: "GZ", metric: PREMIUM, period: { from: "2013-01-15", to: "2013-01-31" }) { value }
    }`;
    let data: any;
    api.server.measureCache.clear();
    const statements = await api.countStatements(async () => ({ data } = await api.as('HQ_ANALYST').query(DASHBOARD)));
    // GZ in January 2013: J1, J5, J10, J20, vs none a year earlier; HQ: the same 4.
    // GD's backlog at the end of January: FS, NH and GD have no open complaints → 0
    expect(data).toEqual({
      a: { value: 4, previous: 0, benchmark: 4 },
      b: { value: 0 },
      c: { value: expect.closeTo(20_400_000, 4) },
    });
    // the API token (with its user and units), the three units by code, the data's version (for the cache of measures), then one statement for the seven scopes
    expect(statements).toBe(4);
  });

  it('names an unknown unit in a NOT_FOUND error', async () => {
    const response = await api.as('HQ_ANALYST').query(METRIC, { unit: 'XX', metric: 'COMPLAINTS', period: JAN_2013 });
    expect(response.errors?.[0]).toMatchObject({
      message: 'unit "XX" does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('lists every metric definition', async () => {
    const response = await api
      .as('HQ_ANALYST')
      .query('{ metricDefinitions { key labelZh unit better dependsOnAsOf } }');
    expect(response.data.metricDefinitions).toHaveLength(17);
    expect(
      response.data.metricDefinitions
        .slice(12)
        .map((d: { key: string; labelZh: string; unit: string }) => [d.key, d.labelZh, d.unit]),
    ).toEqual([
      ['ISSUES', '投诉事项数', 'COUNT'],
      ['CLOSED_WITHIN_3_WORKING_DAYS', '3个工作日内办结率', 'FRACTION'],
      ['CLOSED_WITHIN_8_WEEKS', '8周内办结率', 'FRACTION'],
      ['UPHELD_RATE', '投诉支持率', 'FRACTION'],
      ['COMPLAINT_INDEX', '投诉指数', 'INDEX'],
    ]);
    expect(response.data.metricDefinitions[0]).toEqual({
      key: 'COMPLAINTS',
      labelZh: '投诉量',
      unit: 'COUNT',
      better: 'LOWER',
      dependsOnAsOf: false,
    });
  });

  it('serves each definition: what is counted, a ratio\u2019s parts, the basis and the parts that list complaints', async () => {
    const response = await api.as('BRANCH').query(`{ metricDefinitions { key definition { zh en } numerator { zh en }
      denominator { zh en } basisNote { zh en } drillable } }`);
    const timely = response.data.metricDefinitions.find((d: { key: string }) => d.key === 'TIMELY_RATE');
    expect(timely).toMatchObject({
      numerator: { en: 'Complaints in scope closed by asOf, no later than their deadline (closedAt ≤ dueAt)' },
      denominator: { zh: '统计范围内截至asOf已办结或处理时限早于asOf的投诉件数' },
      basisNote: { zh: '考核口径时分子、分母都只计考核投诉。' },
      drillable: ['NUMERATOR', 'DENOMINATOR'],
    });
    expect(response.data.metricDefinitions.find((d: { key: string }) => d.key === 'PREMIUM')).toMatchObject({
      numerator: null,
      drillable: [],
    });
  });
});

const RANKING = `query ($level: UnitLevel, $parent: String, $order: SortOrder) {
  ranking(metric: PER_100M_PREMIUM, period: { from: "2014-06-01", to: "2014-06-30" }, level: $level, parent: $parent, order: $order) {
    rows { unit { code } value rank previousValue previousRank movement } benchmark peerMean peerMedian
  }
}`;

describe('ranking', () => {
  it('shares ranks on ties (1, 2, 2, 4), puts the unit with no value last, and moves against a year earlier', async () => {
    const { ranking } = (await api.as('HQ_ANALYST').query(RANKING, { level: 'PROVINCE' })).data;
    // June 2014 per 100M: GD 3 ÷ 1, GZ 2 ÷ 1, SH 2 ÷ 1, BJ 1 ÷ 2, ZJ no premium. June 2013: GZ 1, GD 0, others none.
    expect(
      ranking.rows.map((r: any) => [r.unit.code, r.value, r.rank, r.previousValue, r.previousRank, r.movement]),
    ).toEqual([
      ['GD', 3, 1, 0, 2, 1],
      ['GZ', 2, 2, 1, 1, -1],
      ['SH', 2, 2, null, null, null],
      ['BJ', 0.5, 4, null, null, null],
      ['ZJ', null, null, null, null, null],
    ]);
    // HQ pooled: 9 complaints ÷ 5 (hundred million yuan); mean (3 + 2 + 2 + 0.5) ÷ 4; median (2 + 2) ÷ 2
    expect(ranking).toMatchObject({ benchmark: 1.8, peerMean: 1.875, peerMedian: 2 });
  });

  it('ranks ascending when asked', async () => {
    const { ranking } = (await api.as('HQ_ANALYST').query(RANKING, { level: 'PROVINCE', order: 'ASC' })).data;
    expect(ranking.rows.map((r: any) => [r.unit.code, r.rank])).toEqual([
      ['BJ', 1],
      ['GZ', 2],
      ['SH', 2],
      ['GD', 4],
      ['ZJ', null],
    ]);
  });

  it("ranks a parent's children at the period's end", async () => {
    const { ranking } = (await api.as('HQ_ANALYST').query(RANKING, { parent: 'GD' })).data;
    // FS: 1 complaint (R2), no premium in June 2014 → no value
    expect(ranking.rows.map((r: any) => [r.unit.code, r.rank])).toEqual([['FS', null]]);
  });

  it('takes exactly one of level and parent', async () => {
    for (const variables of [{ level: 'PROVINCE', parent: 'GD' }, {}]) {
      const response = await api.as('HQ_ANALYST').query(RANKING, variables);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('costs the same few statements for any number of peers', async () => {
    api.server.measureCache.clear();
    const statements = await api.countStatements(() => api.as('HQ_ANALYST').query(RANKING, { level: 'PROVINCE' }));
    // the API token, the peers and HQ (in parallel), the data's version, then one statement for all peers' two periods and the benchmark
    expect(statements).toBe(5);
  });

  it('costs the same filtered on one dimension (its rollups), one more on two (the estimate, then the records)', async () => {
    const filtered = (filter: string) => RANKING.replace('order: $order)', `order: $order, filter: ${filter})`);
    for (const [filter, expected] of [
      ['{ lines: [AUTO], assessedOnly: true }', 5],
      ['{ channels: [ONLINE, ONSITE] }', 5],
      ['{ lines: [AUTO], channels: [ONLINE] }', 6],
    ] as const) {
      api.server.measureCache.clear();
      let errors: unknown;
      const statements = await api.countStatements(
        async () => ({ errors } = await api.as('HQ_ANALYST').query(filtered(filter), { level: 'PROVINCE' })),
      );
      expect({ filter, errors, statements }).toEqual({ filter, errors: undefined, statements: expected });
    }
  });
});

const TREND = `query ($period: PeriodInput!, $granularity: Granularity!, $metric: MetricKey!) {
  trend(unit: "GZ", metric: $metric, period: $period, granularity: $granularity, asOf: "${AFTER}") { from to value previous }
}`;

describe('trend', () => {
  it('clips the first and last points to the period', async () => {
    const response = await api
      .as('HQ_ANALYST')
      .query(TREND, { period: { from: '2013-01-15', to: '2013-02-28' }, granularity: 'MONTH', metric: 'PREMIUM' });
    expect(response.data.trend).toEqual([
      { from: '2013-01-15', to: '2013-01-31', value: expect.closeTo(20_400_000, 4), previous: 0 },
      { from: '2013-02-01', to: '2013-02-28', value: 28_000_000, previous: 0 },
    ]);
  });

  it('uses the tree at the period’s end for every point and its year-earlier twin', async () => {
    const response = await api
      .as('HQ_ANALYST')
      .query(TREND, { period: { from: '2011-01-01', to: '2011-12-31' }, granularity: 'QUARTER', metric: 'COMPLAINTS' });
    // Q1 2011: M4; its twin Q1 2010: M1. Q2 2011: none; Q2 2010: M2 (TH, in GZ on the 2011 tree)
    expect(response.data.trend.map((p: any) => [p.from, p.value, p.previous])).toEqual([
      ['2011-01-01', 1, 1],
      ['2011-04-01', 0, 1],
      ['2011-07-01', 0, 0],
      ['2011-10-01', 0, 0],
    ]);
  });

  it('costs the same statements for 48 months as for 12', async () => {
    const run = (from: string) => () =>
      api
        .as('HQ_ANALYST')
        .query(TREND, { period: { from, to: '2013-12-31' }, granularity: 'MONTH', metric: 'TIMELY_RATE' });
    api.server.measureCache.clear();
    const twelve = await api.countStatements(run('2013-01-01'));
    api.server.measureCache.clear();
    const fortyEight = await api.countStatements(run('2010-01-01'));
    expect(fortyEight).toBe(twelve);
    expect(fortyEight).toBe(4); // the API token, the unit, the data's version, then one statement for 96 scopes
  });
});

describe('activitySummary', () => {
  const SUMMARY = `query ($unit: String!, $from: Date!, $to: Date!) { activitySummary(unit: $unit, period: { from: $from, to: $to }) { kind count } }`;
  const totals = async (unit: string, from: string, to: string) =>
    Object.fromEntries(
      (await api.as('HQ_ANALYST').query(SUMMARY, { unit, from, to })).data.activitySummary.map((a: any) => [
        a.kind,
        a.count,
      ]),
    );

  it("sums the subtree's activities per kind, 0 where there are none", async () => {
    expect(await totals('GZ', '2012-01-01', '2012-12-31')).toEqual({
      ONLINE_DUTY: 0,
      ONSITE_RECEPTION: 5,
      TRAINING: 10,
    });
  });

  it("uses the tree at the period's end", async () => {
    // 2010: GZ is under GD; 2012: it is not, and NH's training counts
    expect(await totals('GD', '2010-01-01', '2010-12-31')).toEqual({
      ONLINE_DUTY: 4,
      ONSITE_RECEPTION: 0,
      TRAINING: 0,
    });
    expect(await totals('GD', '2012-01-01', '2012-12-31')).toEqual({
      ONLINE_DUTY: 0,
      ONSITE_RECEPTION: 0,
      TRAINING: 3,
    });
  });
});
