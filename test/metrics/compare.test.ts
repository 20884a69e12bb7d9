// compare through the API on small named fixtures (TREE_SQL: HQ, GD, GZ moving from GD to HQ on
// 2011-01-01, TH, CD, FS, NH; and 36 empty provinces P01–P36), every figure worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

const PROVINCES = Array.from({ length: 36 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const PROVINCES_SQL = `
  insert into unit (code, name_zh, name_en, kind)
    select code, code || '分公司', null, 'BRANCH' from unnest(array['${PROVINCES.join("','")}']) code;
  insert into unit_membership (unit_id, parent_id, level, valid_from)
    select u.id, (select id from unit where code = 'HQ'), 'PROVINCE', '2000-01-01' from unit u where u.code like 'P__';`;

const dayAfter = (at: string) => new Date(Date.parse(at) + 86_400_000).toISOString();

const COMPLAINTS = [
  // January 2013. GZ: C1 closed after 2 days (timely); C2 closed after 20 days, past its 15-day deadline.
  complaintSql({ ref: 'C1', unit: 'GZ', at: '2013-01-05T02:00:00Z', closedAt: '2013-01-07T02:00:00Z' }),
  complaintSql({ ref: 'C2', unit: 'GZ', at: '2013-01-10T02:00:00Z', closedAt: '2013-01-30T02:00:00Z' }),
  // TH (in GZ's subtree): open, due 2013-01-30T02:00Z, before asOf: due and not timely.
  complaintSql({ ref: 'C3', unit: 'TH', at: '2013-01-15T02:00:00Z' }),
  // FS: closed the next day (timely). NH: nothing in January 2013.
  complaintSql({ ref: 'C4', unit: 'FS', at: '2013-01-20T02:00:00Z', closedAt: dayAfter('2013-01-20T02:00:00Z') }),
  // January 2012 (the YOY twin): GZ, closed the next day.
  complaintSql({ ref: 'P1', unit: 'GZ', at: '2012-01-10T02:00:00Z', closedAt: dayAfter('2012-01-10T02:00:00Z') }),
  // GZ's move: 2010 under GD, 2011 under HQ.
  complaintSql({ ref: 'M1', unit: 'GZ', at: '2010-03-01T02:00:00Z', closedAt: dayAfter('2010-03-01T02:00:00Z') }),
  complaintSql({ ref: 'M3', unit: 'FS', at: '2010-05-01T02:00:00Z', closedAt: dayAfter('2010-05-01T02:00:00Z') }),
  complaintSql({ ref: 'M5', unit: 'NH', at: '2011-05-01T02:00:00Z', closedAt: dayAfter('2011-05-01T02:00:00Z') }),
].join('\n');

// January 2013 premium: GZ 1 (hundred million yuan), FS 0.5, NH none; none in January 2012.
const PREMIUMS = `
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select u.id, '2013-01-01', 'AUTO', v.yuan, 0 from (values ('GZ', 100000000), ('FS', 50000000)) v(code, yuan)
  join unit u on u.code = v.code;`;

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL + PROVINCES_SQL + COMPLAINTS + PREMIUMS));
});
afterAll(() => api.close());

const COMPARE = `query ($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter,
    $compare: Comparison, $hierarchy: HierarchyBasis, $asOf: DateTime) {
  compare(units: $units, metrics: $metrics, period: $period, filter: $filter, compare: $compare, hierarchy: $hierarchy, asOf: $asOf) {
    columns { metric { key labelZh additive } benchmark { metric value previous change changeRate benchmark } peerMean peerMedian }
    rows { unit { code nameZh } values { metric value previous change changeRate benchmark } }
  }
}`;
const JAN_2013 = { from: '2013-01-01', to: '2013-01-31' };
const AS_OF = '2013-03-01T00:00:00Z';

async function compare(variables: Record<string, unknown>) {
  const response = await api.as('HQ_ANALYST').query(COMPARE, { period: JAN_2013, asOf: AS_OF, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data.compare;
}

describe('compare', () => {
  it('sets units × metrics side by side in the order asked, each value beside its year-earlier twin and the benchmark', async () => {
    const table = await compare({
      units: ['NH', 'GZ', 'FS'],
      metrics: ['COMPLAINTS', 'TIMELY_RATE', 'PER_100M_PREMIUM'],
    });
    expect(table.columns.map((c: any) => c.metric.key)).toEqual(['COMPLAINTS', 'TIMELY_RATE', 'PER_100M_PREMIUM']);
    expect(table.rows.map((r: any) => r.unit.code)).toEqual(['NH', 'GZ', 'FS']);
    const [nh, gz, fs] = table.rows.map((r: any) => r.values);
    // COMPLAINTS. GZ's subtree: C1, C2, C3 vs P1 → +2, +200%. FS's (FS, NH): C4 vs none. NH: none vs none.
    // HQ: C1–C4 vs P1 → 4 vs 1.
    expect(gz[0]).toEqual({ metric: 'COMPLAINTS', value: 3, previous: 1, change: 2, changeRate: 2, benchmark: 4 });
    expect(fs[0]).toEqual({ metric: 'COMPLAINTS', value: 1, previous: 0, change: 1, changeRate: null, benchmark: 4 });
    expect(nh[0]).toEqual({ metric: 'COMPLAINTS', value: 0, previous: 0, change: 0, changeRate: null, benchmark: 4 });
    // TIMELY_RATE at 2013-03-01. GZ: due C1, C2, C3; timely C1 → 1/3; January 2012: P1 → 1. FS: C4 → 1.
    // NH: nothing due → no value. HQ: timely C1, C4 of 4 due → 0.5; January 2012: 1.
    expect(gz[1]).toMatchObject({ value: 1 / 3, previous: 1, change: 1 / 3 - 1, benchmark: 0.5 });
    expect(gz[1].changeRate).toBeCloseTo(-2 / 3, 12);
    expect(fs[1]).toEqual({
      metric: 'TIMELY_RATE',
      value: 1,
      previous: null,
      change: null,
      changeRate: null,
      benchmark: 0.5,
    });
    expect(nh[1]).toEqual({
      metric: 'TIMELY_RATE',
      value: null,
      previous: null,
      change: null,
      changeRate: null,
      benchmark: 0.5,
    });
    // PER_100M_PREMIUM: GZ 3 ÷ 1, FS 1 ÷ 0.5, NH no premium → no value; no premium a year earlier.
    expect([nh[2].value, gz[2].value, fs[2].value]).toEqual([null, 3, 2]);
    expect(gz[2]).toMatchObject({ previous: null, change: null });
  });

  it("gives each metric the company's pooled figure and the mean and median of the units that have a value", async () => {
    const table = await compare({
      units: ['NH', 'GZ', 'FS'],
      metrics: ['COMPLAINTS', 'TIMELY_RATE', 'PER_100M_PREMIUM'],
    });
    const [complaints, timely, per100m] = table.columns;
    expect(complaints).toEqual({
      metric: { key: 'COMPLAINTS', labelZh: '投诉量', additive: true },
      benchmark: { metric: 'COMPLAINTS', value: 4, previous: 1, change: 3, changeRate: 3, benchmark: 4 },
      peerMean: 4 / 3, // (0 + 3 + 1) ÷ 3
      peerMedian: 1,
    });
    // NH has no value and is left out: mean and median of GZ's 1/3 and FS's 1 → 2/3
    expect(timely.benchmark).toMatchObject({ value: 0.5, previous: 1, change: -0.5, changeRate: -0.5 });
    expect(timely.peerMean).toBeCloseTo(2 / 3, 12);
    expect(timely.peerMedian).toBeCloseTo(2 / 3, 12);
    // pooled, not the mean of ratios: HQ 4 complaints ÷ 1.5 → 8/3, while the units' mean is (3 + 2) ÷ 2
    expect(per100m.benchmark.value).toBeCloseTo(8 / 3, 12);
    expect(per100m).toMatchObject({ metric: { additive: false }, peerMean: 2.5, peerMedian: 2.5 });
  });

  it('measures the year before on the tree of the period’s end, or on its own with EACH_PERIOD', async () => {
    const variables = { units: ['GD'], metrics: ['COMPLAINTS'], period: { from: '2011-01-01', to: '2011-12-31' } };
    // 2011: M5 (NH). 2010 on the 2011 tree (GD, FS, NH): M3; on the 2010 tree GZ is GD's too: M1, M3.
    expect((await compare(variables)).rows[0].values[0]).toMatchObject({ value: 1, previous: 1 });
    expect((await compare({ ...variables, hierarchy: 'EACH_PERIOD' })).rows[0].values[0]).toMatchObject({
      value: 1,
      previous: 2,
    });
  });

  it('applies the filter to every cell and the benchmark, and compares with nothing when asked', async () => {
    // TIMELY_RATE of complaints from ONLINE: there are none, so nothing is due anywhere
    const online = await compare({
      units: ['GZ'],
      metrics: ['COMPLAINTS', 'TIMELY_RATE'],
      filter: { channels: ['ONLINE'] },
      compare: 'NONE',
    });
    expect(online.rows[0].values).toEqual([
      { metric: 'COMPLAINTS', value: 0, previous: null, change: null, changeRate: null, benchmark: 0 },
      { metric: 'TIMELY_RATE', value: null, previous: null, change: null, changeRate: null, benchmark: null },
    ]);
    expect(online.columns[1]).toMatchObject({ peerMean: null, peerMedian: null });
  });

  it('costs two statements for 36 units × 6 metrics, as for 3 units × 2 metrics of the same measure groups', async () => {
    const run = (units: string[], metrics: string[]) => () =>
      api.as('HQ_ANALYST').query(COMPARE, { units, metrics, period: { from: '2013-01-01', to: '2013-07-31' } });
    // COMPLAINTS, ASSESSED_COMPLAINTS, TIMELY_RATE, AVG_HANDLING_DAYS: flow; PER_100M_PREMIUM: flow and premium;
    // OPEN_BACKLOG: stock. PER_100M_PREMIUM and OPEN_BACKLOG need the same three groups.
    api.server.measureCache.clear();
    const wide = await api.countStatements(
      run(PROVINCES, [
        'COMPLAINTS',
        'ASSESSED_COMPLAINTS',
        'PER_100M_PREMIUM',
        'TIMELY_RATE',
        'AVG_HANDLING_DAYS',
        'OPEN_BACKLOG',
      ]),
    );
    api.server.measureCache.clear();
    const narrow = await api.countStatements(run(['GZ', 'FS', 'NH'], ['PER_100M_PREMIUM', 'OPEN_BACKLOG']));
    // the API token (with its user and units), HQ and every unit by code in one statement, the data's
    // version, then one for every scope of both periods
    expect(wide).toBe(4);
    expect(narrow).toBe(wide);
    const response = await run(PROVINCES, ['COMPLAINTS', 'OPEN_BACKLOG'])();
    expect(response.data.compare.rows).toHaveLength(36);
    expect(response.data.compare.rows[35].unit.code).toBe('P36');
  });

  it('refuses empty, oversized or repeating lists and a bad period as BAD_USER_INPUT, naming the problem', async () => {
    const cases: [Record<string, unknown>, unknown][] = [
      [{ units: [], metrics: ['COMPLAINTS'] }, 'compare takes 1 to 50 units, not 0'],
      [
        { units: [...PROVINCES, ...PROVINCES.slice(0, 15).map((p) => `${p}X`)], metrics: ['COMPLAINTS'] },
        'compare takes 1 to 50 units, not 51',
      ],
      [{ units: ['GZ'], metrics: [] }, 'compare takes 1 to 12 metrics, not 0'],
      [{ units: ['GZ', 'FS', 'GZ'], metrics: ['COMPLAINTS'] }, 'compare lists unit "GZ" twice'],
      [{ units: ['GZ'], metrics: ['COMPLAINTS', 'COMPLAINTS'] }, 'compare lists metric "COMPLAINTS" twice'],
      [
        { units: ['GZ'], metrics: ['COMPLAINTS'], period: { from: '2013-02-01', to: '2013-01-31' } },
        'period.from 2013-02-01 is after period.to 2013-01-31',
      ],
      // a date that does not exist is refused by the Date scalar, before the resolver
      [
        { units: ['GZ'], metrics: ['COMPLAINTS'], period: { from: '2013-02-01', to: '2013-02-30' } },
        expect.stringContaining('Value is not a valid LocalDate: 2013-02-30'),
      ],
    ];
    for (const [variables, message] of cases) {
      const response = await api.as('HQ_ANALYST').query(COMPARE, { period: JAN_2013, ...variables });
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('names an unknown unit in a NOT_FOUND error', async () => {
    const response = await api
      .as('HQ_ANALYST')
      .query(COMPARE, { units: ['GZ', 'XX', 'YY'], metrics: ['COMPLAINTS'], period: JAN_2013 });
    expect(response.errors?.[0]).toMatchObject({
      message: 'unit "XX" does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
