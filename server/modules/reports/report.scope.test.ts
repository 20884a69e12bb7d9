import { describe, expect, it } from 'vitest';
import { omit } from '../../kernel/omit.js';
import type { ReportContent, ReportRow, ReportSection } from './report.content.js';
import { recordsOf } from './report.cells.js';
import { scopeContent, unitCodesOf, type RowVerdicts } from './report.scope.js';
import { SPECS } from './templates/key-figures.js';
import { HEADINGS, rankingTable } from './templates/sections.js';

// A province's report as a template makes it: ranked among four provinces on a value (largest first),
// a year earlier beside it. The reader sees its own SUB and OWN in full, PEE as a ranked peer, and
// not OUT: OUT's row goes, the rest are ranked again among themselves.

const name = (zh: string) => ({ zh, en: zh.toUpperCase() });
const { companyLevel: BENCHMARK, peerMean: MEAN, peerMedian: MEDIAN } = HEADINGS;
const LEGACY_BENCHMARK = '全系统平均';
const NOTE = { zh: '按数值由大到小排名。', en: 'Largest first.' };
const ranking = rankingTable(
  name('排名'),
  SPECS.per100mAssessed,
  {
    level: 'PROVINCE',
    rows: [
      {
        unit: { code: 'PEE', name: name('pee'), own: false },
        value: 5,
        rank: 1,
        previousValue: 1,
        previousRank: 4,
        movement: 3,
      },
      {
        unit: { code: 'OUT', name: name('out'), own: false },
        value: 4,
        rank: 2,
        previousValue: 4,
        previousRank: 1,
        movement: -1,
      },
      {
        unit: { code: 'OWN', name: name('own'), own: false },
        value: 3,
        rank: 3,
        previousValue: 3,
        previousRank: 2,
        movement: -1,
      },
      {
        unit: { code: 'SUB', name: name('sub'), own: true },
        value: 2,
        rank: 4,
        previousValue: 2,
        previousRank: 3,
        movement: -1,
      },
    ],
    benchmark: 3.5,
    peerMean: 3.5,
    peerMedian: 3.5,
  },
  'YOY',
  NOTE,
);

const metrics: ReportSection = {
  key: 'metrics',
  title: name('指标'),
  columns: [
    { key: 'metric', label: name('指标'), format: 'TEXT' },
    { key: 'current', label: name('本期'), format: 'COUNT' },
  ],
  rows: [{ cells: [name('投诉量'), 12] }],
};

/** A table of units with a figure a ranking does not show, and a chart of the units' series. */
const children: ReportSection = {
  key: 'children',
  title: name('下属机构'),
  columns: [
    { key: 'unit', label: { zh: '机构', en: 'Unit' }, format: 'TEXT' },
    { key: 'COMPLAINTS', label: name('投诉量'), format: 'COUNT' },
  ],
  rows: [
    { cells: [name('sub'), 10], unit: 'SUB', highlight: true },
    { cells: [name('out'), 7], unit: 'OUT' },
    { cells: [BENCHMARK, null], aggregate: 'BENCHMARK' },
  ],
  chart: {
    kind: 'line',
    title: name('趋势'),
    categories: ['2013-01'],
    series: [
      { unit: 'SUB', name: name('sub'), values: [10] },
      { unit: 'OUT', name: name('out'), values: [7] },
    ],
  },
};

const content: ReportContent = {
  template: 'BRANCH',
  title: name('报告'),
  unit: { code: 'SUB', name: name('sub') },
  period: { from: '2013-01-01', to: '2013-07-31' },
  comparison: 'YOY',
  asOf: '2013-08-01T00:00:00.000Z',
  narrative: {
    zh: ['投诉量12宗。', '亿元保费投诉量排名由第3名降至第4名（共4家省级分公司）。', '下属机构中out最多。'],
    en: [
      'Complaints: 12.',
      'Complaints per 100 million yuan of premium fell from 3rd to 4th, among 4 provincial branches.',
      'OUT has the most.',
    ],
    sources: [null, { section: 'ranking', rank: { level: 'PROVINCE' } }, { section: 'children' }],
  },
  sections: [metrics, ranking, children],
};

const READER: RowVerdicts = new Map([
  ['SUB', 'FULL'],
  ['OWN', 'FULL'],
  ['PEE', 'PEER'],
]);
const cellsOf = (section: ReportSection) => section.rows.map((row) => row.cells);
const sectionOf = (scoped: ReportContent, key: string) => scoped.sections.find((s) => s.key === key)!;

describe('scopeContent', () => {
  it('names every unit a content shows, by its rows and its series', () => {
    expect(unitCodesOf(content).sort()).toEqual(['OUT', 'OWN', 'PEE', 'SUB']);
  });

  it('leaves the content as it is for a reader who sees everything', () => {
    expect(scopeContent(content, 'ALL')).toBe(content);
  });

  it('withholds a unit the reader may not see, re-ranks the rows shown and recomputes the mean and median over them', () => {
    const scoped = sectionOf(scopeContent(content, READER), 'ranking');
    expect(cellsOf(scoped)).toEqual([
      [name('pee'), 5, 1, 1, 3, 2],
      [name('own'), 3, 2, 3, 1, -1],
      [name('sub'), 2, 3, 2, 2, -1],
      [BENCHMARK, 3.5, null, null, null, null],
      [MEAN, 10 / 3, null, null, null, null],
      [MEDIAN, 3, null, null, null, null],
    ]);
    expect(scoped.rows.map((row) => row.highlight)).toEqual([false, false, true, undefined, undefined, undefined]);
    expect(scoped.note).toEqual({
      zh: '按数值由大到小排名。另有1家机构未列示。排名、平均数、中位数按列示的机构重新计算。',
      en: 'Largest first. 1 more unit not shown. Ranks, mean and median are recomputed among the units shown.',
    });
  });

  it("says the report's own rank again among the rows shown, and drops a sentence about withheld rows", () => {
    const { narrative } = scopeContent(content, READER);
    expect(narrative).toEqual({
      zh: ['投诉量12宗。', '亿元保费投诉量排名由第2名降至第3名（共3家省级分公司）。'],
      en: [
        'Complaints: 12.',
        'Complaints per 100 million yuan of premium fell from 2nd to 3rd, among 3 provincial branches.',
      ],
      sources: [null, { section: 'ranking', rank: { level: 'PROVINCE' } }],
    });
  });

  it("takes a withheld unit's row and series out of any table and chart, keeping the benchmark", () => {
    const scoped = sectionOf(scopeContent(content, READER), 'children');
    expect(cellsOf(scoped)).toEqual([
      [name('sub'), 10],
      [BENCHMARK, null],
    ]);
    expect(scoped.note).toEqual({ zh: '另有1家机构未列示。', en: '1 more unit not shown.' });
    expect(scoped.chart!.series.map((s) => s.unit)).toEqual(['SUB']);
    expect(sectionOf(scopeContent(content, new Map([['PEE', 'PEER']])), 'children').chart).toBeUndefined();
  });

  it("keeps of a ranked peer's row only what a live ranking shows of it: its name and the ranking's columns", () => {
    const withPremium: ReportSection = {
      ...ranking,
      columns: [...ranking.columns, { key: 'premium', label: name('保费'), format: 'YUAN' }],
      rows: ranking.rows.map((row, i): ReportRow => ({ ...row, cells: [...row.cells, i < 4 ? 1e8 * (i + 1) : null] })),
    };
    const scoped = scopeContent(
      { ...content, sections: [withPremium] },
      new Map([
        ['SUB', 'FULL'],
        ['OWN', 'FULL'],
        ['PEE', 'PEER'],
        ['OUT', 'PEER'],
      ]),
    );
    expect(cellsOf(scoped.sections[0]).slice(0, 4)).toEqual([
      [name('pee'), 5, 1, 1, 4, 3, null],
      [name('out'), 4, 2, 4, 1, -1, null],
      [name('own'), 3, 3, 3, 2, -1, 3e8],
      [name('sub'), 2, 4, 2, 3, -1, 4e8],
    ]);
  });

  it('changes nothing where every unit is seen, in full or as a ranked peer (a branch reading its own report)', () => {
    const peers: RowVerdicts = new Map([
      ['SUB', 'FULL'],
      ['OWN', 'FULL'],
      ['PEE', 'PEER'],
      ['OUT', 'PEER'],
    ]);
    const scoped = scopeContent({ ...content, sections: [metrics, ranking] }, peers);
    // the peers' rows are marked (their figures lead to no records the reader could read), nothing else changes
    const peerRows = {
      ...ranking,
      rows: ranking.rows.map((row) => (row.unit === 'PEE' || row.unit === 'OUT' ? { ...row, peer: true } : row)),
    };
    expect(scoped.sections).toEqual([metrics, peerRows]);
    expect(scoped.narrative).toEqual(content.narrative);
  });

  it("leads from a row the reader sees in full to its records, and from a ranked peer's row to none", () => {
    const scoped = sectionOf(scopeContent(content, READER), 'ranking');
    const recordsOfRow = (unit: string) =>
      recordsOf(
        content,
        scoped,
        scoped.rows.find((row) => row.unit === unit)!,
        1,
      );
    expect(recordsOfRow('OWN')).toMatchObject({ unit: 'OWN', metric: 'PER_100M_PREMIUM', assessedOnly: true });
    expect(recordsOfRow('PEE')).toBeNull();
  });

  it('withholds every unit row of content frozen before rows named their units, and its rank sentence', () => {
    const strip = (section: ReportSection): ReportSection => ({
      ...omit(section, 'ranked'),
      rows: section.rows.map((row) => {
        const legacy = omit(row, 'unit', 'aggregate');
        // and the company's row was labelled 全系统平均 then
        return row.aggregate === 'BENCHMARK' ? { ...legacy, cells: [LEGACY_BENCHMARK, ...row.cells.slice(1)] } : legacy;
      }),
      chart: section.chart && {
        ...section.chart,
        series: section.chart.series.map((series) => omit(series, 'unit')),
      },
    });
    const legacy: ReportContent = {
      ...content,
      sections: [metrics, strip(ranking), strip(children)],
      narrative: { zh: content.narrative.zh.slice(0, 2), en: content.narrative.en.slice(0, 2) },
    };
    const scoped = scopeContent(legacy, READER);
    expect(scoped.sections[0]).toEqual(metrics);
    expect(cellsOf(scoped.sections[1])).toEqual([
      [LEGACY_BENCHMARK, 3.5, null, null, null, null],
      [MEAN, null, null, null, null, null],
      [MEDIAN, null, null, null, null, null],
    ]);
    expect(scoped.sections[1].note!.zh).toBe(
      '按数值由大到小排名。另有4家机构未列示。平均数、中位数按列示的机构重新计算。',
    );
    expect(cellsOf(scoped.sections[2])).toEqual([[LEGACY_BENCHMARK, null]]);
    expect(scoped.sections[2].chart).toBeUndefined();
    expect(scoped.narrative).toEqual({ zh: ['投诉量12宗。'], en: ['Complaints: 12.'] });
    expect(scopeContent(legacy, 'ALL')).toBe(legacy);
  });
});
