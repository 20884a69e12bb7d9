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

export type MetricUnit = 'COUNT' | 'YUAN' | 'FRACTION' | 'DAYS' | 'PER_100M_YUAN' | 'PER_10K_POLICIES';
export type Comparison = 'YOY' | 'PREVIOUS';
export type Direction = 'LOWER' | 'HIGHER' | 'NONE';

/** What a metric's definition says about how its figures read. */
export interface MetricFormat {
  unit: MetricUnit;
  better: Direction;
}

/** A value of the metric: 853 / 22.54万 / 78.71% / 7.19天 / 3.46 / 1.23亿元. */
export function formatMetricValue(value: number | null | undefined, unit: MetricUnit, language: Language = 'zh-CN'): string {
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
      return formatDecimal(value, 2, language);
  }
}

/** value − previous: −539 / +52.09 个百分点 (a rate's change is in points) / +0.35. */
export function formatMetricChange(change: number | null | undefined, unit: MetricUnit, language: Language = 'zh-CN'): string {
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
  const text = unit === 'FRACTION' ? formatPoints(figure.change, language) : formatChangeRate(figure.changeRate, language);
  return `${COMPARISON_WORD[comparison][language]} ${text}`;
}

export type Judgement = 'better' | 'worse' | 'same' | 'none';

/** Whether a change is an improvement, by the metric's direction; NONE-direction metrics are never judged. */
export function judgeChange(change: number | null | undefined, better: Direction): Judgement {
  if (change == null || !Number.isFinite(change) || better === 'NONE') return 'none';
  if (change === 0) return 'same';
  return (change < 0) === (better === 'LOWER') ? 'better' : 'worse';
}

const EXPORT_DIGITS: Record<MetricUnit, number> = {
  COUNT: 0,
  YUAN: 2,
  FRACTION: 4,
  DAYS: 2,
  PER_100M_YUAN: 2,
  PER_10K_POLICIES: 2,
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
