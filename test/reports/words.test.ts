// One meaning per word in a report: the company's row is 全公司合计 for a count and 全公司水平 for a
// ratio, the basis (全部投诉 / 考核口径) stands beside every complaint figure, and a change or a
// movement reads as 改善 / 恶化 / 持平 by its metric's direction — the rank sentence keeps the source's
// words ("排名由第1名降至第3名") while its movement column reads as the improvement it is. Pure: the
// sections are built by the templates' own builders from figures given here.
import { describe, expect, it } from 'vitest';
import { compare } from '../../server/modules/metrics/metric.service.js';
import { formatJudged } from '../../server/modules/reports/export/export-format.js';
import { verdictOf } from '../../server/modules/reports/report.cells.js';
import type { ReportContent, ReportSection } from '../../server/modules/reports/report.content.js';
import { differences } from '../../server/modules/reports/restatement.js';
import { FIGURE_GROUPS, SPECS, type FigureSpec } from '../../server/modules/reports/templates/key-figures.js';
import { figureTable, rankingTable, unitTable } from '../../server/modules/reports/templates/sections.js';
import { rankWords } from '../../server/modules/reports/templates/summary.js';

const name = (zh: string) => ({ zh, en: zh });
const figures = (
  spec: FigureSpec,
  unit: [number | null, number | null],
  benchmark: [number | null, number | null] = [null, null],
) => ({
  spec,
  units: [compare(...unit)],
  benchmark: compare(...benchmark),
});
/** Each cell's verdict, by column key, of a row. */
const verdicts = (section: ReportSection, row: number) =>
  Object.fromEntries(
    section.columns.flatMap((column, i) =>
      verdictOf(section, section.rows[row], i) ? [[column.key, verdictOf(section, section.rows[row], i)]] : [],
    ),
  );

describe('changes and movements, judged by their metric’s direction', () => {
  const [counts, ratios, rates] = FIGURE_GROUPS;

  it('fewer complaints is an improvement, more is worse, none is unchanged — the sign kept in the words', () => {
    const table = figureTable(
      counts,
      [figures(SPECS.complaints, [853, 1392]), figures(SPECS.assessed, [120, 100]), figures(SPECS.hqReferral, [7, 7])],
      'YOY',
    );
    expect([0, 1, 2].map((row) => verdicts(table, row))).toEqual([
      { change: 'IMPROVED', changeRate: 'IMPROVED' },
      { change: 'WORSE', changeRate: 'WORSE' },
      { change: 'UNCHANGED', changeRate: 'UNCHANGED' },
    ]);
    const change = table.columns.findIndex((c) => c.key === 'change');
    expect(formatJudged(table.rows[0].cells[change], 'COUNT', 'IMPROVED', 'zh-CN')).toBe('-539 改善');
    expect(formatJudged(table.rows[1].cells[change], 'COUNT', 'WORSE', 'en')).toBe('+20 worse');
    expect(formatJudged(table.rows[2].cells[change], 'COUNT', 'UNCHANGED', 'zh-CN')).toBe('0 持平');
  });

  it('a higher timely rate is an improvement, a higher escalation rate is worse; the company level is not judged', () => {
    const table = figureTable(
      rates,
      [figures(SPECS.timely, [0.8, 0.2791], [0.9, 0.8]), figures(SPECS.escalation, [0.1, 0.05], [0.2, 0.1])],
      'YOY',
    );
    expect([verdicts(table, 0), verdicts(table, 1)]).toEqual([{ change: 'IMPROVED' }, { change: 'WORSE' }]);
    expect(formatJudged(table.rows[0].cells[4], 'POINTS', verdicts(table, 0).change, 'zh-CN')).toBe(
      '+52.09个百分点 改善',
    );
    expect(table.columns.map((c) => c.label.zh)).toEqual(['指标', '口径', '本期', '同期', '增减', '全公司水平']);
    expect(figureTable(ratios, [figures(SPECS.per100mAssessed, [3.125, 6.25])], 'YOY').rows[0].cells[5]).toBe(-0.5);
  });

  it('a ranking’s movement: from 1st to 3rd on a lower-is-better metric is an improvement, though the narrative says 降至', () => {
    const unit = (code: string, own = false) => ({ code, name: name(code), own });
    const ranking = rankingTable(
      name('排名'),
      SPECS.per100mAssessed,
      {
        level: 'PROVINCE',
        rows: [
          { unit: unit('BJ'), value: 5, rank: 1, previousValue: 3, previousRank: 2, movement: 1 },
          { unit: unit('SZ'), value: 4, rank: 2, previousValue: 4, previousRank: 2, movement: 0 },
          { unit: unit('GZ', true), value: 3, rank: 3, previousValue: 6, previousRank: 1, movement: -2 },
        ],
        benchmark: 4,
        peerMean: 4,
        peerMedian: 4,
      },
      'YOY',
      name('注'),
    );
    expect([0, 1, 2, 3].map((row) => verdicts(ranking, row))).toEqual([
      { movement: 'WORSE' },
      { movement: 'UNCHANGED' },
      { movement: 'IMPROVED' },
      {},
    ]);
    expect(formatJudged(-2, 'COUNT', 'IMPROVED', 'zh-CN')).toBe('-2 改善');
    expect(rankWords({ rank: 3, previousRank: 1, peers: 3, level: 'PROVINCE' }, 'zh-CN')).toBe(
      '亿元保费投诉量排名由第1名降至第3名（共3家省级分公司）。',
    );
    // ranked smallest first, the same movement means the value fell among the peers: the opposite verdict
    const ascending = { ...ranking, ranked: { ...ranking.ranked!, order: 'ASC' as const } };
    expect(verdicts(ascending, 2)).toEqual({ movement: 'WORSE' });
  });

  it('content frozen before columns said what they are has no verdicts: its numbers read as they always did', () => {
    const legacy: ReportSection = {
      key: 'metrics',
      title: name('指标'),
      columns: [
        { key: 'metric', label: name('指标'), format: 'TEXT' },
        { key: 'change', label: name('增减'), format: 'COUNT' },
      ],
      rows: [{ cells: ['投诉量', -539] }],
    };
    expect(verdictOf(legacy, legacy.rows[0], 1)).toBeNull();
    expect(formatJudged(-539, 'COUNT', verdictOf(legacy, legacy.rows[0], 1), 'zh-CN')).toBe('-539');
  });
});

describe('the company’s row, and the basis beside each figure', () => {
  const units = [{ unit: 'GZ', name: name('广州'), highlight: true }];

  it('is 全公司合计 where every column adds up, with the totals', () => {
    const table = unitTable(
      'metrics',
      name('投诉量'),
      units,
      [
        { ...figures(SPECS.complaints, [3, 4], [100, 80]), withChange: true },
        { ...figures(SPECS.open, [1, 0], [20, 10]), withChange: false },
      ],
      'YOY',
      { benchmarkRow: true },
    );
    expect(table.rows.at(-1)).toEqual({
      cells: [{ zh: '全公司合计', en: 'Company total' }, 100, 0.25, 20],
      aggregate: 'BENCHMARK',
    });
  });

  it('is 全公司水平 beside ratios, and leaves a count’s cell empty there', () => {
    const table = unitTable(
      'children',
      name('下属机构'),
      units,
      [
        { ...figures(SPECS.complaints, [3, 4], [100, 80]), withChange: false },
        { ...figures(SPECS.per100mAssessed, [1, 2], [5 / 7, 1]), withChange: false },
      ],
      'YOY',
      { benchmarkRow: true },
    );
    expect(table.rows.at(-1)).toEqual({
      cells: [{ zh: '全公司水平', en: 'Company level' }, null, 5 / 7],
      aggregate: 'BENCHMARK',
    });
  });

  it('heads each complaint figure with its basis; an assessed one names it already', () => {
    const table = unitTable(
      'children',
      name('下属机构'),
      units,
      [SPECS.complaints, SPECS.assessed, SPECS.per100mAssessed, SPECS.timely].map((spec) => ({
        ...figures(spec, [1, 1]),
        withChange: false,
      })),
      'NONE',
      { benchmarkRow: false },
    );
    expect(table.columns.slice(1).map((c) => [c.label.zh, c.label.en])).toEqual([
      ['投诉量（全部投诉）', 'Complaints (all complaints)'],
      ['考核投诉量', 'Assessed complaints'],
      ['亿元保费投诉量（考核口径）', 'Complaints per 100 million yuan of premium (assessed)'],
      ['投诉处理及时率（全部投诉）', 'Timely handling rate (all complaints)'],
    ]);
  });

  it('is matched, in a restatement, with the row a version frozen before labelled 全系统平均', () => {
    const live = unitTable(
      'children',
      name('下属机构'),
      units,
      [{ ...figures(SPECS.per100mAssessed, [1, 2], [0.8, 1]), withChange: false }],
      'YOY',
      {
        benchmarkRow: true,
      },
    );
    const frozen: ReportSection = {
      ...live,
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key left out of the rest
      rows: live.rows.map(({ aggregate: _, ...row }, i) => (i === 1 ? { ...row, cells: ['全系统平均', 0.7] } : row)),
    };
    const content = (section: ReportSection): ReportContent => ({
      template: 'BRANCH',
      title: name('报告'),
      unit: { code: 'GZ', name: name('广州') },
      period: { from: '2013-01-01', to: '2013-01-31' },
      comparison: 'YOY',
      asOf: '2013-02-01T00:00:00.000Z',
      narrative: { zh: [], en: [] },
      sections: [section],
    });
    expect(differences(content(frozen), content(live))).toEqual([
      {
        section: 'children',
        sectionTitle: name('下属机构'),
        row: '全系统平均',
        column: live.columns[1].label,
        frozen: 0.7,
        live: 0.8,
      },
    ]);
  });
});
