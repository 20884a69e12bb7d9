import type { Language } from '../i18n/languages';
import { formatMetricValue } from './metric';
import { formatDecimal, formatInteger, formatPercent, formatPoints, formatSigned, NO_VALUE } from './number';

// A report cell as text, by its column's ReportValueFormat. Unlike the views' cards (which scale
// counts to 万 and money to 亿元 per figure), a report's table keeps one scale per column, as the
// paper reports do, so a column of figures can be read down and compared: counts in full with
// grouping, money always in 万元 (millions in English).

export type ReportValueFormat = 'COUNT' | 'DECIMAL' | 'PERCENT' | 'POINTS' | 'DAYS' | 'YUAN' | 'RANK' | 'TEXT';

/** A cell as the API sends it: a number, a text, or neither (no value). */
export interface ReportCellValue {
  number?: number | null;
  text?: string | null;
  /** The English text, when a label reads differently in English. */
  textEn?: string | null;
}

function ordinal(rank: number): string {
  const tens = rank % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th');
  return `${rank}${suffix}`;
}

/** 853 · 3.46 · 38.72% · +52.09 个百分点 · 7.19天 · 2,956.00万元 · 第3名 · — */
export function formatReportNumber(
  value: number | null | undefined,
  format: ReportValueFormat,
  language: Language = 'zh-CN',
): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  switch (format) {
    case 'COUNT':
      return formatInteger(value, language);
    case 'DECIMAL':
      return formatDecimal(value, 2, language);
    case 'PERCENT':
      return formatPercent(value, language);
    case 'POINTS':
      return formatPoints(value, language);
    case 'DAYS':
      return formatMetricValue(value, 'DAYS', language);
    case 'YUAN':
      return language === 'en'
        ? `CNY ${formatDecimal(value / 1e6, 2, language)} m`
        : `${formatDecimal(value / 1e4, 2, language)}万元`;
    case 'RANK':
      return language === 'en' ? ordinal(Math.round(value)) : `第${Math.round(value)}名`;
    case 'TEXT':
      return String(value);
  }
}

/** A cell: its number in the column's format, else its text, else —. */
export function formatReportCell(
  cell: ReportCellValue,
  format: ReportValueFormat,
  language: Language = 'zh-CN',
): string {
  if (cell.number != null) return formatReportNumber(cell.number, format, language);
  return (language === 'en' ? (cell.textEn ?? cell.text) : cell.text) ?? NO_VALUE;
}

/**
 * A change between two figures of a column (the restatement check): signed, in the column's
 * scale; a change in a rate reads in points, a change of rank in places.
 */
export function formatReportChange(
  change: number | null | undefined,
  format: ReportValueFormat,
  language: Language = 'zh-CN',
): string {
  if (change == null || !Number.isFinite(change)) return NO_VALUE;
  switch (format) {
    case 'PERCENT':
    case 'POINTS':
      return formatPoints(change, language);
    case 'COUNT':
    case 'RANK':
      return formatSigned(change, 0, language);
    case 'YUAN': {
      const text = formatReportNumber(Math.abs(change), 'YUAN', language);
      return change > 0 ? `+${text}` : change < 0 ? `-${text}` : text;
    }
    case 'DAYS':
    case 'DECIMAL':
    case 'TEXT':
      return formatSigned(change, 2, language);
  }
}
