// What a report is made of, once assembled: a title, the narrative in both languages, and sections of
// plain tables (with an optional chart). A template produces it from live figures; submitting freezes
// it as it is (JSON in report_version.content); the preview, the XLSX and the PDF are all drawn from
// it and never query figures again, so the three cannot disagree.

export type ReportTemplateKey = 'BRANCH' | 'REGULATOR';

/** Both languages, always: a frozen report can be read and exported in either. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * How a column's numbers read. COUNT: whole numbers (宗); DECIMAL: two decimals; PERCENT: a fraction
 * (0.3872) shown as 38.72%; POINTS: a change of a fraction (0.5209) shown as +52.09 个百分点; DAYS: two
 * decimals of days; YUAN: an amount in yuan (shown in 万元); RANK: a place (第3名); TEXT: a label.
 */
export type ReportValueFormat = 'COUNT' | 'DECIMAL' | 'PERCENT' | 'POINTS' | 'DAYS' | 'YUAN' | 'RANK' | 'TEXT';

export interface ReportColumn {
  key: string;
  label: LocalizedText;
  format: ReportValueFormat;
}

/**
 * A number (raw, unformatted, full precision), a text (for TEXT columns) — in both languages when it is
 * a label (a metric's, a unit's), one string when it reads the same in both (a month) — or null ("—").
 */
export type ReportCell = number | string | LocalizedText | null;

/** A cell's text in one language; null for a number or no value. */
export function cellText(cell: ReportCell, language: 'zh-CN' | 'en'): string | null {
  if (typeof cell === 'string') return cell;
  if (cell !== null && typeof cell === 'object') return language === 'zh-CN' ? cell.zh : cell.en;
  return null;
}

export interface ReportRow {
  /** One cell per column, in the columns' order. The first cell names the row (a metric, a unit, a month). */
  cells: ReportCell[];
  /** The report's own unit among its peers or children. */
  highlight?: boolean;
}

export interface ReportChart {
  kind: 'line' | 'bar';
  title: LocalizedText;
  /** The x axis: months ("2013-01"), categories, units — as labels. */
  categories: string[];
  series: { name: LocalizedText; values: (number | null)[] }[];
}

export interface ReportSection {
  /** Stable key: "metrics", "ranking", "byCategory", "byChannel", "byLine", "trend", "activities", "children", … */
  key: string;
  title: LocalizedText;
  columns: ReportColumn[];
  rows: ReportRow[];
  chart?: ReportChart;
  /** A line under the table (definitions, the benchmark's meaning). */
  note?: LocalizedText;
}

export interface ReportContent {
  template: ReportTemplateKey;
  title: LocalizedText;
  unit: { code: string; name: LocalizedText };
  period: { from: string; to: string };
  comparison: 'YOY' | 'PREVIOUS' | 'NONE';
  /** The instant the figures were measured as of (ISO 8601). */
  asOf: string;
  /** Paragraph sentences, in the source document's manner. */
  narrative: { zh: string[]; en: string[] };
  sections: ReportSection[];
}

/** A submitted version's header, printed on every export page. */
export interface ReportVersionMeta {
  reportId: number;
  version: number;
  submittedBy: string;
  submittedAt: string;
  fingerprint: string;
  reason: string | null;
}
