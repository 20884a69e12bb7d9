// SEED-SCENARIO.md's figures S1–S14, computed from the loaded demo data by the SQL oracle
// (oracle.ts, written from DOMAIN.md) and rounded as the table shows them. The metric engine is
// tested against the same figures; this test keeps the generator honest meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityTotals, compareYoy, metric, rankPer100mAssessed, round, type Ranked } from './oracle.js';
import { loadDemoDatabase } from './demo-database.js';

let demo: Awaited<ReturnType<typeof loadDemoDatabase>>;
beforeAll(async () => {
  demo = await loadDemoDatabase();
});
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => demo?.close());

const GZ_2011 = { unit: 'GZ', from: '2011-01-01', to: '2011-12-31' };
const GZ_2012 = { unit: 'GZ', from: '2012-01-01', to: '2012-12-31' };
const GZ_2013_JAN_JUL = { unit: 'GZ', from: '2013-01-01', to: '2013-07-31' };

describe('the demo data reproduces the source document (SEED-SCENARIO.md)', () => {
  it('S1: GZ complaints in 2011 fell 15.21% year on year', async () => {
    const { changeRate } = await compareYoy(demo.client, 'COMPLAINTS', GZ_2011);
    expect(round(changeRate, 4)).toBe(-0.1521);
  });

  it('S2: while its premium grew', async () => {
    const { changeRate } = await compareYoy(demo.client, 'PREMIUM', GZ_2011);
    expect(changeRate).toBeGreaterThan(0);
  });

  it('S3: its monthly timely rate in 2011 rose from a low of 27.49% to 78.71% in December', async () => {
    const months = [];
    for (let month = 1; month <= 12; month++) {
      const last = new Date(Date.UTC(2011, month, 0)).getUTCDate();
      const mm = String(month).padStart(2, '0');
      // "every point uses the hierarchy at P's `to`"
      months.push(
        await metric(demo.client, 'TIMELY_RATE', {
          ...GZ_2011,
          from: `2011-${mm}-01`,
          to: `2011-${mm}-${last}`,
          at: '2011-12-31',
        }),
      );
    }
    expect(round(Math.min(...(months as number[])), 4)).toBe(0.2749);
    expect(round(months[11], 4)).toBe(0.7871);
  });

  it('S4: GZ complaints in 2012 fell 2.63% year on year', async () => {
    const { changeRate } = await compareYoy(demo.client, 'COMPLAINTS', GZ_2012);
    expect(round(changeRate, 4)).toBe(-0.0263);
  });

  it('S5: while its premium grew by at least 20%', async () => {
    const { changeRate } = await compareYoy(demo.client, 'PREMIUM', GZ_2012);
    expect(changeRate).toBeGreaterThanOrEqual(0.2);
  });

  it('S6: its timely rate in 2012 rose 52.09 points year on year', async () => {
    const { change } = await compareYoy(demo.client, 'TIMELY_RATE', GZ_2012);
    expect(round(change, 4)).toBe(0.5209);
  });

  it('S7: its HQ-channel complaints of 2012 took 7.19 days on average, less than the company-wide figure', async () => {
    const scope = { ...GZ_2012, channel: 'HQ_REFERRAL' };
    const value = await metric(demo.client, 'AVG_HANDLING_DAYS', scope);
    // "company-wide benchmark: the same metric for HQ's whole subtree — a pooled ratio"
    const benchmark = await metric(demo.client, 'AVG_HANDLING_DAYS', { ...scope, unit: 'HQ' });
    expect(round(value, 2)).toBe(7.19);
    expect(benchmark).toBeGreaterThan(7.19);
  });

  it('S8: and were all handled on time, above the company-wide rate', async () => {
    const scope = { ...GZ_2012, channel: 'HQ_REFERRAL' };
    expect(await metric(demo.client, 'TIMELY_RATE', scope)).toBe(1);
    expect(await metric(demo.client, 'TIMELY_RATE', { ...scope, unit: 'HQ' })).toBeLessThan(1);
  });

  it('S9: GZ in 2012 had 40 duty person-times, 39 complaints at the 3.24 reception day and 180 trained', async () => {
    expect(await activityTotals(demo.client, 'GZ', '2012-01-01', '2012-12-31')).toEqual({
      ONLINE_DUTY: 40,
      ONSITE_RECEPTION: 39,
      TRAINING: 180,
    });
    expect(await activityTotals(demo.client, 'GZ', '2012-03-24', '2012-03-24')).toMatchObject({ ONSITE_RECEPTION: 39 });
  });

  it('S10: GZ had fewer complaints in the second half of 2012 than in the first', async () => {
    const first = await metric(demo.client, 'COMPLAINTS', { unit: 'GZ', from: '2012-01-01', to: '2012-06-30' });
    const second = await metric(demo.client, 'COMPLAINTS', { unit: 'GZ', from: '2012-07-01', to: '2012-12-31' });
    expect(second).toBeLessThan(first!);
  });

  it('S11: GZ had 853 assessed complaints in January–July 2013, 539 fewer, down 38.72%', async () => {
    const comparison = await compareYoy(demo.client, 'COMPLAINTS', { ...GZ_2013_JAN_JUL, assessedOnly: true });
    expect(comparison.value).toBe(853);
    expect(comparison.previous).toBe(1392);
    expect(comparison.change).toBe(-539);
    expect(round(comparison.changeRate, 4)).toBe(-0.3872);
  });

  it('S12: its HQ-channel complaints fell 32.20%', async () => {
    const { changeRate } = await compareYoy(demo.client, 'COMPLAINTS', { ...GZ_2013_JAN_JUL, channel: 'HQ_REFERRAL' });
    expect(round(changeRate, 4)).toBe(-0.322);
  });

  it('S13: its assessed complaints per 100 million yuan of premium fell 50%', async () => {
    const { changeRate } = await compareYoy(demo.client, 'PER_100M_PREMIUM', {
      ...GZ_2013_JAN_JUL,
      assessedOnly: true,
    });
    expect(round(changeRate, 4)).toBe(-0.5);
  });

  it('S14: among the provincial branches GZ fell from 1st to 3rd, sharing its rank with none', async () => {
    // The peers and their subtrees at the current period's `to`, for the comparison period as well.
    const current = await rankPer100mAssessed(demo.client, 'PROVINCE', '2013-07-31', '2013-01-01', '2013-07-31');
    const previous = await rankPer100mAssessed(demo.client, 'PROVINCE', '2013-07-31', '2012-01-01', '2012-07-31');
    const rank = (ranking: Ranked[]) => ranking.find((unit) => unit.code === 'GZ')!.rank!;
    expect(current.length).toBeGreaterThanOrEqual(36);
    expect(rank(current)).toBe(3);
    expect(rank(previous)).toBe(1);
    expect(rank(previous) - rank(current)).toBe(-2); // movement = previousRank − rank
    expect(current.filter((unit) => unit.rank === 3)).toHaveLength(1);
    expect(previous.filter((unit) => unit.rank === 1)).toHaveLength(1);
    // Clear of its neighbours, so that a rounding or proration difference cannot swap them.
    const value = (ranking: Ranked[], r: number) => ranking.find((unit) => unit.rank === r)!.value!;
    expect(value(current, 2) / value(current, 3)).toBeGreaterThan(1.05);
    expect(value(current, 3) / value(current, 4)).toBeGreaterThan(1.05);
    expect(value(previous, 1) / value(previous, 2)).toBeGreaterThan(1.05);
  });
});
