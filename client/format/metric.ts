import type { Language } from '../i18n/languages';
import {
  formatChangeRate,
  formatCount,
  formatDecimal,
  formatPercent,
  formatPoints,
  formatSigned,
  formatYuan,
  NO_VALUE,
} from './number';

// A metric's figures as text, by the unit the metric registry gives it (MetricDefinition.unit):
// counts in 万/亿, rates as percentages, changes in a rate as points, every relative change as
// 同比 ±x.xx%. The one place that decides how a metric reads, for cards, tables, charts and exports.

export type MetricUnit = 'COUNT' | 'YUAN' | 'FRACTION' | 'DAYS' | 'PER_100M_YUAN' | 'PER_10K_POLICIES' | 'INDEX';
export type Comparison = 'YOY' | 'PREVIOUS';
export type Direction = 'LOWER' | 'HIGHER' | 'NONE';

/** What a metric's definition says about how its figures read. */
export interface MetricFormat {
  unit: MetricUnit;
  better: Direction;
}

/** A value of the metric: 853 / 22.54万 / 78.71% / 7.19天 / 3.46 / 1.23亿元. */
export function formatMetricValue(
  value: number | null | undefined,
  unit: MetricUnit,
  language: Language = 'zh-CN',
): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  switch (unit) {
    case 'COUNT':
      return formatCount(value, language);
    case 'YUAN':
      return formatYuan(value, language);
    case 'FRACTION':
      return formatPercent(value, language);
    case 'DAYS':
      return `${formatDecimal(value, 2, language)}${language === 'en' ? ' days' : '天'}`;
    case 'PER_100M_YUAN':
    case 'PER_10K_POLICIES':
    case 'INDEX':
      return formatDecimal(value, 2, language);
  }
}

/** value − previous: −539 / +52.09 个百分点 (a rate's change is in points) / +0.35. */
export function formatMetricChange(
  change: number | null | undefined,
  unit: MetricUnit,
  language: Language = 'zh-CN',
): string {
  if (change == null || !Number.isFinite(change)) return NO_VALUE;
  switch (unit) {
    case 'FRACTION':
      return formatPoints(change, language);
    case 'COUNT':
      return formatSigned(change, 0, language);
    case 'YUAN': {
      const text = formatYuan(Math.abs(change), language);
      return change > 0 ? `+${text}` : change < 0 ? `-${text}` : text;
    }
    default:
      return formatSigned(change, 2, language);
  }
}

const COMPARISON_WORD: Record<Comparison, Record<Language, string>> = {
  YOY: { 'zh-CN': '同比', en: 'YoY' },
  PREVIOUS: { 'zh-CN': '环比', en: 'MoM' },
};

/**
 * The comparison in a phrase. A rate's change reads in points (同比 +52.09 个百分点), because a
 * relative change of a percentage misleads; every other metric reads as a relative change
 * (同比 -38.72%). Without a comparable previous figure: 同比 —.
 */
export function formatComparison(
  figure: { change?: number | null; changeRate?: number | null },
  unit: MetricUnit,
  language: Language = 'zh-CN',
  comparison: Comparison = 'YOY',
): string {
  const text =
    unit === 'FRACTION' ? formatPoints(figure.change, language) : formatChangeRate(figure.changeRate, language);
  return `${COMPARISON_WORD[comparison][language]} ${text}`;
}

export type Judgement = 'better' | 'worse' | 'same' | 'none';

/** Whether a change is an improvement, by the metric's direction; NONE-direction metrics are never judged. */
export function judgeChange(change: number | null | undefined, better: Direction): Judgement {
  if (change == null || !Number.isFinite(change) || better === 'NONE') return 'none';
  if (change === 0) return 'same';
  return change < 0 === (better === 'LOWER') ? 'better' : 'worse';
}

/**
 * Whether a change of rank (movement = previousRank − rank: positive towards rank 1) is an
 * improvement. Rank 1 holds the largest value in a descending ranking, the smallest in an ascending
 * one, so the same arrow is good or bad news by the order and the metric's direction: Guangzhou's
 * fall from 1st to 3rd in a descending ranking of complaints per 100 million yuan (lower is better)
 * is an improvement.
 */
export function judgeMovement(
  movement: number | null | undefined,
  better: Direction,
  order: 'ASC' | 'DESC',
): Judgement {
  if (movement == null || !Number.isFinite(movement) || better === 'NONE') return 'none';
  if (movement === 0) return 'same';
  const towardsLargest = movement > 0 === (order === 'DESC');
  return towardsLargest === (better === 'HIGHER') ? 'better' : 'worse';
}

/** Which complaints a figure counts: all in scope, or the assessed ones only (考核口径). */
export type Basis = 'ALL' | 'ASSESSED';

/**
 * The basis of a metric's figure under a filter, or null for a metric that counts no complaints
 * (premium, policies), whose figure no basis changes. 考核投诉量 counts assessed complaints whatever
 * the filter says, so its basis is always the assessed one.
 */
export function figureBasis(metric: { key: string; complaintBased: boolean }, assessedOnly: boolean): Basis | null {
  if (!metric.complaintBased) return null;
  return assessedOnly || metric.key === 'ASSESSED_COMPLAINTS' ? 'ASSESSED' : 'ALL';
}

/** The company-wide figure's name: a total for a metric that adds up (全公司合计), a level for a ratio (全公司水平). */
export function companyFigureKind(metrics: readonly { additive: boolean }[]): 'total' | 'level' | 'mixed' {
  if (metrics.every((metric) => metric.additive)) return 'total';
  if (metrics.every((metric) => !metric.additive)) return 'level';
  return 'mixed';
}

const EXPORT_DIGITS: Record<MetricUnit, number> = {
  COUNT: 0,
  YUAN: 2,
  FRACTION: 4,
  DAYS: 2,
  PER_100M_YUAN: 2,
  PER_10K_POLICIES: 2,
  INDEX: 2,
};

/** A figure for a spreadsheet: a number, rounded as displayed (a rate stays a fraction: 0.7871). */
export function exportMetricValue(value: number | null | undefined, unit: MetricUnit): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const scale = 10 ** EXPORT_DIGITS[unit];
  return Math.round(value * scale) / scale;
}

/** The Excel number format that shows an exported figure as the screen does. */
export function metricNumFmt(unit: MetricUnit): string {
  return unit === 'FRACTION' ? '0.00%' : unit === 'COUNT' ? '#,##0' : '#,##0.00';
}
