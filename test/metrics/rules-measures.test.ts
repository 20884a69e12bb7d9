// The measures of RULES.md §4 against figures worked out by hand, on files imported as a branch would:
// the closure windows over China's 2014 National Day holiday (a make-up Saturday, a pause, an
// extension), the upheld rate, issues with and without issue rows under a category filter, and the
// complaint index with a tie and empty denominators — from the rollups and from the records alike.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportKind } from '../../db/import/index.js';
import { createImportFixture, type ImportFixture } from '../import/helpers.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

const NOW = new Date('2027-06-01T00:00:00+08:00');

const UNITS = [
  'code,name_zh,name_en,kind,parent_code,level,valid_from,valid_to',
  'HQ,总公司,Head Office,BRANCH,,HQ,2000-01-01,',
  'GD,广东分公司,Guangdong,BRANCH,HQ,PROVINCE,2000-01-01,',
  'ZJ,浙江分公司,Zhejiang,BRANCH,HQ,PROVINCE,2000-01-01,',
  'JS,江苏分公司,Jiangsu,BRANCH,HQ,PROVINCE,2000-01-01,',
  'SD,山东分公司,Shandong,BRANCH,HQ,PROVINCE,2000-01-01,',
];

// 2014: holidays 10-01…10-07, Saturday 10-11 a make-up working day (RULES.md A2).
const HEADER =
  'ref,received_at,channel,unit_code,line,category,handling_class,closed_at,outcome,extended_due_at,extension_reason,extension_approver';
const COMPLAINTS = [
  HEADER,
  // 3rd working day after 09-30 is 10-10 (10-08, 10-09, 10-10): in time across the holiday …
  'W1,2014-09-30 16:00,ONLINE,GD,AUTO,CLAIMS,,2014-10-10 23:00,UPHELD,,,',
  // … and one just after it
  'W2,2014-09-30 16:00,ONLINE,GD,AUTO,SERVICE,,2014-10-11 09:00,PARTIALLY_UPHELD,,,',
  // after 10-08 the 3rd working day is the make-up Saturday 10-11 (10-09, 10-10, 10-11)
  'W3,2014-10-08 10:00,ONLINE,GD,AUTO,SALES,,2014-10-11 18:00,NOT_UPHELD,,,',
  // paused 10-09…10-13 (pauses): the window does not move, closed 10-13 is late
  'W4,2014-10-08 10:00,ONLINE,GD,AUTO,CLAIMS,,2014-10-13 10:00,WITHDRAWN,,,',
  // extended: d0 + 56 = 11-25, closed on 11-24 (within 8 weeks) and 11-26 00:30 (not)
  'W5,2014-09-30 16:00,ONLINE,GD,AUTO,CLAIMS,COMPLEX,2014-11-24 12:00,,2014-11-20,复杂案件,分公司总经理',
  'W6,2014-09-30 16:00,ONLINE,GD,AUTO,CLAIMS,COMPLEX,2014-11-26 00:30,UPHELD,2014-11-28,复杂案件,分公司总经理',
  // open: in no closure rate, its outcome not counted
  'W7,2014-10-08 10:00,ONLINE,GD,AUTO,CLAIMS,,,UPHELD,,,',
  // the peers of the complaint index: 14 in ZJ, 2 in SD, none in JS, all in October
  ...Array.from({ length: 14 }, (_, i) => `Z${i + 1},2014-10-15 10:00,ONLINE,ZJ,AUTO,CLAIMS,,,,,,`),
  'S1,2014-10-15 10:00,ONLINE,SD,AUTO,CLAIMS,,,,,,',
  'S2,2014-10-16 10:00,ONLINE,SD,AUTO,CLAIMS,,,,,,',
];
const PAUSES = ['complaint_ref,kind,start_at,end_at,note', 'W4,APPRAISAL,2014-10-09 00:00,2014-10-13 00:00,鉴定'];
// W1 raises three issues, W3 one of a category not its own; the others none (one of their own category).
const ISSUES = ['complaint_ref,seq,category', 'W1,1,CLAIMS', 'W1,2,SALES', 'W1,3,SALES', 'W3,1,SERVICE'];
// October only: GD 1亿, ZJ 2亿, JS 1亿, SD none; January 2015 GD 1亿 with no complaints anywhere.
const PREMIUMS = [
  'unit_code,month,line,premium_yuan,policies',
  'GD,2014-10,AUTO,100000000,1000',
  'ZJ,2014-10,AUTO,200000000,2000',
  'JS,2014-10,AUTO,100000000,1000',
  'GD,2015-01,AUTO,100000000,1000',
];

const FILES: [ImportKind, string[]][] = [
  ['units', UNITS],
  ['premiums', PREMIUMS],
  ['complaints', COMPLAINTS],
  ['pauses', PAUSES],
  ['issues', ISSUES],
];

async function load(url: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crp-rules-measures-'));
  try {
    for (const [kind, lines] of FILES) {
      const file = path.join(dir, `${kind}.csv`);
      await writeFile(file, lines.join('\n') + '\n', 'utf8');
      await importFile(url, kind, file, { now: NOW });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const PERIOD = { from: '2014-09-01', to: '2014-11-30' };
const FAR = '2030-01-01T00:00:00Z';
// every complaint is ONLINE: this filter measures the same complaints from the records
const RECORDS = { channels: ['ONLINE'] };

let api: TestServer;
let fx: ImportFixture;
beforeAll(async () => {
  [api, fx] = await Promise.all([startTestServer(load), createImportFixture()]);
  await load(fx.db.url);
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await Promise.all([api?.close(), fx?.close()]);
});

async function metric(
  unit: string,
  key: string,
  options: { asOf?: string; filter?: object; role?: 'HQ_ANALYST' | 'BRANCH' } = {},
) {
  const { asOf = FAR, filter = {}, role = 'HQ_ANALYST' } = options;
  const response = await api.as(role, role === 'BRANCH' ? ['GD'] : []).query(
    `query ($unit: String!, $metric: MetricKey!, $asOf: DateTime, $filter: ComplaintFilter, $period: PeriodInput!) {
        metric(unit: $unit, metric: $metric, period: $period, asOf: $asOf, filter: $filter, compare: NONE) { value benchmark } }`,
    { unit, metric: key, asOf, filter, period: PERIOD },
  );
  return response;
}

async function value(unit: string, key: string, options: { asOf?: string; filter?: object } = {}) {
  const response = await metric(unit, key, options);
  expect(response.errors).toBeUndefined();
  return response.data.metric.value as number | null;
}

describe('closure windows, upheld rate (RULES.md §4)', () => {
  it.each([
    ['the rollups', {}],
    ['the records', RECORDS],
  ])('from %s: 3 working days across the holiday and the make-up Saturday, 8 weeks, upheld', async (_, filter) => {
    // closed by asOf: W1…W6; in 3 working days: W1 (10-10), W3 (the make-up 10-11); not W2, W4 (paused), W5, W6
    expect(await value('GD', 'CLOSED_WITHIN_3_WORKING_DAYS', { filter })).toBeCloseTo(2 / 6, 12);
    // by the end of 11-25: W1…W5, not W6 (11-26 00:30)
    expect(await value('GD', 'CLOSED_WITHIN_8_WEEKS', { filter })).toBeCloseTo(5 / 6, 12);
    // upheld or partly: W1, W2, W6 of W1…W4, W6 with an outcome (W5 has none, W7 is open)
    expect(await value('GD', 'UPHELD_RATE', { filter })).toBeCloseTo(3 / 5, 12);
    // asOf 10-31: W1…W4 closed; W1, W3 in 3 working days; all four in 8 weeks; W1, W2 upheld of four
    const asOf = '2014-10-31T00:00:00+08:00';
    expect(await value('GD', 'CLOSED_WITHIN_3_WORKING_DAYS', { asOf, filter })).toBe(0.5);
    expect(await value('GD', 'CLOSED_WITHIN_8_WEEKS', { asOf, filter })).toBe(1);
    expect(await value('GD', 'UPHELD_RATE', { asOf, filter })).toBe(0.5);
    // nothing closed by asOf: no value
    expect(await value('GD', 'CLOSED_WITHIN_3_WORKING_DAYS', { asOf: '2014-10-01T00:00:00+08:00', filter })).toBeNull();
  });

  it('stores the end of the 3rd working day with the closure; a closure needing an unknown year is refused', async () => {
    const stored = await fx.query<{ ref: string; end: Date | null }>(
      `select ref, third_working_day_end as end from complaint where ref in ('W1', 'W3', 'W7') order by ref`,
    );
    expect(stored).toEqual([
      { ref: 'W1', end: new Date('2014-10-10T23:59:59.999+08:00') },
      { ref: 'W3', end: new Date('2014-10-11T23:59:59.999+08:00') },
      { ref: 'W7', end: null },
    ]);
    // open, it needs no calendar (15 calendar days under CBIRC_2020); closed, its window reaches into 2027
    const file = await fx.csv('late.csv', [
      HEADER,
      'Y1,2026-12-30 10:00,ONLINE,GD,AUTO,CLAIMS,,,,,,',
      'Y2,2026-12-30 10:00,ONLINE,GD,AUTO,CLAIMS,,2027-01-05 10:00,,,,',
    ]);
    expect((await fx.rejection('complaints', file, { now: NOW })).lines).toEqual([
      `${file}:3: closed_at: no working-day calendar for 2027`,
    ]);
  });
});

describe('a calendar correction', () => {
  it('moves the 3-working-day window of the closed complaints it touches, and the rollups with it', async () => {
    // 2020 as shipped: the Spring Festival extended to 2 February, so after Thursday 01-30 the 3rd
    // working day is 02-05 (02-03, 02-04, 02-05); with Saturday 02-01 a make-up day (the first
    // notice) it is 02-04, and a closure on 02-05 09:00 falls out of the window.
    await fx.run(
      'complaints',
      await fx.csv('sf.csv', [HEADER, 'SF,2020-01-30 10:00,ONLINE,GD,AUTO,CLAIMS,,2020-02-05 09:00,,,,']),
      { now: NOW },
    );
    const window = async () =>
      (await fx.query<{ end: Date }>(`select third_working_day_end as end from complaint where ref = 'SF'`))[0].end;
    const closedIn3 = async () =>
      (
        await fx.query<{ n: number }>(`select coalesce(sum(r.closed_3wd), 0)::int as n from complaint_rollup r
          join unit u on u.id = r.ancestor_id where u.code = 'GD' and r.month = '2020-01-01'`)
      )[0].n;
    expect(await window()).toEqual(new Date('2020-02-05T23:59:59.999+08:00'));
    expect(await closedIn3()).toBe(1);
    await fx.run('calendar', await fx.csv('cal.csv', ['date,is_working_day,note', '2020-02-01,true,调休上班']), {
      now: NOW,
    });
    expect(await window()).toEqual(new Date('2020-02-04T23:59:59.999+08:00'));
    expect(await closedIn3()).toBe(0);
  });
});

describe('issues (投诉事项)', () => {
  it.each([
    ['the rollups', {}],
    ['the records', RECORDS],
  ])('from %s: three rows, one row, and none (one of its own category)', async (_, filter) => {
    // W1 3 + W2 1 + W3 1 + W4…W7 1 each
    expect(await value('GD', 'ISSUES', { filter })).toBe(9);
    expect(await value('GD', 'COMPLAINTS', { filter })).toBe(7);
  });

  it('a category filter chooses issues by their own category, among the complaints of the rest of the filter', async () => {
    // SALES: W1's two; W3 is a SALES complaint whose one issue is SERVICE
    expect(await value('GD', 'ISSUES', { filter: { categories: ['SALES'] } })).toBe(2);
    expect(await value('GD', 'COMPLAINTS', { filter: { categories: ['SALES'] } })).toBe(1);
    expect(await value('GD', 'ISSUES', { filter: { categories: ['SERVICE'] } })).toBe(2);
    expect(await value('GD', 'ISSUES', { filter: { categories: ['CLAIMS', 'SALES'], lines: ['AUTO'] } })).toBe(7);
    expect(await value('GD', 'ISSUES', { filter: { categories: ['SALES'], lines: ['NON_AUTO'] } })).toBe(0);
  });

  it('breaks down by the issues’ own categories, and lists the complaints raising them', async () => {
    const response = await api.as('HQ_ANALYST').query(
      `query ($period: PeriodInput!) {
        breakdown(unit: "GD", metric: ISSUES, by: CATEGORY, period: $period, asOf: "${FAR}", compare: NONE) {
          total { value } items { key value } }
        list: complaints(filter: { unit: "GD", period: $period, categories: [SALES], figure: { metric: ISSUES } }, first: 10) {
          totalCount edges { node { ref } } } }`,
      { period: PERIOD },
    );
    expect(response.errors).toBeUndefined();
    const items = Object.fromEntries(
      response.data.breakdown.items.map((item: { key: string; value: number }) => [item.key, item.value]),
    );
    expect(response.data.breakdown.total.value).toBe(9);
    expect(items).toMatchObject({ CLAIMS: 5, SALES: 2, SERVICE: 2, UNDERWRITING: 0, SURRENDER: 0, OTHER: 0 });
    expect(response.data.list.totalCount).toBe(1);
    expect(response.data.list.edges.map((edge: { node: { ref: string } }) => edge.node.ref)).toEqual(['W1']);
  });

  it('imports all or nothing, idempotently, with file:line: column: message', async () => {
    const again = await fx.run('issues', await fx.csv('issues-again.csv', ISSUES), { now: NOW });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    const bad = await fx.csv('issues-bad.csv', [
      'complaint_ref,seq,category',
      'W2,1,CLAIMS',
      'NOPE,1,CLAIMS',
      'W2,0,SALES',
      'W2,2,FOOD',
      'W2,1,SALES',
    ]);
    expect((await fx.rejection('issues', bad, { now: NOW })).lines).toEqual([
      `${bad}:3: complaint_ref: no complaint has ref "NOPE"`,
      `${bad}:4: seq: an issue is numbered from 1`,
      `${bad}:5: category: "FOOD" is not one of CLAIMS, SALES, UNDERWRITING, SURRENDER, SERVICE, OTHER`,
      `${bad}:6: complaint_ref+seq: "W2" 1 appears more than once in the file (first at line 2)`,
    ]);
    expect(await fx.query(`select count(*)::int as n from complaint_issue`)).toEqual([{ n: 4 }]);
  });
});

describe('the complaint index (NAIC style)', () => {
  const ranking = async (period = PERIOD) => {
    const response = await api.as('HQ_ANALYST').query(
      `query ($period: PeriodInput!) { ranking(metric: COMPLAINT_INDEX, level: PROVINCE, period: $period, compare: NONE) {
        benchmark rows { unit { code } value rank } } }`,
      { period },
    );
    expect(response.errors).toBeUndefined();
    return response.data.ranking as {
      benchmark: number | null;
      rows: { unit: { code: string }; value: number | null; rank: number | null }[];
    };
  };

  it('ranks the peers with a tie: GD (7 of 23, 1亿 of 4亿) and ZJ (14 of 23, 2亿 of 4亿) share rank 1', async () => {
    const { rows, benchmark } = await ranking();
    expect(rows.map((row) => [row.unit.code, row.rank])).toEqual([
      ['GD', 1],
      ['ZJ', 1],
      ['JS', 3],
      ['SD', null],
    ]);
    expect(rows[0].value).toBeCloseTo(28 / 23, 12);
    expect(rows[1].value).toBe(rows[0].value);
    // JS: no complaints, premium: 0; SD: complaints counted among the peers, but no premium: no value
    expect(rows[2].value).toBe(0);
    expect(rows[3].value).toBeNull();
    expect(benchmark).toBeCloseTo(1, 12);
  });

  it('in metric and trend: against the units at its level; null with no premium or no peer complaints', async () => {
    expect(await value('GD', 'COMPLAINT_INDEX')).toBeCloseTo(28 / 23, 12);
    expect(await value('GD', 'COMPLAINT_INDEX', { filter: RECORDS })).toBeCloseTo(28 / 23, 12);
    expect(await value('SD', 'COMPLAINT_INDEX')).toBeNull();
    const response = await api.as('HQ_ANALYST').query(
      `query ($period: PeriodInput!) { trend(unit: "GD", metric: COMPLAINT_INDEX, period: $period, granularity: MONTH) {
        from value } }`,
      { period: { from: '2014-09-01', to: '2015-01-31' } },
    );
    expect(response.errors).toBeUndefined();
    const values = response.data.trend.map((point: { value: number | null }) => point.value);
    // September: GD has no premium; October: 3 of 19 complaints, 1亿 of 4亿; then no premium, then no complaints at all
    expect(values[0]).toBeNull();
    expect(values[1]).toBeCloseTo(12 / 19, 12);
    expect(values.slice(2)).toEqual([null, null, null]);
    expect((await ranking({ from: '2015-01-01', to: '2015-01-31' })).rows.every((row) => row.value === null)).toBe(
      true,
    );
  });

  it('in compare, beside the other new measures', async () => {
    const response = await api.as('HQ_ANALYST').query(
      `query ($period: PeriodInput!) { compare(units: ["GD", "ZJ"], metrics: [COMPLAINT_INDEX, ISSUES, UPHELD_RATE],
        period: $period, asOf: "${FAR}", compare: NONE) { rows { unit { code } values { value } } } }`,
      { period: PERIOD },
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data.compare.rows as { unit: { code: string }; values: { value: number | null }[] }[];
    expect(rows.map((row) => row.unit.code)).toEqual(['GD', 'ZJ']);
    expect(rows[0].values[0].value).toBeCloseTo(28 / 23, 12);
    expect(rows[1].values[0].value).toBeCloseTo(28 / 23, 12);
    expect(rows.map((row) => row.values.slice(1).map((v) => v.value))).toEqual([
      [9, 0.6],
      [14, null],
    ]);
  });

  it('a branch measures its own index against its peers, as a ranking shows them, but not split by a filter', async () => {
    const own = await metric('GD', 'COMPLAINT_INDEX', { role: 'BRANCH' });
    expect(own.errors).toBeUndefined();
    expect(own.data.metric.value).toBeCloseTo(28 / 23, 12);
    const split = await metric('GD', 'COMPLAINT_INDEX', { role: 'BRANCH', filter: { lines: ['AUTO'] } });
    expect(split.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
