import { ACTIVITY_LABELS } from '../../activities/index.js';
import { UNIT_LEVEL_LABELS } from '../../units/index.js';
import { periodWords } from '../narrative.js';
import type { LocalizedText, ReportContent } from '../report.content.js';
import {
  measureActivities,
  measureBreakdown,
  measureRanking,
  measureScorecard,
  measureSpecs,
  measureTrend,
  unitName,
  type ReportFrame,
  type Vocabulary,
} from './frame.js';
import { activityHeading, FIGURE_GROUPS, filterRef, SPECS } from './key-figures.js';
import { comparedTable, figureTable, HEADINGS, rankingTable, trendTable, unitTable } from './sections.js';
import { scorecardItemsTable, scorecardRankingTable, scorecardSentences } from './scorecard-sections.js';
import { figuresOf, narrativeOf } from './summary.js';

// 分支机构投诉情况报告: one unit over a period, for head office. Sections: metrics, ratios, rates (the key
// figures with their comparison and benchmark), ranking, byCategory, byChannel, byLine, trend,
// activities, children, and where a published rule set covers the period the scorecard and the
// ranking of scores (RULES.md §5).

export type BuiltReport = Pick<ReportContent, 'title' | 'narrative' | 'sections' | 'scorecardRuleSets'>;

/** The breakdowns' sections: key, dimension, titles (with the basis of the complaints they count). */
export const BREAKDOWNS: { key: string; by: Vocabulary; heading: LocalizedText; title: LocalizedText }[] = [
  {
    key: 'byCategory',
    by: 'CATEGORY',
    heading: { zh: '投诉类别', en: 'Category' },
    title: { zh: '投诉量（全部投诉，按类别）', en: 'Complaints (all complaints) by category' },
  },
  {
    key: 'byChannel',
    by: 'CHANNEL',
    heading: { zh: '受理渠道', en: 'Channel' },
    title: { zh: '投诉量（全部投诉，按渠道）', en: 'Complaints (all complaints) by channel' },
  },
  {
    key: 'byLine',
    by: 'LINE',
    heading: { zh: '险种', en: 'Line' },
    title: { zh: '投诉量（全部投诉，按险种）', en: 'Complaints (all complaints) by line' },
  },
];

/** What the trend follows month by month (counts, so they share the chart's axis). */
export const TREND_SPECS = [SPECS.complaints, SPECS.assessed];

/** A unit's table of its children: the key figures side by side, change only where it reads at a glance. */
export const CHILD_COLUMNS = [
  { spec: SPECS.complaints, withChange: true },
  { spec: SPECS.assessed, withChange: true },
  { spec: SPECS.per100mAssessed, withChange: true },
  { spec: SPECS.per10k, withChange: false },
  { spec: SPECS.timely, withChange: true },
  { spec: SPECS.avgDays, withChange: false },
  { spec: SPECS.open, withChange: false },
  { spec: SPECS.overdue, withChange: false },
];

const CHILDREN_NOTE: LocalizedText = {
  zh: '首行为本机构合计。全公司水平为全公司合并计算的比率，不是各机构的平均；计数没有全公司水平。',
  en: 'The first row is the unit’s own total. The company level is a ratio pooled over the whole company, not a mean of units; counts have none.',
};

export const ACTIVITY_TITLE = { zh: '服务活动', en: 'Service activities' };
export const TREND_TITLE = { zh: '投诉量月度趋势', en: 'Complaints month by month' };

const RANKING_NOTE: LocalizedText = {
  zh: '按数值由大到小排名，第1名数值最大；并列者名次相同并跳过后续名次；无数值者不排名。该指标越低越好：名次数字变大（如由第1名降至第3名）为改善。全公司水平为全公司投诉量与保费合并计算，不是各机构的平均。',
  en: 'Ranked largest first (1st has the largest value); ties share a rank and skip the next; units with no value are not ranked. Lower is better: moving down the places (from 1st to 3rd, say) is an improvement. The company level is pooled over the whole company, not a mean of units.',
};

export async function branchReport(frame: ReportFrame): Promise<BuiltReport> {
  const { subject, readers, comparison } = frame;
  const children = await readers.units.childrenOf(subject);
  const own = [subject];
  // Asked in one tick: the metric loader measures every scope of one filter in one statement.
  const [groups, ranking, breakdowns, trend, activities, childFigures, scorecard] = await Promise.all([
    Promise.all(FIGURE_GROUPS.map((group) => measureSpecs(frame, group.specs, own))),
    measureRanking(frame, SPECS.per100mAssessed),
    Promise.all(BREAKDOWNS.map((b) => measureBreakdown(frame, subject, b.by, SPECS.complaints))),
    measureTrend(frame, subject, TREND_SPECS),
    measureActivities(frame, subject.grant),
    measureSpecs(
      frame,
      CHILD_COLUMNS.map((c) => c.spec),
      [subject, ...children],
    ),
    measureScorecard(frame),
  ]);

  const name = unitName(subject.unit);
  const level = ranking && UNIT_LEVEL_LABELS[ranking.level];
  const ownRow = ranking?.rows.find((row) => row.unit.own);
  const facts = {
    period: frame.period,
    comparison,
    figures: new Map([...groups.flatMap((g) => [...figuresOf(g)])]),
    ranking:
      ownRow && ranking
        ? { rank: ownRow.rank, previousRank: ownRow.previousRank, peers: ranking.rows.length, level: ranking.level }
        : null,
    activities: activities.map(({ kind, figure }) => ({
      label: ACTIVITY_LABELS[kind],
      unit: ACTIVITY_LABELS[kind].unit,
      count: figure.value ?? 0,
    })),
  };

  const sections = [
    ...FIGURE_GROUPS.map((group, g) => figureTable(group, groups[g], comparison)),
    ...(ranking && level
      ? [
          rankingTable(
            {
              zh: `${SPECS.per100mAssessed.label.zh}排名（${level.zh}）`,
              en: `${SPECS.per100mAssessed.label.en}: rank among ${level.en}`,
            },
            SPECS.per100mAssessed,
            ranking,
            comparison,
            RANKING_NOTE,
          ),
        ]
      : []),
    ...BREAKDOWNS.map((b, i) => {
      const parts = breakdowns[i].map((part) => ({
        label: part.label,
        figure: part,
        share: part.share,
        part: filterRef(part.filter),
      }));
      return comparedTable(b.key, b.title, b.heading, parts, comparison, { share: true, spec: SPECS.complaints });
    }),
    trendTable(TREND_TITLE, TREND_SPECS, trend, comparison),
    comparedTable(
      'activities',
      ACTIVITY_TITLE,
      HEADINGS.activity,
      activities.map(({ kind, figure }) => ({ label: activityHeading(kind), figure })),
      comparison,
      { share: false },
    ),
    unitTable(
      'children',
      { zh: '下属机构主要指标', en: 'Key figures of the units below' },
      [
        { unit: subject.unit.code, name, highlight: true },
        ...children.map((child) => ({ unit: child.unit.code, name: unitName(child.unit), highlight: false })),
      ],
      childFigures.map((figures, i) => ({ ...figures, withChange: CHILD_COLUMNS[i].withChange })),
      comparison,
      { benchmarkRow: true, note: CHILDREN_NOTE },
    ),
    ...(scorecard ? [scorecardItemsTable(scorecard.card)] : []),
    ...(scorecard?.ranking && ranking ? [scorecardRankingTable(scorecard, ranking.level)] : []),
  ];
  const narrative = narrativeOf(facts);
  if (scorecard) {
    const [zh, en] = (['zh-CN', 'en'] as const).map((language) =>
      scorecardSentences(scorecard, ranking?.level ?? null, language),
    );
    narrative.zh.push(...zh.map((s) => s.text));
    narrative.en.push(...en.map((s) => s.text));
    narrative.sources?.push(...zh.map((s) => s.source));
  }

  return {
    title: {
      zh: `${name.zh}${periodWords(frame.period, 'zh-CN')}投诉情况报告`,
      en: `${name.en}: complaints report, ${periodWords(frame.period, 'en')}`,
    },
    narrative,
    sections,
    ...(scorecard && {
      scorecardRuleSets: [scorecard.card.ruleSet, scorecard.card.previousRuleSet]
        .filter((set) => set !== null)
        .map(({ code, version }) => ({ code, version })),
    }),
  };
}
