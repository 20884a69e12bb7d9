import type { Comparison, UnitLevel } from '../../../../db/domain.js';
import type { Grant } from '../../access/index.js';
import { paretoItems, vocabularyParts } from '../../breakdowns/index.js';
import { compare, METRICS, yearEarlier, type Compared, type MeasuredPeriod, type MeasureFilter } from '../../metrics/index.js';
import { mean, median, rankRows, type RankedRow } from '../../rankings/index.js';
import { buckets } from '../../trends/index.js';
import type { GrantedUnit } from '../../units/index.js';
import type { ReportReaders } from '../report.readers.js';
import type { LocalizedText } from '../report.content.js';
import type { FigureSpec } from './key-figures.js';

// Reading a template's figures: every number comes from the scoped readers (the metric reader and
// its registry, the activity reader), asked together so that the metric loader measures the figures
// of one filter in one statement. The shapes returned are plain; the sections are built elsewhere.

/** What a template is given: the readers, the granted unit and benchmark, both periods, asOf. */
export interface ReportFrame {
  readers: ReportReaders;
  subject: GrantedUnit;
  /** HQ's whole subtree: the company-wide benchmark (全国系统平均水平). */
  hq: Grant;
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
const partName = (part: { key: string; labelZh: string; labelEn: string | null }): LocalizedText => ({ zh: part.labelZh, en: part.labelEn ?? part.key });

/** A figure of the benchmark and of each grant, compared with the comparison period. */
export interface SpecFigures {
  spec: FigureSpec;
  benchmark: Compared;
  units: Compared[];
}

/** Every spec for the benchmark and every grant (both periods on the tree at `to`, so one grant serves both). */
export async function measureSpecs(frame: ReportFrame, specs: readonly FigureSpec[], grants: readonly Grant[]): Promise<SpecFigures[]> {
  const subjects = [frame.hq, ...grants].map((grant) => ({ current: grant, previous: grant }));
  const found = await Promise.all(
    specs.map((spec) => frame.readers.metrics.compared(spec.key, subjects, frame.periods, frame.asOf, spec.filter)),
  );
  return specs.map((spec, i) => ({ spec, benchmark: found[i][0], units: found[i].slice(1) }));
}

export type Vocabulary = 'CATEGORY' | 'CHANNEL' | 'LINE';

/** One part of a breakdown: its name, its filter, its compared figure and its share of the parts' sum. */
export interface BreakdownPart extends Compared {
  key: string;
  label: LocalizedText;
  filter: MeasureFilter;
  share: number | null;
}

/** A unit's complaints split by a vocabulary (the breakdown module's parts and Pareto order). */
export async function measureBreakdown(frame: ReportFrame, grant: Grant, by: Vocabulary, spec: FigureSpec): Promise<BreakdownPart[]> {
  const parts = vocabularyParts(by, grant, spec.filter);
  const values = await Promise.all(
    parts.map((part) =>
      frame.readers.metrics.compared(spec.key, [{ current: grant, previous: grant }], frame.periods, frame.asOf, part.filter),
    ),
  );
  const items = parts.map((part, i) => ({ key: part.key, label: partName(part), filter: part.filter, ...values[i][0] }));
  return paretoItems(items, METRICS[spec.key].additive).map(({ cumulativeShare: _, ...item }) => item);
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
export async function measureTrend(frame: ReportFrame, grant: Grant, specs: readonly FigureSpec[]): Promise<TrendMonth[]> {
  const months = buckets(frame.period, 'MONTH');
  const compared = frame.comparison !== 'NONE';
  const requests = months.flatMap((m) => [
    { grant, asOf: frame.asOf, ...m },
    ...(compared ? [{ grant, asOf: frame.asOf, from: yearEarlier(m.from), to: yearEarlier(m.to) }] : []),
  ]);
  const step = compared ? 2 : 1;
  const values = await Promise.all(specs.map((spec) => frame.readers.metrics.values(spec.key, requests, spec.filter)));
  return months.map((m, i) => ({
    month: m.from.slice(0, 7),
    period: { from: m.from, to: m.to },
    figures: specs.map((_, s) => compare(values[s][step * i], compared ? values[s][step * i + 1] : null)),
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
  const { subject, periods } = frame;
  const level = await frame.readers.units.level(subject.unit, periods.current.at);
  if (!level || level === 'HQ') return null;
  const peers = await frame.readers.units.peers(periods.current.at, { level }, spec.filter);
  const [figures] = await measureSpecs(frame, [spec], peers.map((peer) => peer.grant));
  const units = peers.map(({ unit }) => ({ code: unit.code, name: unitName(unit), own: unit.code === subject.unit.code }));
  const now = figures.units.map((figure) => figure.value);
  const before = figures.units.map((figure) => figure.previous);
  return { level, rows: rankRows(units, now, before, 'DESC'), benchmark: figures.benchmark.value, peerMean: mean(now), peerMedian: median(now) };
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

/** Each unit's figure of a spec split by a vocabulary, in this period only: values[part][unit]. */
export async function measureSplits(frame: ReportFrame, grants: readonly Grant[], by: Vocabulary, spec: FigureSpec) {
  const parts = vocabularyParts(by, null, spec.filter);
  const { current } = frame.periods;
  const values = await Promise.all(
    parts.map((part) =>
      frame.readers.metrics.values(spec.key, grants.map((grant) => ({ grant, from: current.from, to: current.to, asOf: frame.asOf })), part.filter),
    ),
  );
  return parts.map((part, i) => ({ key: part.key, label: partName(part), filter: part.filter, values: values[i] }));
}
