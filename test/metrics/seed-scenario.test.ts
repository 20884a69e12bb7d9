// SEED-SCENARIO.md's figures S1–S14 through the GraphQL API, on the demo data loaded through the
// import path, rounded as the table shows them. (test/demo/figures.test.ts proves the same figures
// with an independent SQL oracle; this proves the metric engine gives them too.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/graphql.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer('demo');
}, 600_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

const round = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

const METRIC = `query ($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {
  metric(unit: $unit, metric: $metric, period: $period, filter: $filter) { value previous change changeRate benchmark }
}`;

async function metric(metricKey: string, period: { from: string; to: string }, filter?: object, unit = 'GZ') {
  const response = await api.as('HQ_ANALYST').query(METRIC, { unit, metric: metricKey, period, filter });
  expect(response.errors).toBeUndefined();
  return response.data.metric as {
    value: number;
    previous: number;
    change: number;
    changeRate: number;
    benchmark: number;
  };
}

const Y2011 = { from: '2011-01-01', to: '2011-12-31' };
const Y2012 = { from: '2012-01-01', to: '2012-12-31' };
const JAN_JUL_2013 = { from: '2013-01-01', to: '2013-07-31' };
const HQ_CHANNEL = { channels: ['HQ_REFERRAL'] };

describe('the seed scenario through the API (SEED-SCENARIO.md)', () => {
  it('S1: GZ complaints in 2011 fell 15.21% year on year', async () => {
    expect(round((await metric('COMPLAINTS', Y2011)).changeRate, 4)).toBe(-0.1521);
  });

  it('S2: while its premium grew', async () => {
    expect((await metric('PREMIUM', Y2011)).changeRate).toBeGreaterThan(0);
  });

  it('S3: its monthly timely rate in 2011 rose from a low of 27.49% to 78.71% in December', async () => {
    const response = await api.as('HQ_ANALYST')
      .query(`{ trend(unit: "GZ", metric: TIMELY_RATE, period: { from: "2011-01-01", to: "2011-12-31" },
      granularity: MONTH) { from to value } }`);
    const points = response.data.trend as { from: string; to: string; value: number }[];
    expect(points).toHaveLength(12);
    expect(points[11]).toMatchObject({ from: '2011-12-01', to: '2011-12-31' });
    expect(round(Math.min(...points.map((p) => p.value)), 4)).toBe(0.2749);
    expect(round(points[11].value, 4)).toBe(0.7871);
  });

  it('S4: GZ complaints in 2012 fell 2.63% year on year', async () => {
    expect(round((await metric('COMPLAINTS', Y2012)).changeRate, 4)).toBe(-0.0263);
  });

  it('S5: while its premium grew by at least 20%', async () => {
    expect((await metric('PREMIUM', Y2012)).changeRate).toBeGreaterThanOrEqual(0.2);
  });

  it('S6: its timely rate in 2012 rose 52.09 points year on year', async () => {
    expect(round((await metric('TIMELY_RATE', Y2012)).change, 4)).toBe(0.5209);
  });

  it('S7: its HQ-channel complaints of 2012 took 7.19 days on average, less than the company-wide figure', async () => {
    const { value, benchmark } = await metric('AVG_HANDLING_DAYS', Y2012, HQ_CHANNEL);
    expect(round(value, 2)).toBe(7.19);
    expect(benchmark).toBeGreaterThan(7.19);
  });

  it('S8: and were all handled on time, above the company-wide rate', async () => {
    const { value, benchmark } = await metric('TIMELY_RATE', Y2012, HQ_CHANNEL);
    expect(value).toBe(1);
    expect(benchmark).toBeLessThan(1);
  });

  it('S9: GZ in 2012 had 40 duty person-times, 39 complaints at the 3.24 reception day and 180 trained', async () => {
    const summary = (from: string, to: string) =>
      api
        .as('HQ_ANALYST')
        .query(`{ activitySummary(unit: "GZ", period: { from: "${from}", to: "${to}" }) { kind count } }`);
    expect((await summary('2012-01-01', '2012-12-31')).data.activitySummary).toEqual([
      { kind: 'ONLINE_DUTY', count: 40 },
      { kind: 'ONSITE_RECEPTION', count: 39 },
      { kind: 'TRAINING', count: 180 },
    ]);
    expect((await summary('2012-03-24', '2012-03-24')).data.activitySummary).toContainEqual({
      kind: 'ONSITE_RECEPTION',
      count: 39,
    });
  });

  it('S10: GZ had fewer complaints in the second half of 2012 than in the first', async () => {
    const { value } = await metric('COMPLAINTS', { from: '2012-07-01', to: '2012-12-31' });
    const first = await metric('COMPLAINTS', { from: '2012-01-01', to: '2012-06-30' });
    expect(value).toBeLessThan(first.value);
  });

  it('S11: GZ had 853 assessed complaints in January–July 2013, 539 fewer, down 38.72%', async () => {
    const { value, previous, change, changeRate } = await metric('ASSESSED_COMPLAINTS', JAN_JUL_2013);
    expect([value, previous, change]).toEqual([853, 1392, -539]);
    expect(round(changeRate, 4)).toBe(-0.3872);
  });

  it('S12: its HQ-channel complaints fell 32.20%', async () => {
    expect(round((await metric('COMPLAINTS', JAN_JUL_2013, HQ_CHANNEL)).changeRate, 4)).toBe(-0.322);
  });

  it('S13: its assessed complaints per 100 million yuan of premium fell 50%', async () => {
    expect(round((await metric('PER_100M_PREMIUM', JAN_JUL_2013, { assessedOnly: true })).changeRate, 4)).toBe(-0.5);
  });

  it('S14: among the provincial branches GZ fell from 1st to 3rd, in one statement for all of them', async () => {
    const query = () =>
      api.as('HQ_ANALYST')
        .query(`{ ranking(metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" }, level: PROVINCE,
        filter: { assessedOnly: true }) { rows { unit { code } rank previousRank movement } benchmark peerMean peerMedian } }`);
    let response: Awaited<ReturnType<typeof query>> = {};
    api.server.measureCache.clear();
    const statements = await api.countStatements(async () => (response = await query()));
    const { rows } = response.data.ranking;
    expect(rows.length).toBeGreaterThanOrEqual(36);
    expect(rows.find((row: { unit: { code: string } }) => row.unit.code === 'GZ')).toMatchObject({
      rank: 3,
      previousRank: 1,
      movement: -2,
    });
    // the API token, the peers, HQ, the data's version, and one statement for every peer's two periods and the benchmark
    expect(statements).toBe(5);
  });

  it('the scorecard tells the same story: M2 from last to third from last, M3 full marks, no media report in 2013', async () => {
    const card = async (from: string, to: string) => {
      const response = await api.as('HQ_ANALYST')
        .query(`{ scorecard(unit: "GZ", period: { from: "${from}", to: "${to}" }) {
        ruleSet { code } total previousTotal items { item { code } value rank rankOf points flag } } }`);
      expect(response.errors).toBeUndefined();
      const scorecard = response.data.scorecard as {
        ruleSet: { code: string };
        total: number;
        previousTotal: number | null;
        items: {
          item: { code: string };
          value: number | null;
          rank: number | null;
          rankOf: number | null;
          points: number;
          flag: string | null;
        }[];
      };
      return { ...scorecard, item: (code: string) => scorecard.items.find((item) => item.item.code === code) };
    };
    const [before, after] = [await card('2012-01-01', '2012-07-31'), await card('2013-01-01', '2013-07-31')];
    expect(after.ruleSet.code).toBe('CIRC_2013_KP');
    const n = after.item('M2')?.rankOf ?? 0;
    expect(n).toBeGreaterThanOrEqual(36);
    // A RANK item ranks best first: 1st (largest) → 3rd in the table is n-th → (n − 2)-th here.
    expect(before.item('M2')).toMatchObject({ rank: n, points: 0 });
    expect(after.item('M2')).toMatchObject({ rank: n - 2, points: Math.round(((15 * 2) / (n - 1)) * 100) / 100 });
    expect(after.item('M3')).toMatchObject({ value: -0.5, points: 10 });
    expect(before.item('D1')).toMatchObject({ value: 1, points: -5 });
    expect(after.item('D1')).toMatchObject({ value: 0, points: 0 });
    expect(after.items.filter((item) => item.flag !== null)).toEqual([]);
    expect(after.previousTotal).toBe(before.total);
    expect(after.total).toBeGreaterThan(before.total);
  });
});
