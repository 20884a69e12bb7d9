import type { Comparison, UnitLevel } from '../../../db/domain.js';

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

/** Which way a metric is better (the registry's `better`): how its change and movement read. */
export type ReportDirection = 'LOWER' | 'HIGHER' | 'NONE';

/**
 * What figure a cell is, in part: a metric of the registry (its key) and a filter. A cell's figure is
 * its row's and its column's together (a table of metrics names the metric on the row, a table of
 * units on the column, a breakdown the part's filter on the row and the metric on the column).
 */
export interface ReportFigureRef {
  metric?: string;
  assessedOnly?: boolean;
  channels?: string[];
  lines?: string[];
  categories?: string[];
}

/**
 * What a column's numbers are of its figure: its value in the report's period (CURRENT), in the
 * comparison period (PREVIOUS), a year before the row's own month (YEAR_EARLIER, the trend's), the
 * change and change rate, the company-wide figure, a share of the parts, a rank, the previous rank,
 * the places moved.
 */
export type ReportMeasure =
  | 'CURRENT'
  | 'PREVIOUS'
  | 'YEAR_EARLIER'
  | 'CHANGE'
  | 'CHANGE_RATE'
  | 'BENCHMARK'
  | 'SHARE'
  | 'RANK'
  | 'PREVIOUS_RANK'
  | 'MOVEMENT';

/** An inclusive range of Shanghai dates. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface ReportColumn {
  key: string;
  label: LocalizedText;
  format: ReportValueFormat;
  /**
   * What the column's cells are (absent on content frozen before columns said so, which then has no
   * links to records and no words on its changes): the figure's part the column gives, the measure,
   * the column's own period (a month of the regulator's trend), and the direction by which a change
   * or movement column of one metric is judged.
   */
  figure?: ReportFigureRef;
  measure?: ReportMeasure;
  period?: ReportPeriod;
  better?: ReportDirection;
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
  /**
   * The unit the row is (its code), on every row of a unit: a reader is shown the row only as far as
   * they may see that unit on the report's date (report.scope.ts). Absent on content frozen before
   * rows said so, whose unit rows are then withheld from every reader who does not see everything.
   */
  unit?: string;
  /**
   * A row computed from others: the company-wide BENCHMARK (shown to every role), or the MEAN, MEDIAN
   * or TOTAL of the section's unit rows, recomputed over the rows a reader is shown.
   */
  aggregate?: ReportAggregate;
  /** The figure's part the row gives (a metric's row, a breakdown's part), as on ReportColumn. */
  figure?: ReportFigureRef;
  /** The row's own period (a month of the trend). */
  period?: ReportPeriod;
  /** The direction of the row's metric, by which its change columns are judged (a table of metrics). */
  better?: ReportDirection;
  /**
   * Set on reading only, never stored: the reader sees this unit as a ranked peer (report.scope.ts),
   * so its figures lead to no records it could read.
   */
  peer?: boolean;
}

export type ReportAggregate = 'BENCHMARK' | 'MEAN' | 'MEDIAN' | 'TOTAL';

/**
 * The columns of a section that ranks its unit rows, by key: the value ranked, its rank, and with a
 * comparison the previous value, its rank and the movement. They are what a live ranking shows of a
 * ranked peer (ranking.type.ts), so all a peer's row keeps, and what is re-ranked among the rows shown.
 */
export interface ReportRanking {
  order: 'ASC' | 'DESC';
  value: string;
  rank: string;
  previous?: string;
  previousRank?: string;
  movement?: string;
}

export interface ReportChart {
  kind: 'line' | 'bar';
  title: LocalizedText;
  /** The x axis: months ("2013-01"), categories, units — as labels. */
  categories: string[];
  /** A series of a unit's figures names the unit (its code), as its row does. */
  series: { name: LocalizedText; values: (number | null)[]; unit?: string }[];
}

export interface ReportSection {
  /** Stable key: "metrics", "ranking", "byCategory", "byChannel", "byLine", "trend", "activities", "children", "glossary", … */
  key: string;
  title: LocalizedText;
  columns: ReportColumn[];
  rows: ReportRow[];
  chart?: ReportChart;
  /** A line under the table (definitions, the benchmark's meaning; and what a reader is not shown). */
  note?: LocalizedText;
  /** Set when the section ranks its unit rows. */
  ranked?: ReportRanking;
}

/**
 * What a narrative sentence states beyond the report's own unit: the section whose rows it draws on
 * (so that a reader who is not shown all of them does not read it), and, for the rank among peers,
 * the level named, so it can be said again among the rows shown.
 */
export interface NarrativeSource {
  section: string;
  rank?: { level: UnitLevel };
}

export interface ReportContent {
  template: ReportTemplateKey;
  title: LocalizedText;
  unit: { code: string; name: LocalizedText };
  period: { from: string; to: string };
  comparison: Comparison;
  /** The instant the figures were measured as of (ISO 8601). */
  asOf: string;
  /**
   * Paragraph sentences, in the source document's manner; `sources` has one entry per sentence (the
   * same in both languages), null for a sentence of the unit's own figures. Absent on content frozen
   * before sentences were tagged.
   */
  narrative: { zh: string[]; en: string[]; sources?: (NarrativeSource | null)[] };
  sections: ReportSection[];
  /**
   * The scorecard rule sets (code, version) the content scored with — the period's and the year
   * before's; a submission records them, and a rule set a submitted report used never changes.
   */
  scorecardRuleSets?: { code: string; version: number }[];
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
