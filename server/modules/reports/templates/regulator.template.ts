import { ACTIVITY_KINDS } from '../../../../db/domain.js';
import { ACTIVITY_LABELS } from '../../activities/index.js';
import { periodWords } from '../narrative.js';
import type { ReportSection } from '../report.content.js';
import { ACTIVITY_TITLE, BREAKDOWNS, type BuiltReport } from './branch.template.js';
import { measureActivities, measureSpecs, measureSplits, measureTrend, unitName, type ReportFrame } from './frame.js';
import { activityHeading, FIGURE_GROUPS, filterRef, refOf, SPECS } from './key-figures.js';
import { HEADINGS, matrixTable, unitTable } from './sections.js';
import { figuresOf, narrativeOf } from './summary.js';

// 报送监管的投诉情况报告: a jurisdiction over a period. Its units are the jurisdiction itself (the first
// row, its whole subtree: the total) and its children on the tree at `to` — for a province its
// cities, for HQ the provinces — one level down, as a regulator's return lists the branches it
// supervises; deeper units are inside their parent's row. Every section is a table with a row per
// unit: metrics, ratios, rates (value and change, the company-wide row last where it means
// something), byCategory, byChannel, byLine, trend (months as columns), activities. Aggregates only:
// no complaint, customer or person is named anywhere. The narrative is the jurisdiction's.

/** The months as columns count every complaint, which the title says (the branch's trend says it per column). */
const REGULATOR_TREND_TITLE = { zh: '投诉量月度趋势（全部投诉）', en: 'Complaints month by month (all complaints)' };

export async function regulatorReport(frame: ReportFrame): Promise<BuiltReport> {
  const { subject, readers, comparison } = frame;
  const children = await readers.units.childrenOf(subject);
  const units = [subject, ...children];
  const rows = units.map((unit, i) => ({ unit: unit.unit.code, name: unitName(unit.unit), highlight: i === 0 }));
  const [groups, splits, trends, activities] = await Promise.all([
    Promise.all(FIGURE_GROUPS.map((group) => measureSpecs(frame, group.specs, units))),
    Promise.all(BREAKDOWNS.map((b) => measureSplits(frame, units, b.by, SPECS.complaints))),
    Promise.all(units.map((unit) => measureTrend(frame, unit, [SPECS.complaints]))),
    Promise.all(units.map((unit) => measureActivities(frame, unit.grant))),
  ]);

  const months = trends[0].map((m) => m.month);
  const periods = trends[0].map((m) => m.period);
  const sections: ReportSection[] = [
    ...FIGURE_GROUPS.map((group, g) =>
      unitTable(
        group.key,
        group.title,
        rows,
        groups[g].map((figures) => ({ ...figures, withChange: true })),
        comparison,
        {
          benchmarkRow: group.benchmark,
        },
      ),
    ),
    ...BREAKDOWNS.map((b, i) =>
      matrixTable(
        b.key,
        b.title,
        HEADINGS.unit,
        splits[i].map((part) => ({
          key: part.key,
          label: part.label,
          format: 'COUNT' as const,
          figure: { ...refOf(SPECS.complaints), ...filterRef(part.filter) },
          measure: 'CURRENT' as const,
          better: SPECS.complaints.definition.better,
        })),
        rows.map((row, u) => ({ ...row, cells: splits[i].map((part) => part.values[u]) })),
      ),
    ),
    {
      ...matrixTable(
        'trend',
        REGULATOR_TREND_TITLE,
        HEADINGS.unit,
        months.map((month, m) => ({
          key: month,
          label: { zh: month, en: month },
          format: 'COUNT' as const,
          figure: refOf(SPECS.complaints),
          measure: 'CURRENT' as const,
          period: periods[m],
        })),
        rows.map((row, u) => ({ ...row, cells: trends[u].map((m) => m.figures[0].value) })),
      ),
      chart: {
        kind: 'line',
        title: REGULATOR_TREND_TITLE,
        categories: months,
        series: rows.map((row, u) => ({
          unit: row.unit,
          name: row.name,
          values: trends[u].map((m) => m.figures[0].value),
        })),
      },
    },
    matrixTable(
      'activities',
      ACTIVITY_TITLE,
      HEADINGS.unit,
      ACTIVITY_KINDS.map((kind) => ({ key: kind, label: activityHeading(kind), format: 'COUNT' as const })),
      rows.map((row, u) => ({ ...row, cells: activities[u].map((a) => a.figure.value) })),
    ),
  ];

  const facts = {
    period: frame.period,
    comparison,
    figures: new Map(groups.flatMap((g) => [...figuresOf(g, 0)])),
    ranking: null,
    activities: activities[0].map(({ kind, figure }) => ({
      label: ACTIVITY_LABELS[kind],
      unit: ACTIVITY_LABELS[kind].unit,
      count: figure.value ?? 0,
    })),
  };
  const name = unitName(subject.unit);
  return {
    title: {
      zh: `${name.zh}辖内${periodWords(frame.period, 'zh-CN')}投诉情况报告（报送监管）`,
      en: `${name.en} and the units it covers: complaints report to the regulator, ${periodWords(frame.period, 'en')}`,
    },
    narrative: narrativeOf(facts),
    sections,
  };
}
