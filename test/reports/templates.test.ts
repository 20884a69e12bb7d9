// The branch and regulator templates on a tiny tree, every figure worked out by hand. Period P is
// 2013-01-01..2013-02-28 against 2012-01-01..2012-02-28, measured as of 2013-06-01 (all closures known).
//   GZ's subtree (GZ, TH, CD):  P: A1 GZ hotline, closed in 2 days; A2 TH head-office channel, closed in
//     21 days (late); A3 CD online, policy-caused (not assessed), open and overdue at the end of P.
//     2012: B1 GZ head-office, B2 GZ, B3 TH, B4 TH head-office, each closed the next day.
//   GD's subtree (GD, FS, NH): P: F1 FS.   BJ: P: two; 2012: one.
//   Premium: GZ 100M (10,000 policies) in each of Jan and Feb 2013, 200M (20,000) in Jan 2012 (none in
//     February 2012: the comparison period ends on the 28th of a 29-day month, which would prorate it);
//     GD 400M Jan 2013, 100M Jan 2012; BJ 100M Jan 2013 and Jan 2012 (10,000 policies each).
// So per 100 million yuan (assessed): GZ 2 ÷ 2 = 1 (2012: 4 ÷ 2 = 2), GD 1 ÷ 4 = 0.25 (0 ÷ 1 = 0),
// BJ 2 ÷ 1 = 2 (1 ÷ 1 = 1), HQ 5 ÷ 7 (5 ÷ 4): GZ ranks 2nd of 3, a year earlier 1st.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../../db/orm.js';
import {
  assembleReport,
  type ReportContent,
  type ReportReaders,
  type ReportRequest,
  type ReportSection,
} from '../../server/modules/reports/index.js';
import { recordsOf } from '../../server/modules/reports/report.cells.js';
import { cellText } from '../../server/modules/reports/report.content.js';
import { complaintSql, runSql, TREE_SQL } from '../support/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { readersAs } from './readers.js';

const FIXTURE = `${TREE_SQL}
  insert into unit (code, name_zh, name_en, kind) values ('BJ', '北京分公司', 'Beijing', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from)
  select u.id, p.id, 'PROVINCE', '2000-01-01' from unit u, unit p where u.code = 'BJ' and p.code = 'HQ';
  ${complaintSql({ ref: 'A1', unit: 'GZ', at: '2013-01-05T02:00:00Z', closedAt: '2013-01-07T02:00:00Z' })}
  ${complaintSql({ ref: 'A2', unit: 'TH', at: '2013-01-20T02:00:00Z', channel: 'HQ_REFERRAL', closedAt: '2013-02-10T02:00:00Z' })}
  ${complaintSql({ ref: 'A3', unit: 'CD', at: '2013-02-03T02:00:00Z', channel: 'ONLINE', policyFactor: true })}
  ${complaintSql({ ref: 'B1', unit: 'GZ', at: '2012-01-10T02:00:00Z', channel: 'HQ_REFERRAL', closedAt: '2012-01-11T02:00:00Z' })}
  ${complaintSql({ ref: 'B2', unit: 'GZ', at: '2012-02-10T02:00:00Z', closedAt: '2012-02-11T02:00:00Z' })}
  ${complaintSql({ ref: 'B3', unit: 'TH', at: '2012-02-15T02:00:00Z', closedAt: '2012-02-16T02:00:00Z' })}
  ${complaintSql({ ref: 'B4', unit: 'TH', at: '2012-02-20T02:00:00Z', channel: 'HQ_REFERRAL', closedAt: '2012-02-21T02:00:00Z' })}
  ${complaintSql({ ref: 'F1', unit: 'FS', at: '2013-01-10T02:00:00Z', closedAt: '2013-01-11T02:00:00Z' })}
  ${complaintSql({ ref: 'J1', unit: 'BJ', at: '2013-01-11T02:00:00Z', closedAt: '2013-01-12T02:00:00Z' })}
  ${complaintSql({ ref: 'J2', unit: 'BJ', at: '2013-01-12T02:00:00Z', closedAt: '2013-01-13T02:00:00Z' })}
  ${complaintSql({ ref: 'K1', unit: 'BJ', at: '2012-01-12T02:00:00Z', closedAt: '2012-01-13T02:00:00Z' })}
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select u.id, v.month::date, 'AUTO', v.yuan, v.policies from (values
    ('GZ', '2013-01-01', 100000000, 10000), ('GZ', '2013-02-01', 100000000, 10000), ('GZ', '2012-01-01', 200000000, 20000),
    ('GD', '2013-01-01', 400000000, 10000), ('GD', '2012-01-01', 100000000, 10000),
    ('BJ', '2013-01-01', 100000000, 10000), ('BJ', '2012-01-01', 100000000, 10000)
  ) v(code, month, yuan, policies) join unit u on u.code = v.code;
  insert into activity (unit_id, date, kind, count)
  select u.id, v.date::date, v.kind, v.count from (values
    ('GZ', '2013-01-15', 'TRAINING', 5), ('TH', '2013-02-01', 'ONLINE_DUTY', 2), ('GZ', '2012-01-15', 'TRAINING', 3)
  ) v(code, date, kind, count) join unit u on u.code = v.code;`;

const AS_OF = new Date('2013-06-01T00:00:00Z');
const P = { from: '2013-01-01', to: '2013-02-28' };
const branchOf = (unit: string, period = P, comparison: ReportRequest['comparison'] = 'YOY'): ReportRequest => ({
  template: 'BRANCH',
  unit,
  period,
  comparison,
});

let db: TestDatabase;
let orm: MikroORM;
let hq: () => Promise<ReportReaders>;
let branch: () => Promise<ReportReaders>;
beforeAll(async () => {
  db = await createTestDatabase();
  await runSql(db.url, FIXTURE);
  orm = await createOrm(db.url, { poolSize: 4 });
  hq = await readersAs(orm, 'HQ_ANALYST');
  branch = await readersAs(orm, 'BRANCH', ['GZ']);
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await db?.drop();
});

const section = (content: ReportContent, key: string): ReportSection => {
  const found = content.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
/** The section's rows as objects keyed by column key, for reading the assertions. */
const table = (s: ReportSection) =>
  s.rows.map((row) => Object.fromEntries(s.columns.map((c, i) => [c.key, row.cells[i]])));
const row = (s: ReportSection, name: string) =>
  table(s).find((r) => cellText(Object.values(r)[0], 'zh-CN')?.startsWith(name))!;

describe('the branch template', () => {
  let report: ReportContent;
  beforeAll(async () => {
    report = await assembleReport(await hq(), branchOf('GZ'), AS_OF);
  });

  it('names the unit, the period and asOf, and has its sections in a fixed order', () => {
    expect(report).toMatchObject({
      template: 'BRANCH',
      unit: { code: 'GZ', name: { zh: '广州市分公司', en: 'Guangzhou' } },
      period: P,
      comparison: 'YOY',
      asOf: '2013-06-01T00:00:00.000Z',
      title: { zh: '广州市分公司2013年1-2月投诉情况报告', en: 'Guangzhou: complaints report, January–February 2013' },
    });
    expect(report.sections.map((s) => s.key)).toEqual([
      'metrics',
      'ratios',
      'rates',
      'ranking',
      'byCategory',
      'byChannel',
      'byLine',
      'trend',
      'activities',
      'children',
      // The shipped CIRC_2013_KP covers 2012 and 2013 (test/api/scorecard.test.ts scores one by hand).
      'scorecard',
      'scorecardRanking',
      'glossary',
    ]);
  });

  it('counts with their basis, change and change rate, and no company figure for a count', () => {
    const metrics = section(report, 'metrics');
    expect(metrics.columns.map((c) => [c.label.zh, c.format, c.measure ?? null])).toEqual([
      ['指标', 'TEXT', null],
      ['口径', 'TEXT', null],
      ['本期', 'COUNT', 'CURRENT'],
      ['同期', 'COUNT', 'PREVIOUS'],
      ['增减', 'COUNT', 'CHANGE'],
      ['增减率', 'PERCENT', 'CHANGE_RATE'],
    ]);
    const ALL = { zh: '全部投诉', en: 'All complaints' };
    const ASSESSED = { zh: '考核口径', en: 'Assessed basis' };
    expect(metrics.rows.map((r) => r.cells)).toEqual([
      [{ zh: '投诉量', en: 'Complaints' }, ALL, 3, 4, -1, -0.25],
      [{ zh: '考核投诉量', en: 'Assessed complaints' }, ASSESSED, 2, 4, -2, -0.5],
      [{ zh: '总公司渠道投诉量', en: 'Complaints (Head-office referral)' }, ALL, 1, 2, -1, -0.5],
      // at the end of 2013-02-28 A3 is open and past due; at the end of 2012-02-28 nothing was open
      [{ zh: '未结投诉', en: 'Open complaints' }, ALL, 1, 0, 1, null],
      [{ zh: '超时未结', en: 'Overdue open complaints' }, ALL, 1, 0, 1, null],
    ]);
    // each row says which figure it is and which way it is better
    expect(metrics.rows.map((r) => [r.figure, r.better])).toEqual([
      [{ metric: 'COMPLAINTS' }, 'LOWER'],
      [{ metric: 'ASSESSED_COMPLAINTS' }, 'LOWER'],
      [{ metric: 'COMPLAINTS', channels: ['HQ_REFERRAL'] }, 'LOWER'],
      [{ metric: 'OPEN_BACKLOG' }, 'LOWER'],
      [{ metric: 'OVERDUE_OPEN' }, 'LOWER'],
    ]);
  });

  it('ratios and days beside the company level; rates changing by points, without a change rate', () => {
    expect(section(report, 'ratios').columns.at(-1)!.label).toEqual({ zh: '全公司水平', en: 'Company level' });
    const ratios = table(section(report, 'ratios'));
    expect(ratios[0]).toEqual({
      metric: { zh: '亿元保费投诉量（考核口径）', en: 'Complaints per 100 million yuan of premium (assessed)' },
      basis: { zh: '考核口径', en: 'Assessed basis' },
      current: 1,
      previous: 2,
      change: -1,
      changeRate: -0.5,
      benchmark: 5 / 7,
    });
    // 3 complaints ÷ 2 (10,000 policies), 4 ÷ 2; handling days (2 + 21) ÷ 2, and 1
    expect(ratios[1]).toMatchObject({ current: 1.5, previous: 2, changeRate: -0.25 });
    expect(ratios[2]).toMatchObject({ current: 11.5, previous: 1, change: 10.5 });
    const rates = section(report, 'rates');
    expect(rates.columns.map((c) => c.format)).toEqual(['TEXT', 'TEXT', 'PERCENT', 'PERCENT', 'POINTS', 'PERCENT']);
    // timely: A1 of A1, A2, A3 (A3 past due); a year earlier all four
    expect(rates.rows[0].cells.slice(2, 5)).toEqual([1 / 3, 1, 1 / 3 - 1]);
    expect(rates.rows[1].cells.slice(2, 5)).toEqual([0, 0, 0]); // escalation
    expect(rates.rows[2].cells.slice(2, 5)).toEqual([null, null, null]); // no follow-ups: no satisfaction rate
    expect(rates.rows.map((r) => r.better)).toEqual(['HIGHER', 'LOWER', 'HIGHER']);
  });

  it('ranks the unit among the provincial branches, highlighted, with the benchmark, mean and median', () => {
    const ranking = section(report, 'ranking');
    expect(ranking.title.zh).toBe('亿元保费投诉量（考核口径）排名（省级分公司）');
    expect(ranking.rows.map((r) => [r.cells, r.highlight ?? false])).toEqual([
      [[{ zh: '北京分公司', en: 'Beijing' }, 2, 1, 1, 2, 1], false],
      [[{ zh: '广州市分公司', en: 'Guangzhou' }, 1, 2, 2, 1, -1], true],
      [[{ zh: '广东省分公司', en: 'Guangdong' }, 0.25, 3, 0, 3, 0], false],
      [[{ zh: '全公司水平', en: 'Company level' }, 5 / 7, null, null, null, null], false],
      [[{ zh: '同级平均', en: 'Peers’ mean' }, 3.25 / 3, null, null, null, null], false],
      [[{ zh: '同级中位数', en: 'Peers’ median' }, 1, null, null, null, null], false],
    ]);
  });

  it('breaks the complaints down by channel, line and category, largest first, with shares', () => {
    expect(
      section(report, 'byChannel')
        .rows.map((r) => r.cells)
        .slice(0, 3),
    ).toEqual([
      [{ zh: '95518 热线', en: '95518 hotline' }, 1, 2, -1, -0.5, 1 / 3],
      [{ zh: '总公司渠道', en: 'Head-office referral' }, 1, 2, -1, -0.5, 1 / 3],
      [{ zh: '网络/新媒体', en: 'Online and new media' }, 1, 0, 1, null, 1 / 3],
    ]);
    expect(section(report, 'byLine').rows[0].cells).toEqual([{ zh: '车险', en: 'Motor' }, 3, 4, -1, -0.25, 1]);
    expect(section(report, 'byCategory').rows[0].cells).toEqual([
      { zh: '理赔纠纷', en: 'Claims dispute' },
      3,
      4,
      -1,
      -0.25,
      1,
    ]);
  });

  it('follows the months beside a year earlier, with a line chart', () => {
    const trend = section(report, 'trend');
    expect(trend.rows.map((r) => r.cells)).toEqual([
      ['2013-01', 2, 1, 2, 1],
      ['2013-02', 1, 3, 0, 3],
    ]);
    expect(trend.chart).toMatchObject({ kind: 'line', categories: ['2013-01', '2013-02'] });
    expect(trend.chart!.series.map((s) => s.values)).toEqual([
      [2, 1],
      [1, 3],
      [2, 0],
      [1, 3],
    ]);
  });

  it('totals the activities of the subtree and lists the children under the unit itself', () => {
    expect(section(report, 'activities').rows.map((r) => r.cells.slice(1))).toEqual([
      [2, 0, 2, null],
      [0, 0, 0, null],
      [5, 3, 2, 2 / 3],
    ]);
    const children = section(report, 'children');
    expect(children.rows.map((r) => [r.cells[0], r.cells[1], r.highlight ?? false])).toEqual([
      [{ zh: '广州市分公司', en: 'Guangzhou' }, 3, true],
      [{ zh: '理赔事业部', en: 'Claims Division' }, 1, false],
      [{ zh: '天河支公司', en: 'Tianhe' }, 1, false],
      // a count has no company level, and a company total beside a unit's is no benchmark: the count's cell is empty
      [{ zh: '全公司水平', en: 'Company level' }, null, false],
    ]);
    expect(children.columns.slice(1, 4).map((c) => c.label.zh)).toEqual([
      '投诉量（全部投诉）',
      '投诉量增减率',
      '考核投诉量',
    ]);
    expect(children.rows.map((r) => r.unit ?? r.aggregate)).toEqual(['GZ', 'CD', 'TH', 'BENCHMARK']);
    expect(row(children, '天河')).toMatchObject({ COMPLAINTS: 1, 'COMPLAINTS:change': -0.5, ASSESSED_COMPLAINTS: 1 });
  });

  it('writes the summary from those figures, in both languages', () => {
    expect(report.narrative.zh.slice(0, 4)).toEqual([
      '2013年1-2月，考核投诉量2宗，同比减少2宗，下降50%。',
      '总公司渠道投诉量1宗，同比减少1宗，下降50%。',
      '亿元保费投诉量1.00，同比下降50%，高于全国系统平均水平。',
      '亿元保费投诉量排名由第1名降至第2名（共3家省级分公司）。',
    ]);
    expect(report.narrative.zh).toContain('开展单位负责人在线值班2人次、现场接访0宗、投诉处理培训5人次。');
    expect(report.narrative.en[0]).toBe(
      'In January–February 2013, assessed complaints: 2, down 2 (−50%) year on year.',
    );
    expect(report.narrative.en).toContain(
      'Complaints per 100 million yuan of premium fell from 1st to 2nd, among 3 provincial branches.',
    );
    expect(report.narrative.zh.length).toBe(report.narrative.en.length);
  });

  it('lists the metrics it shows in its glossary, last', () => {
    const glossary = report.sections.at(-1)!;
    expect(glossary.key).toBe('glossary');
    expect(glossary.rows.map((r) => [cellText(r.cells[0], 'zh-CN'), cellText(r.cells[1], 'zh-CN')])).toEqual([
      ['投诉量', '全部投诉'],
      ['考核投诉量', '考核口径'],
      ['亿元保费投诉量', '考核口径'],
      ['万张保单投诉量', '全部投诉'],
      ['投诉处理及时率', '全部投诉'],
      ['案均处理天数', '全部投诉'],
      ['投诉升级率', '全部投诉'],
      ['回访满意率', '全部投诉'],
      ['未结投诉', '全部投诉'],
      ['超时未结', '全部投诉'],
    ]);
  });

  it('leads from each count and ratio to its records: the unit, the tree at `to`, the period, the metric and filter', () => {
    const at = (key: string, rowName: string, column: string) => {
      const s = section(report, key);
      const found = s.rows.find((r) => cellText(r.cells[0], 'zh-CN')?.startsWith(rowName));
      if (!found) throw new Error(`no row ${rowName} in ${key}`);
      return recordsOf(
        report,
        s,
        found,
        s.columns.findIndex((c) => c.key === column),
      );
    };
    const none = { assessedOnly: false, channels: [], lines: [], categories: [] };
    expect(at('metrics', '考核投诉量', 'current')).toEqual({
      unit: 'GZ',
      at: '2013-02-28',
      period: P,
      metric: 'ASSESSED_COMPLAINTS',
      ...none,
    });
    // the comparison period on the same tree (like-for-like)
    expect(at('metrics', '总公司渠道', 'previous')).toEqual({
      unit: 'GZ',
      at: '2013-02-28',
      period: { from: '2012-01-01', to: '2012-02-28' },
      metric: 'COMPLAINTS',
      ...none,
      channels: ['HQ_REFERRAL'],
    });
    expect(at('ratios', '亿元保费投诉量', 'current')).toMatchObject({
      unit: 'GZ',
      metric: 'PER_100M_PREMIUM',
      assessedOnly: true,
    });
    expect(at('ranking', '北京', 'current')).toMatchObject({
      unit: 'BJ',
      metric: 'PER_100M_PREMIUM',
      assessedOnly: true,
      period: P,
    });
    expect(at('byChannel', '网络', 'current')).toMatchObject({
      unit: 'GZ',
      metric: 'COMPLAINTS',
      channels: ['ONLINE'],
    });
    expect(at('trend', '2013-02', 'ASSESSED_COMPLAINTS:previous')).toMatchObject({
      unit: 'GZ',
      at: '2013-02-28',
      period: { from: '2012-02-01', to: '2012-02-28' },
      metric: 'ASSESSED_COMPLAINTS',
    });
    expect(at('children', '天河', 'OVERDUE_OPEN')).toMatchObject({ unit: 'TH', metric: 'OVERDUE_OPEN', period: P });
    // no records behind a change, a rank, a share, the company's figure or a mean, nor activities
    for (const [key, rowName, column] of [
      ['metrics', '投诉量', 'change'],
      ['metrics', '投诉量', 'changeRate'],
      ['ratios', '亿元保费', 'benchmark'],
      ['ranking', '北京', 'rank'],
      ['ranking', '全公司水平', 'current'],
      ['ranking', '同级平均', 'current'],
      ['byChannel', '网络', 'share'],
      ['activities', '投诉处理培训', 'current'],
      ['children', '全公司水平', 'TIMELY_RATE'],
    ]) {
      expect(at(key, rowName, column), `${key} ${rowName} ${column}`).toBeNull();
    }
  });

  it('is the same for a branch user of its own unit, who sees its peers ranked by name', async () => {
    const own = await assembleReport(await branch(), branchOf('GZ'), AS_OF);
    expect(own.sections).toEqual(report.sections);
    expect(own.narrative).toEqual(report.narrative);
  });
});

describe('a period with nothing in it, and no comparison', () => {
  it('has zeros for counts and no value for ratios, never NaN or infinity', async () => {
    const empty = await assembleReport(await hq(), branchOf('GZ', { from: '2020-03-01', to: '2020-03-15' }), AS_OF);
    expect(section(empty, 'metrics').rows[0].cells).toEqual([
      { zh: '投诉量', en: 'Complaints' },
      { zh: '全部投诉', en: 'All complaints' },
      0,
      0,
      0,
      null,
    ]);
    expect(section(empty, 'ratios').rows.map((r) => r.cells.slice(2))).toEqual([
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ]);
    expect(
      section(empty, 'ranking')
        .rows.slice(0, 3)
        .map((r) => r.cells[2]),
    ).toEqual([null, null, null]);
    const numbers = empty.sections.flatMap((s) => s.rows.flatMap((r) => r.cells)).filter((c) => typeof c === 'number');
    expect(numbers.every((n) => Number.isFinite(n))).toBe(true);
    expect(empty.narrative.zh[0]).toBe('2020年3月1日至2020年3月15日，考核投诉量0宗，与去年同期持平。');
    expect(empty.narrative.zh).toContain('亿元保费投诉量无数据。');
  });

  it('without a comparison, shows this period only', async () => {
    const alone = await assembleReport(await hq(), branchOf('GZ', P, 'NONE'), AS_OF);
    expect(section(alone, 'metrics').columns.map((c) => c.key)).toEqual(['metric', 'basis', 'current']);
    expect(section(alone, 'metrics').rows[1].cells).toEqual([
      { zh: '考核投诉量', en: 'Assessed complaints' },
      { zh: '考核口径', en: 'Assessed basis' },
      2,
    ]);
    expect(section(alone, 'trend').rows[0].cells).toEqual(['2013-01', 2, 2]);
    expect(alone.narrative.zh[0]).toBe('2013年1-2月，考核投诉量2宗。');
  });
});

describe('against the previous period', () => {
  it('compares with the 59 days before 2013-01-01 (2012-11-03..2012-12-31), under its own headings', async () => {
    const report = await assembleReport(await hq(), branchOf('GZ', P, 'PREVIOUS'), AS_OF);
    expect(section(report, 'metrics').columns.map((c) => c.label.zh)).toEqual([
      '指标',
      '口径',
      '本期',
      '上期',
      '增减',
      '增减率',
    ]);
    expect(section(report, 'metrics').rows[1].cells.slice(2)).toEqual([2, 0, 2, null]);
    expect(report.narrative.zh[0]).toBe('2013年1-2月，考核投诉量2宗，环比增加2宗。');
    expect(section(report, 'ranking').columns.map((c) => c.label.zh)).toContain('上期排名');
  });
});

describe('the regulator template', () => {
  it('has a row per unit of the jurisdiction (itself, then its children), in every section, with aggregates only', async () => {
    const report = await assembleReport(
      await hq(),
      { template: 'REGULATOR', unit: 'GD', period: P, comparison: 'YOY' },
      AS_OF,
    );
    expect(report.title.zh).toBe('广东省分公司辖内2013年1-2月投诉情况报告（报送监管）');
    expect(report.sections.map((s) => s.key)).toEqual([
      'metrics',
      'ratios',
      'rates',
      'byCategory',
      'byChannel',
      'byLine',
      'trend',
      'activities',
      'glossary',
    ]);
    const metrics = section(report, 'metrics');
    expect(metrics.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      [{ zh: '广东省分公司', en: 'Guangdong' }, 1, null], // F1 in its subtree; none a year earlier (0 → no change rate)
      [{ zh: '佛山市分公司', en: 'Foshan' }, 1, null],
    ]);
    expect(section(report, 'ratios').rows.at(-1)!.cells[0]).toEqual({ zh: '全公司水平', en: 'Company level' });
    expect(section(report, 'ratios').columns[1].label.zh).toBe('亿元保费投诉量（考核口径）');
    expect(section(report, 'ratios').columns[3].label.zh).toBe('万张保单投诉量（全部投诉）');
    expect(section(report, 'byChannel').rows.map((r) => r.cells)).toEqual([
      [{ zh: '广东省分公司', en: 'Guangdong' }, 1, 0, 0, 0, 0, 0],
      [{ zh: '佛山市分公司', en: 'Foshan' }, 1, 0, 0, 0, 0, 0],
    ]);
    expect(section(report, 'trend').rows.map((r) => r.cells)).toEqual([
      [{ zh: '广东省分公司', en: 'Guangdong' }, 1, 0],
      [{ zh: '佛山市分公司', en: 'Foshan' }, 1, 0],
    ]);
    expect(report.narrative.zh[0]).toBe('2013年1-2月，考核投诉量1宗，同比增加1宗。');
    // a month's column leads to that month's complaints of the row's unit; a category's to that category's
    const trend = section(report, 'trend');
    expect(recordsOf(report, trend, trend.rows[1], 2)).toEqual({
      unit: 'FS',
      at: '2013-02-28',
      period: { from: '2013-02-01', to: '2013-02-28' },
      metric: 'COMPLAINTS',
      assessedOnly: false,
      channels: [],
      lines: [],
      categories: [],
    });
    const byCategory = section(report, 'byCategory');
    expect(recordsOf(report, byCategory, byCategory.rows[0], 1)).toMatchObject({
      unit: 'GD',
      period: P,
      categories: ['CLAIMS'],
    });
    const text = JSON.stringify(report);
    for (const personal of ['张伟', '13812341234', '理赔进度慢', 'F1']) expect(text).not.toContain(personal);
  });
});

describe('what it refuses', () => {
  const fails = async (readers: () => Promise<ReportReaders>, input: ReportRequest) =>
    assembleReport(await readers(), input, AS_OF).then(
      () => null,
      (error: unknown) => {
        const { code, message } = error as { code: string; message: string };
        return [code, message];
      },
    );

  it('a bad period, template or comparison, an unknown unit, a unit outside the scope', async () => {
    expect(await fails(hq, branchOf('GZ', { from: '2013-03-01', to: '2013-02-01' }))).toEqual([
      'BAD_USER_INPUT',
      'period.from 2013-03-01 is after period.to 2013-02-01',
    ]);
    expect(await fails(hq, branchOf('GZ', { from: '2013-02-30', to: '2013-03-01' }))).toEqual([
      'BAD_USER_INPUT',
      'period.from "2013-02-30" is not a date (YYYY-MM-DD)',
    ]);
    expect(await fails(hq, { ...branchOf('GZ'), template: 'MONTHLY' as never })).toEqual([
      'BAD_USER_INPUT',
      'template "MONTHLY" is not one of BRANCH, REGULATOR',
    ]);
    expect(await fails(hq, { ...branchOf('GZ'), comparison: 'QOQ' as never })).toEqual([
      'BAD_USER_INPUT',
      'comparison "QOQ" is not one of YOY, PREVIOUS, NONE',
    ]);
    expect(await fails(hq, branchOf('XX'))).toEqual(['NOT_FOUND', 'unit "XX" does not exist']);
    expect(await fails(branch, branchOf('GD'))).toEqual([
      'FORBIDDEN',
      'unit "GD" is outside what you may see on 2013-02-28',
    ]);
  });
});
