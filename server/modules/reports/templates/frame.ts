import type { Comparison, UnitLevel } from '../../../../db/domain.js';
import type { Grant } from '../../access/index.js';
import { breakDown, vocabularyParts } from '../../breakdowns/index.js';
import { compareUnits } from '../../compare/index.js';
import { compare, type Compared, type MeasuredPeriod, type MeasureFilter } from '../../metrics/index.js';
import { rankPeers, type RankedRow } from '../../rankings/index.js';
import { scorecardRanking, unitScorecard, type ScorecardRanking, type UnitScorecard } from '../../scorecard/index.js';
import { unitTrend } from '../../trends/index.js';
import type { GrantedUnit } from '../../units/index.js';
import type { ReportReaders } from '../report.readers.js';
import type { LocalizedText } from '../report.content.js';
import type { FigureSpec } from './key-figures.js';

// Reading a template's figures: every question a section asks is the use-case the API answers it with
// (compareUnits, breakDown, unitTrend, rankPeers), so a figure of a report and of a page cannot differ;
// the shapes returned here are the sections' plain inputs, built elsewhere. The activities are read
// from the activity reader.

/** What a template is given: the readers, the granted unit, both periods, asOf. */
export interface ReportFrame {
  readers: ReportReaders;
  subject: GrantedUnit;
  period: { from: string; to: string };
  periods: { current: MeasuredPeriod; previous: MeasuredPeriod | null };
  comparison: Comparison;
  asOf: Date;
}

export const unitName = (unit: { code: string; nameZh: string; nameEn: string | null }): LocalizedText => ({
  zh: unit.nameZh,
  en: unit.nameEn ?? unit.code,
});

/** A vocabulary part's name in both languages (its key where it has no English name). */
const partName = (part: { key: string; labelZh: string; labelEn: string | null }): LocalizedText => ({
  zh: part.labelZh,
  en: part.labelEn ?? part.key,
});

/** A figure of the benchmark and of each unit, compared with the comparison period. */
export interface SpecFigures {
  spec: FigureSpec;
  benchmark: Compared;
  units: Compared[];
}

/** A figure as a report keeps it: the value compared, nothing else of the answer it came in. */
const comparedOf = ({ value, previous, change, changeRate }: Compared): Compared => ({
  value,
  previous,
  change,
  changeRate,
});

/** Every spec for the benchmark and every unit: the units compared (both periods on the tree at `to`). */
export async function measureSpecs(
  frame: ReportFrame,
  specs: readonly FigureSpec[],
  units: readonly GrantedUnit[],
): Promise<SpecFigures[]> {
  const { columns, rows } = await compareUnits(frame.readers, {
    units,
    figures: specs.map((spec) => ({ metric: spec.key, filter: spec.filter })),
    period: frame.period,
    comparison: frame.comparison,
    basis: 'PERIOD_END',
    asOf: frame.asOf,
  });
  return specs.map((spec, i) => ({
    spec,
    benchmark: comparedOf(columns[i].benchmark),
    units: rows.map((row) => comparedOf(row.values[i])),
  }));
}

export type Vocabulary = 'CATEGORY' | 'CHANNEL' | 'LINE';

/** One part of a breakdown: its name, its filter, its compared figure and its share of the parts' sum. */
export interface BreakdownPart extends Compared {
  key: string;
  label: LocalizedText;
  filter: MeasureFilter;
  share: number | null;
}

/** A unit's figure of a spec broken down by a vocabulary, in Pareto order (the breakdown query's answer). */
export async function measureBreakdown(
  frame: ReportFrame,
  unit: GrantedUnit,
  by: Vocabulary,
  spec: FigureSpec,
): Promise<BreakdownPart[]> {
  const { items } = await breakDown(frame.readers, breakdownOf(frame, unit, by, spec, frame.comparison));
  return items.map((item) => ({
    key: item.key,
    label: partName(item),
    filter: item.filter,
    ...comparedOf(item),
    share: item.share,
  }));
}

/** A month of a trend: its label ("2013-01"), its dates (clipped to the period), and each spec's value in it and a year earlier. */
export interface TrendMonth {
  month: string;
  period: { from: string; to: string };
  figures: Compared[];
}

/**
 * Month by month (each clipped to the period), each beside the same dates a year earlier — the
 * trend's own comparison (DOMAIN.md "Trends") whatever the report's, unless it compares with nothing.
 */
export async function measureTrend(
  frame: ReportFrame,
  unit: GrantedUnit,
  specs: readonly FigureSpec[],
): Promise<TrendMonth[]> {
  const trends = await Promise.all(
    specs.map((spec) =>
      unitTrend(frame.readers, {
        unit,
        metric: spec.key,
        period: frame.period,
        granularity: 'MONTH',
        filter: spec.filter,
        asOf: frame.asOf,
        yearEarlier: frame.comparison !== 'NONE',
      }),
    ),
  );
  return trends[0].map((point, i) => ({
    month: point.from.slice(0, 7),
    period: { from: point.from, to: point.to },
    figures: trends.map((trend) => compare(trend[i].value, trend[i].previous)),
  }));
}

/** The subject among the peers of its level, ranked on a spec (largest first, DOMAIN.md "Rankings"). */
export interface RankingFigures {
  level: UnitLevel;
  rows: RankedRow<{ code: string; name: LocalizedText; own: boolean }>[];
  benchmark: number | null;
  peerMean: number | null;
  peerMedian: number | null;
}

/** Null for HQ itself, which has no peers. The peers the scope shows a branch are named and ranked only. */
export async function measureRanking(frame: ReportFrame, spec: FigureSpec): Promise<RankingFigures | null> {
  const { subject } = frame;
  const level = await frame.readers.units.level(subject.unit, frame.periods.current.at);
  if (!level || level === 'HQ') return null;
  const ranking = await rankPeers(frame.readers, {
    metric: spec.key,
    period: frame.period,
    peers: { level },
    filter: spec.filter,
    order: 'DESC',
    comparison: frame.comparison,
    asOf: frame.asOf,
  });
  const rows = ranking.rows.map(({ unit, ...row }) => ({
    ...row,
    unit: { code: unit.code, name: unitName(unit), own: unit.code === subject.unit.code },
  }));
  return { level, rows, benchmark: ranking.benchmark, peerMean: ranking.peerMean, peerMedian: ranking.peerMedian };
}

/** The unit's scorecard and its level's peers ranked by total (none for HQ, which has no peers). */
export interface ScorecardFigures {
  card: UnitScorecard;
  ranking: ScorecardRanking | null;
}

/**
 * The scorecard of the report's period, when a published rule set covers it (RULES.md §5: a score lies
 * within one rule set's dates); null otherwise, and the report has no scorecard section.
 */
export async function measureScorecard(frame: ReportFrame): Promise<ScorecardFigures | null> {
  const { readers, subject, period, asOf } = frame;
  const [ruleSet, level] = await Promise.all([
    readers.scorecards.ruleSetCovering(period),
    readers.units.level(subject.unit, frame.periods.current.at),
  ]);
  if (!ruleSet) return null;
  if (!level || level === 'HQ')
    return { card: await unitScorecard(readers, { unit: subject.unit.code, period, asOf }), ranking: null };
  // The unit is one of its level's peers, scored in full on its own grant: its card is its row (unless
  // it was no peer a year earlier, when its own card still finds last year's total).
  const ranking = await scorecardRanking(readers, { period, peers: { level }, asOf });
  const own = ranking.rows.find((row) => row.subject.unit.id === subject.unit.id);
  const card =
    own && (own.previousTotal !== null || !ranking.previousRuleSet)
      ? { ...own, ruleSet: ranking.ruleSet, period, previousRuleSet: ranking.previousRuleSet }
      : await unitScorecard(readers, { unit: subject.unit.code, period, asOf });
  return { card, ranking };
}

/** Activity totals of each kind, in the period and in the comparison period (null without one). */
export async function measureActivities(frame: ReportFrame, grant: Grant) {
  const { current, previous } = frame.periods;
  const [now, before] = await Promise.all([
    frame.readers.activities.totals(grant, current),
    previous ? frame.readers.activities.totals(grant, previous) : null,
  ]);
  return now.map((total, i) => ({ kind: total.kind, figure: compare(total.count, before ? before[i].count : null) }));
}

/** Each unit's figure of a spec split by a vocabulary, in this period only: values[part][unit], parts in the vocabulary's order. */
export async function measureSplits(
  frame: ReportFrame,
  units: readonly GrantedUnit[],
  by: Vocabulary,
  spec: FigureSpec,
) {
  const breakdowns = await Promise.all(
    units.map((unit) => breakDown(frame.readers, breakdownOf(frame, unit, by, spec, 'NONE'))),
  );
  const valueOf = breakdowns.map(({ items }) => new Map(items.map((item) => [item.key, item.value])));
  return vocabularyParts(by, null, spec.filter).map((part) => ({
    key: part.key,
    label: partName(part),
    filter: part.filter,
    values: valueOf.map((values) => values.get(part.key) ?? null),
  }));
}

/** The breakdown question of a unit's spec by a vocabulary, on the report's period. */
const breakdownOf = (
  frame: ReportFrame,
  unit: GrantedUnit,
  by: Vocabulary,
  spec: FigureSpec,
  comparison: Comparison,
) => ({
  unit,
  metric: spec.key,
  period: frame.period,
  by,
  filter: spec.filter,
  comparison,
  asOf: frame.asOf,
});
