// breakdown through the API on small named fixtures (TREE_SQL: HQ, GD, GZ moving from GD to HQ on
// 2011-01-01, TH, CD, FS, NH), every figure worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

const dayAfter = (at: string) => new Date(Date.parse(at) + 86_400_000).toISOString();
const closedNextDay = (ref: string, unit: string, at: string, channel?: string) =>
  complaintSql({ ref, unit, at, channel, closedAt: dayAfter(at) });

// January 2013 in GZ's subtree (asOf 2013-03-01: the open ones are past their 15-day deadline):
//   ref  unit  channel             line             category  state
//   B1   GZ    HOTLINE_95518       AUTO             CLAIMS    closed next day (timely)
//   B2   GZ    HOTLINE_95518       AUTO             SALES     closed next day (timely)
//   B3   TH    HOTLINE_95518       NON_AUTO         CLAIMS    open, past due
//   B4   TH    ONLINE              AUTO             CLAIMS    closed next day (timely)
//   B5   CD    REGULATOR_REFERRAL  ACCIDENT_HEALTH  SERVICE   open, past due
// and B8 at FS (HOTLINE_95518, AUTO, CLAIMS), outside GZ's subtree. January 2012: B6 GZ ONLINE, B7 TH HOTLINE.
// 2010–2011 (GZ's move): M1 GZ, M2 TH, M3 FS in 2010; M5 NH and M6 GD itself in 2011.
const COMPLAINTS = [
  closedNextDay('B1', 'GZ', '2013-01-05T02:00:00Z'),
  closedNextDay('B2', 'GZ', '2013-01-06T02:00:00Z'),
  complaintSql({ ref: 'B3', unit: 'TH', at: '2013-01-07T02:00:00Z' }),
  closedNextDay('B4', 'TH', '2013-01-08T02:00:00Z', 'ONLINE'),
  complaintSql({ ref: 'B5', unit: 'CD', at: '2013-01-09T02:00:00Z', channel: 'REGULATOR_REFERRAL' }),
  closedNextDay('B8', 'FS', '2013-01-10T02:00:00Z'),
  closedNextDay('B6', 'GZ', '2012-01-05T02:00:00Z', 'ONLINE'),
  closedNextDay('B7', 'TH', '2012-01-06T02:00:00Z'),
  closedNextDay('M1', 'GZ', '2010-03-01T02:00:00Z'),
  closedNextDay('M2', 'TH', '2010-04-01T02:00:00Z'),
  closedNextDay('M3', 'FS', '2010-05-01T02:00:00Z'),
  closedNextDay('M5', 'NH', '2011-05-01T02:00:00Z'),
  closedNextDay('M6', 'GD', '2011-06-01T02:00:00Z'),
].join('\n');

const OTHERS = `
  update complaint set category = 'SALES' where ref = 'B2';
  update complaint set line = 'NON_AUTO' where ref = 'B3';
  update complaint set line = 'ACCIDENT_HEALTH', category = 'SERVICE' where ref = 'B5';
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select u.id, '2013-01-01', v.line, v.yuan, 0 from (values ('GZ', 'AUTO', 30000000), ('TH', 'NON_AUTO', 10000000)) v(code, line, yuan)
  join unit u on u.code = v.code;`;

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL + COMPLAINTS + OTHERS));
});
afterAll(() => api.close());

const BREAKDOWN = `query ($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $by: BreakdownDimension!,
    $filter: ComplaintFilter, $compare: Comparison) {
  breakdown(unit: $unit, metric: $metric, period: $period, by: $by, filter: $filter, compare: $compare, asOf: "2013-03-01T00:00:00Z") {
    by metric { key additive }
    total { metric value previous change changeRate benchmark }
    items { key labelZh labelEn unit { code } value previous change changeRate share cumulativeShare }
  }
}`;
const JAN_2013 = { from: '2013-01-01', to: '2013-01-31' };

async function breakdown(variables: Record<string, unknown>) {
  const response = await api.as('HQ_ANALYST').query(BREAKDOWN, { unit: 'GZ', period: JAN_2013, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data.breakdown;
}
const rows = (items: any[], ...fields: string[]) => items.map((item) => fields.map((field) => item[field]));

describe('breakdown', () => {
  it('splits complaints by every channel, largest first, ties by key, with shares adding up to 1', async () => {
    const result = await breakdown({ metric: 'COMPLAINTS', by: 'CHANNEL' });
    // GZ's subtree: HOTLINE B1, B2, B3; ONLINE B4; REGULATOR B5 — 5 of them; January 2012: HOTLINE B7, ONLINE B6
    expect(rows(result.items, 'key', 'value', 'previous', 'change', 'changeRate', 'share', 'cumulativeShare')).toEqual([
      ['HOTLINE_95518', 3, 1, 2, 2, 0.6, 0.6],
      ['ONLINE', 1, 1, 0, 0, 0.2, 0.8],
      ['REGULATOR_REFERRAL', 1, 0, 1, null, 0.2, 1],
      ['HQ_REFERRAL', 0, 0, 0, null, 0, 1],
      ['LETTERS_VISITS', 0, 0, 0, null, 0, 1],
      ['ONSITE', 0, 0, 0, null, 0, 1],
    ]);
    expect(result.items[0]).toMatchObject({ labelZh: '95518 热线', labelEn: '95518 hotline', unit: null });
    // the unit's own figure, beside HQ's (B1–B5 and B8)
    expect(result.total).toEqual({
      metric: 'COMPLAINTS',
      value: 5,
      previous: 2,
      change: 3,
      changeRate: 1.5,
      benchmark: 6,
    });
    expect(result).toMatchObject({ by: 'CHANNEL', metric: { key: 'COMPLAINTS', additive: true } });
  });

  it("keeps only the filter's own channels and applies the rest of the filter to every item and the total", async () => {
    const filter = { channels: ['ONLINE', 'HOTLINE_95518', 'LETTERS_VISITS'], lines: ['AUTO'] };
    const result = await breakdown({ metric: 'COMPLAINTS', by: 'CHANNEL', filter, compare: 'NONE' });
    // AUTO only: HOTLINE B1, B2 (B3 is NON_AUTO); ONLINE B4; LETTERS_VISITS none → 3 in all
    expect(rows(result.items, 'key', 'value', 'share', 'cumulativeShare')).toEqual([
      ['HOTLINE_95518', 2, 2 / 3, 2 / 3],
      ['ONLINE', 1, 1 / 3, 1],
      ['LETTERS_VISITS', 0, 0, 1],
    ]);
    expect(result.total).toMatchObject({ value: 3, previous: null });
  });

  it('splits premium by line, whose shares add up to 1', async () => {
    const result = await breakdown({ metric: 'PREMIUM', by: 'LINE', compare: 'NONE' });
    // GZ AUTO 30,000,000 and TH NON_AUTO 10,000,000
    expect(rows(result.items, 'key', 'labelZh', 'value', 'share', 'cumulativeShare')).toEqual([
      ['AUTO', '车险', 30_000_000, 0.75, 0.75],
      ['NON_AUTO', '非车险', 10_000_000, 0.25, 1],
      ['ACCIDENT_HEALTH', '意健险', 0, 0, 1],
    ]);
    expect(result.total.value).toBe(40_000_000);
  });

  it('gives a ratio no shares, and puts the categories with no value last', async () => {
    const result = await breakdown({ metric: 'TIMELY_RATE', by: 'CATEGORY', compare: 'NONE' });
    // all five are due by 2013-03-01. CLAIMS: B1, B4 timely, B3 not → 2/3; SALES: B2 → 1; SERVICE: B5 → 0;
    // OTHER, SURRENDER, UNDERWRITING: nothing due → no value, in key order
    expect(rows(result.items, 'key', 'value', 'share', 'cumulativeShare')).toEqual([
      ['SALES', 1, null, null],
      ['CLAIMS', 2 / 3, null, null],
      ['SERVICE', 0, null, null],
      ['OTHER', null, null, null],
      ['SURRENDER', null, null, null],
      ['UNDERWRITING', null, null, null],
    ]);
    expect(result.total.value).toBe(0.6); // timely B1, B2, B4 of 5
    expect(result.metric.additive).toBe(false);
  });

  it("splits by the children at the period's end, each its own subtree, not adding up to the unit's total", async () => {
    // GZ's children in 2013: CD (B5) and TH (B3, B4; B7 in 2012); B1 and B2 are GZ's own
    const gz = await breakdown({ metric: 'COMPLAINTS', by: 'CHILD_UNIT' });
    expect(rows(gz.items, 'key', 'labelZh', 'labelEn', 'value', 'previous', 'share', 'cumulativeShare')).toEqual([
      ['TH', '天河支公司', 'Tianhe', 2, 1, 2 / 3, 2 / 3],
      ['CD', '理赔事业部', 'Claims Division', 1, 0, 1 / 3, 1],
    ]);
    expect(gz.items.map((item: any) => item.unit.code)).toEqual(['TH', 'CD']);
    expect(gz.total.value).toBe(5);

    // GD's children: GZ and FS on 2010-12-31, FS alone from 2011-01-01 (GZ moved to HQ)
    const y2010 = await breakdown({
      unit: 'GD',
      metric: 'COMPLAINTS',
      by: 'CHILD_UNIT',
      period: { from: '2010-01-01', to: '2010-12-31' },
    });
    // GZ's subtree (GZ, TH, CD): M1, M2; FS's (FS, NH): M3
    expect(rows(y2010.items, 'key', 'value', 'share')).toEqual([
      ['GZ', 2, 2 / 3],
      ['FS', 1, 1 / 3],
    ]);
    const y2011 = await breakdown({
      unit: 'GD',
      metric: 'COMPLAINTS',
      by: 'CHILD_UNIT',
      period: { from: '2011-01-01', to: '2011-12-31' },
    });
    // FS: M5 in 2011, M3 in 2010 (on the 2011 tree); GD's total adds its own M6, and 2010 on the 2011 tree is M3
    expect(rows(y2011.items, 'key', 'value', 'previous', 'share')).toEqual([['FS', 1, 1, 1]]);
    expect(y2011.total).toMatchObject({ value: 2, previous: 1, benchmark: 2 });
  });

  it('costs one statement per distinct filter: the channels and the total, or the children together', async () => {
    const run = (variables: Record<string, unknown>) => () => {
      api.server.measureCache.clear();
      return api.as('HQ_ANALYST').query(BREAKDOWN, { unit: 'GZ', period: JAN_2013, ...variables });
    };
    // the API token (with its user and units), the unit and HQ by code, the data's version, then six
    // channels and the total (each its own filter, the channels read from the rollups' slices), in parallel
    expect(await api.countStatements(run({ metric: 'COMPLAINTS', by: 'CHANNEL' }))).toBe(10);
    expect(
      await api.countStatements(
        run({ metric: 'COMPLAINTS', by: 'CHANNEL', filter: { channels: ['ONLINE', 'ONSITE'] } }),
      ),
    ).toBe(6);
    // filtered by line besides, each channel is read from the records: the price of those figures
    // first (one estimate for them all), then the six channels and the total
    expect(await api.countStatements(run({ metric: 'COMPLAINTS', by: 'CHANNEL', filter: { lines: ['AUTO'] } }))).toBe(
      11,
    );
    expect(await api.countStatements(run({ metric: 'PREMIUM', by: 'LINE' }))).toBe(7);
    // the token, the unit and HQ, the children, the data's version, then one statement for the total, HQ and every child
    expect(await api.countStatements(run({ metric: 'TIMELY_RATE', by: 'CHILD_UNIT' }))).toBe(5);
  });

  it('refuses premium by channel, an unknown unit and a bad period, naming them', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { metric: 'PREMIUM', by: 'CHANNEL' },
        'PREMIUM cannot be broken down by CHANNEL: premium is recorded by unit, month and line only',
        'BAD_USER_INPUT',
      ],
      [
        { metric: 'COMPLAINTS', by: 'LINE', period: { from: '2013-02-01', to: '2013-01-01' } },
        'period.from 2013-02-01 is after period.to 2013-01-01',
        'BAD_USER_INPUT',
      ],
      [{ metric: 'COMPLAINTS', by: 'LINE', unit: 'XX' }, 'unit "XX" does not exist', 'NOT_FOUND'],
    ];
    for (const [variables, message, code] of cases) {
      const response = await api.as('HQ_ANALYST').query(BREAKDOWN, { unit: 'GZ', period: JAN_2013, ...variables });
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
  });
});
