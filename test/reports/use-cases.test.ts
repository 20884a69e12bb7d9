// A report and the API answer a question with the same function (issue 12): the branch report's
// ranking, trend and breakdown sections and the `ranking`, `trend` and `breakdown` queries of the same
// question go through one call of rankPeers, unitTrend and breakDown (spied on, calling through), and
// agree cell by cell. Figures worked out by hand on a fixture of three provinces, 2013-01..07 beside
// 2012-01..07.
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { createOrm } from '../../db/orm.js';
import * as breakDownUseCase from '../../server/modules/breakdowns/break-down.use-case.js';
import * as rankPeersUseCase from '../../server/modules/rankings/rank-peers.use-case.js';
import { assembleReport, type ReportContent } from '../../server/modules/reports/index.js';
import * as unitTrendUseCase from '../../server/modules/trends/unit-trend.use-case.js';
import { complaintSql, runSql, TREE_SQL } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { readersAs } from './readers.js';

// Provinces on 2013-07-31: GD (its cities FS, NH), GZ (TH, CD), BJ. Premium 2013: GZ 2亿 (GZ, TH), GD 1亿
// (FS), BJ 4亿; 2012: 1亿 each. Assessed complaints 2013: GZ 3, GD 1, BJ 2; 2012: GZ 1, GD 2, BJ 2.
// GZ also has a policy-caused complaint (not assessed) in each year.
const SQL = `${TREE_SQL}
  insert into unit (code, name_zh, name_en, kind) values ('BJ', '北京分公司', 'Beijing', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from)
  select u.id, p.id, 'PROVINCE', '2000-01-01' from unit u, unit p where u.code = 'BJ' and p.code = 'HQ';
  ${complaintSql({ ref: 'GZ-13-1', unit: 'GZ', at: '2013-01-05T02:00:00Z' })}
  ${complaintSql({ ref: 'TH-13-1', unit: 'TH', at: '2013-03-10T02:00:00Z' })}
  ${complaintSql({ ref: 'GZ-13-2', unit: 'GZ', at: '2013-03-20T02:00:00Z', channel: 'ONLINE' })}
  ${complaintSql({ ref: 'GZ-13-P', unit: 'GZ', at: '2013-07-31T15:00:00Z', policyFactor: true })}
  ${complaintSql({ ref: 'GZ-12-1', unit: 'GZ', at: '2012-02-10T02:00:00Z' })}
  ${complaintSql({ ref: 'GZ-12-P', unit: 'GZ', at: '2012-07-15T02:00:00Z', channel: 'ONLINE', policyFactor: true })}
  ${complaintSql({ ref: 'FS-13-1', unit: 'FS', at: '2013-02-01T02:00:00Z' })}
  ${complaintSql({ ref: 'FS-12-1', unit: 'FS', at: '2012-02-01T02:00:00Z' })}
  ${complaintSql({ ref: 'FS-12-2', unit: 'NH', at: '2012-03-01T02:00:00Z' })}
  ${complaintSql({ ref: 'BJ-13-1', unit: 'BJ', at: '2013-04-01T02:00:00Z' })}
  ${complaintSql({ ref: 'BJ-13-2', unit: 'BJ', at: '2013-05-01T02:00:00Z' })}
  ${complaintSql({ ref: 'BJ-12-1', unit: 'BJ', at: '2012-04-01T02:00:00Z' })}
  ${complaintSql({ ref: 'BJ-12-2', unit: 'BJ', at: '2012-05-01T02:00:00Z' })}
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select u.id, v.month::date, 'AUTO', v.yuan, 1000 from (values
    ('GZ', '2013-01-01', 100000000), ('TH', '2013-02-01', 100000000), ('FS', '2013-01-01', 100000000),
    ('BJ', '2013-01-01', 400000000), ('GZ', '2012-01-01', 100000000), ('FS', '2012-01-01', 100000000),
    ('BJ', '2012-01-01', 100000000)
  ) v(code, month, yuan) join unit u on u.code = v.code;
`;

const PERIOD = { from: '2013-01-01', to: '2013-07-31' };
/** The report's asOf, which the queries are asked at too, so that the questions are the same. */
const AS_OF = '2026-01-01T00:00:00.000Z';

const rankPeers = vi.spyOn(rankPeersUseCase, 'rankPeers');
const unitTrend = vi.spyOn(unitTrendUseCase, 'unitTrend');
const breakDown = vi.spyOn(breakDownUseCase, 'breakDown');

let api: TestServer;
let orm: MikroORM;
let report: ReportContent;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, SQL));
  orm = await createOrm(api.db.url, { poolSize: 2 });
  const hq = await readersAs(orm, 'HQ_ANALYST');
  report = await assembleReport(
    await hq(),
    { template: 'BRANCH', unit: 'GZ', period: PERIOD, comparison: 'YOY' },
    new Date(AS_OF),
  );
}, 120_000);
afterAll(async () => {
  vi.restoreAllMocks();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
});

const sectionOf = (key: string) => report.sections.find((section) => section.key === key)!;

/** The spy's calls (its question and its awaited answer), the report's first, then the query's. */
async function callsOf<Q, A>(spy: Mock<(readers: never, question: Q) => Promise<A>>) {
  return Promise.all(
    spy.mock.calls.map(async ([, question], i) => ({ question, answer: (await spy.mock.results[i].value) as A })),
  );
}

/** The calls of rankPeers for a ranking compared with a year earlier: the ranking section's and the ranking query's. */
const rankingCalls = async () => (await callsOf(rankPeers)).filter(({ question }) => question.comparison !== 'NONE');

/** The parts of a question that do not depend on how its unit was named (a code, or the report's granted unit). */
const plainQuestion = <Q extends { unit: unknown; filter?: object }>({ unit, filter, ...rest }: Q) => ({
  ...rest,
  unit: typeof unit === 'string' ? unit : (unit as { unit: { code: string } }).unit.code,
  filter: { ...filter },
});

describe('GZ among the provinces on complaints per 100 million yuan (assessed), January–July 2013', () => {
  let rows: {
    unit: { code: string; nameZh: string; nameEn: string };
    value: number;
    rank: number;
    previousValue: number;
    previousRank: number;
    movement: number;
  }[];
  let query: { benchmark: number; peerMean: number; peerMedian: number };

  beforeAll(async () => {
    // The report's ranking section's (its scorecard's RANK items rank too, comparing with nothing: not counted here).
    expect(await rankingCalls()).toHaveLength(1);
    const response = await api.as('HQ_ANALYST')
      .query(`{ ranking(metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" },
      level: PROVINCE, filter: { assessedOnly: true }, asOf: "${AS_OF}") {
        rows { unit { code nameZh nameEn } value rank previousValue previousRank movement } benchmark peerMean peerMedian } }`);
    expect(response.errors).toBeUndefined();
    ({ rows, ...query } = response.data.ranking as { rows: typeof rows } & typeof query);
  });

  it('is ranked by the query as worked out by hand: 3/2, 1/1, 2/4 this year; 1/1, 2/1, 2/1 a year earlier', () => {
    expect(
      rows.map((row) => [row.unit.code, row.value, row.rank, row.previousValue, row.previousRank, row.movement]),
    ).toEqual([
      ['GZ', 1.5, 1, 1, 3, 2],
      ['GD', 1, 2, 2, 1, -1],
      ['BJ', 0.5, 3, 2, 1, -2],
    ]);
    expect(query).toEqual({ benchmark: 6 / 7, peerMean: 1, peerMedian: 1 });
  });

  it('comes for the report and the query from one call of rankPeers, asked the same question', async () => {
    const calls = await rankingCalls();
    expect(calls).toHaveLength(2);
    const [fromReport, fromQuery] = calls.map(({ question }) => ({ ...question, filter: { ...question.filter } }));
    expect(fromReport).toEqual({
      metric: 'PER_100M_PREMIUM',
      period: PERIOD,
      peers: { level: 'PROVINCE' },
      filter: { assessedOnly: true },
      order: 'DESC',
      comparison: 'YOY',
      asOf: new Date(AS_OF),
    });
    expect(fromQuery).toEqual(fromReport);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key left out of the rest
    const answers = calls.map(({ answer: { scopeTotalOf: _, ...answer } }) => answer);
    expect(answers[1]).toEqual(answers[0]);
  });

  it("agrees with the report's ranking section cell by cell", () => {
    const section = sectionOf('ranking');
    expect(section.columns.map((column) => column.key)).toEqual([
      'unit',
      'current',
      'rank',
      'previous',
      'previousRank',
      'movement',
    ]);
    expect(section.rows.map((row) => row.cells)).toEqual([
      ...rows.map((row) => [
        { zh: row.unit.nameZh, en: row.unit.nameEn },
        row.value,
        row.rank,
        row.previousValue,
        row.previousRank,
        row.movement,
      ]),
      [{ zh: '全公司水平', en: 'Company level' }, query.benchmark, null, null, null, null],
      [{ zh: '同级平均', en: 'Peers’ mean' }, query.peerMean, null, null, null, null],
      [{ zh: '同级中位数', en: 'Peers’ median' }, query.peerMedian, null, null, null, null],
    ]);
    expect(section.rows.map((row) => row.unit ?? row.aggregate)).toEqual([
      'GZ',
      'GD',
      'BJ',
      'BENCHMARK',
      'MEAN',
      'MEDIAN',
    ]);
  });
});

describe("GZ's complaints month by month, January–July 2013 beside 2012", () => {
  it('come for the report and the query from one call of unitTrend, and agree cell by cell', async () => {
    const response = await api.as('HQ_ANALYST')
      .query(`{ trend(unit: "GZ", metric: COMPLAINTS, period: { from: "2013-01-01", to: "2013-07-31" },
      granularity: MONTH, asOf: "${AS_OF}") { from to value previous } }`);
    expect(response.errors).toBeUndefined();
    const points = response.data.trend as { from: string; to: string; value: number; previous: number }[];
    expect(points.map((p) => [p.from.slice(0, 7), p.value, p.previous])).toEqual([
      ['2013-01', 1, 0],
      ['2013-02', 0, 1],
      ['2013-03', 2, 0],
      ['2013-04', 0, 0],
      ['2013-05', 0, 0],
      ['2013-06', 0, 0],
      ['2013-07', 1, 1],
    ]);

    // The report asks twice (its complaints and its assessed complaints), the query once.
    const calls = await callsOf(unitTrend);
    expect(calls.map(({ question }) => question.metric)).toEqual(['COMPLAINTS', 'ASSESSED_COMPLAINTS', 'COMPLAINTS']);
    const [fromReport, , fromQuery] = calls;
    expect(plainQuestion(fromQuery.question)).toEqual(plainQuestion(fromReport.question));
    expect(plainQuestion(fromQuery.question)).toEqual({
      unit: 'GZ',
      metric: 'COMPLAINTS',
      period: PERIOD,
      granularity: 'MONTH',
      filter: {},
      asOf: new Date(AS_OF),
      yearEarlier: true,
    });
    expect(fromQuery.answer).toEqual(fromReport.answer);

    const section = sectionOf('trend');
    expect(section.columns.map((column) => column.key).slice(0, 3)).toEqual([
      'month',
      'COMPLAINTS',
      'COMPLAINTS:previous',
    ]);
    expect(section.rows.map((row) => row.cells.slice(0, 3))).toEqual(
      points.map((p) => [p.from.slice(0, 7), p.value, p.previous]),
    );
    expect(section.rows.map((row) => row.period)).toEqual(points.map(({ from, to }) => ({ from, to })));
  });
});

describe("GZ's complaints by channel, January–July 2013 against 2012", () => {
  it('come for the report and the query from one call of breakDown, and agree cell by cell', async () => {
    const response = await api.as('HQ_ANALYST')
      .query(`{ breakdown(unit: "GZ", metric: COMPLAINTS, period: { from: "2013-01-01", to: "2013-07-31" },
      by: CHANNEL, asOf: "${AS_OF}") { total { value previous } items { key labelZh labelEn value previous change changeRate share } } }`);
    expect(response.errors).toBeUndefined();
    const { total, items } = response.data.breakdown as {
      total: { value: number; previous: number };
      items: {
        key: string;
        labelZh: string;
        labelEn: string;
        value: number;
        previous: number;
        change: number;
        changeRate: number | null;
        share: number;
      }[];
    };
    expect(total).toEqual({ value: 4, previous: 2 });
    expect(items.slice(0, 2).map((i) => [i.key, i.value, i.previous, i.change, i.changeRate, i.share])).toEqual([
      ['HOTLINE_95518', 3, 1, 2, 2, 0.75],
      ['ONLINE', 1, 1, 0, 0, 0.25],
    ]);
    expect(
      items.slice(2).every((i) => i.value === 0 && i.previous === 0 && i.changeRate === null && i.share === 0),
    ).toBe(true);

    // The report breaks GZ's complaints down by category, channel and line; the query by channel.
    const calls = await callsOf(breakDown);
    expect(calls.map(({ question }) => question.by)).toEqual(['CATEGORY', 'CHANNEL', 'LINE', 'CHANNEL']);
    const [, fromReport, , fromQuery] = calls;
    expect(plainQuestion(fromQuery.question)).toEqual(plainQuestion(fromReport.question));
    expect(fromQuery.answer).toEqual(fromReport.answer);

    const section = sectionOf('byChannel');
    expect(section.columns.map((column) => column.key)).toEqual([
      'name',
      'current',
      'previous',
      'change',
      'changeRate',
      'share',
    ]);
    expect(section.rows.map((row) => row.cells)).toEqual(
      items.map((i) => [{ zh: i.labelZh, en: i.labelEn }, i.value, i.previous, i.change, i.changeRate, i.share]),
    );
  });
});
