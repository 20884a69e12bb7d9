// A report's glossary: the metric registry defines every metric (what is counted, a ratio's numerator
// and denominator, what the assessed basis changes) in both languages, and a report lists the metrics
// its tables show, once each, with the bases it shows them on and which way is better. Pure: the
// sections come from the templates' own builders.
import { describe, expect, it } from 'vitest';
import { compare } from '../../server/modules/metrics/metric.service.js';
import { METRIC_KEYS, METRICS } from '../../server/modules/metrics/metric-registry.js';
import { glossaryOf, glossarySection } from '../../server/modules/reports/glossary.js';
import { cellText, type ReportCell, type ReportSection } from '../../server/modules/reports/report.content.js';
import { FIGURE_GROUPS, SPECS } from '../../server/modules/reports/templates/key-figures.js';
import { comparedTable, figureTable, rankingTable } from '../../server/modules/reports/templates/sections.js';

const name = (zh: string) => ({ zh, en: zh });
const measured = (specs: (typeof FIGURE_GROUPS)[number]['specs']) =>
  specs.map((spec) => ({ spec, units: [compare(1, 2)], benchmark: compare(1, 1) }));
const zh = (cell: ReportCell | undefined) => cellText(cell ?? null, 'zh-CN');

describe('the registry’s definitions', () => {
  it('defines every metric in both languages, with a numerator and a denominator exactly for the ratios', () => {
    for (const key of METRIC_KEYS) {
      const m = METRICS[key];
      for (const text of [m.definition, m.basisNote]) {
        expect(text.zh.length, key).toBeGreaterThan(5);
        expect(text.en.length, key).toBeGreaterThan(5);
      }
      expect(m.numerator === null, key).toBe(m.additive);
      expect(m.denominator === null, key).toBe(m.additive);
    }
    expect(METRICS.PER_100M_PREMIUM.denominator!.zh).toContain('保费收入');
    expect(METRICS.TIMELY_RATE.numerator!.en).toContain('closedAt ≤ dueAt');
  });
});

describe('glossaryOf', () => {
  it('reads the registry’s fields for the keys asked, each once, in the registry’s order', () => {
    const entries = glossaryOf(['TIMELY_RATE', 'COMPLAINTS', 'TIMELY_RATE']);
    expect(entries.map((e) => e.key)).toEqual(['COMPLAINTS', 'TIMELY_RATE']);
    expect(entries[1]).toEqual({
      key: 'TIMELY_RATE',
      label: { zh: '投诉处理及时率', en: 'Timely handling rate' },
      definition: METRICS.TIMELY_RATE.definition,
      numerator: METRICS.TIMELY_RATE.numerator,
      denominator: METRICS.TIMELY_RATE.denominator,
      basisNote: METRICS.TIMELY_RATE.basisNote,
      better: 'HIGHER',
      dependsOnAsOf: true,
    });
    expect(glossaryOf([])).toEqual([]);
  });
});

describe('a report’s glossary section', () => {
  const sections: ReportSection[] = [
    ...FIGURE_GROUPS.map((group) => figureTable(group, measured(group.specs), 'YOY')),
    rankingTable(
      name('排名'),
      SPECS.per100mAssessed,
      { level: 'PROVINCE', rows: [], benchmark: null, peerMean: null, peerMedian: null },
      'YOY',
      name('注'),
    ),
    comparedTable(
      'byChannel',
      name('按渠道'),
      name('渠道'),
      [{ label: name('热线'), figure: compare(1, 1), part: { channels: ['HOTLINE_95518'] } }],
      'YOY',
      {
        share: true,
        spec: SPECS.complaints,
      },
    ),
    comparedTable(
      'activities',
      name('服务活动'),
      name('活动'),
      [{ label: name('培训'), figure: compare(5, 3) }],
      'YOY',
      { share: false },
    ),
  ];
  const glossary = glossarySection(sections)!;

  it('lists each metric the tables show once, with the bases shown, its definition, numerator, denominator and direction', () => {
    expect(glossary.key).toBe('glossary');
    expect(glossary.title).toEqual({ zh: '指标说明', en: 'Definitions of the metrics' });
    expect(glossary.columns.map((c) => [c.label.zh, c.format])).toEqual([
      ['指标', 'TEXT'],
      ['本报告口径', 'TEXT'],
      ['定义', 'TEXT'],
      ['分子', 'TEXT'],
      ['分母', 'TEXT'],
      ['口径说明', 'TEXT'],
      ['方向', 'TEXT'],
      ['随截至时点变化', 'TEXT'],
    ]);
    expect(glossary.rows.map((row) => [zh(row.cells[0]), zh(row.cells[1])])).toEqual([
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
    const per100m = glossary.rows[2].cells;
    expect(per100m.slice(2)).toEqual([
      METRICS.PER_100M_PREMIUM.definition,
      METRICS.PER_100M_PREMIUM.numerator,
      METRICS.PER_100M_PREMIUM.denominator,
      METRICS.PER_100M_PREMIUM.basisNote,
      { zh: '越低越好', en: 'Lower' },
      { zh: '否', en: 'No' },
    ]);
    // a count has no numerator or denominator of its own
    expect(glossary.rows[0].cells.slice(3, 5)).toEqual([null, null]);
    expect(glossary.rows[4].cells.slice(6)).toEqual([
      { zh: '越高越好', en: 'Higher' },
      { zh: '是', en: 'Yes' },
    ]);
  });

  it('names both bases where a report shows a metric on both', () => {
    const both = glossarySection([
      figureTable(
        FIGURE_GROUPS[1],
        measured([SPECS.per100mAssessed, { ...SPECS.per100mAssessed, filter: {} }]),
        'NONE',
      ),
    ])!;
    expect(both.rows.map((row) => row.cells[1])).toEqual([
      { zh: '全部投诉、考核口径', en: 'All complaints, Assessed basis' },
    ]);
  });

  it('is none for tables of no metric (activities), and for content frozen before tables named their metrics', () => {
    expect(glossarySection([sections.at(-1)!])).toBeNull();
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key left out of the rest
    const legacy: ReportSection = { ...sections[0], rows: sections[0].rows.map(({ figure: _, ...row }) => row) };
    expect(glossarySection([legacy])).toBeNull();
  });
});
