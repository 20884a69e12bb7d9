import { CATEGORIES, CHANNELS, LINES, type Category, type Channel, type Line } from '../../../db/domain.js';
import { comparisonPeriod, yearEarlier } from '../metrics/index.js';
import { METRIC_KEYS, METRICS, type MetricKey } from '../metrics/index.js';
import type {
  ReportContent,
  ReportFigureRef,
  ReportMeasure,
  ReportPeriod,
  ReportRow,
  ReportSection,
} from './report.content.js';

// What a cell of a report means beyond its number, read from what its row and column say (pure, for
// every renderer alike): whether a change or a movement is an improvement by its metric's direction,
// and which complaints it counts — the records page's question (unit, hierarchy date, period, metric,
// filter), whose list's total is the figure's numerator. Content frozen before rows and columns said
// what they are has neither: its cells read as numbers, as they always did.

/** A change or movement judged by the metric's direction: 改善 / 恶化 / 持平. */
export type ReportVerdict = 'IMPROVED' | 'WORSE' | 'UNCHANGED';

/** Computed in floating point: a change this small is none. */
const EPSILON = 1e-9;

/**
 * Which sign of a change, change-rate or movement cell's number is an improvement (1 a rise, -1 a
 * fall), by its metric's direction (the column's, else the row's); null for any other cell. A
 * movement is previous rank − rank: in a ranking of the largest first, a positive movement means the
 * value rose among its peers — worse for a lower-is-better metric, so the source's "由第1名降至第3名"
 * (a movement of −2) is an improvement.
 */
export function improvingSign(section: ReportSection, row: ReportRow, index: number): 1 | -1 | null {
  // A row may hold more cells than its section has columns (content is stored JSON): those have none.
  const column = section.columns.at(index);
  const better = column?.better ?? row.better;
  if (!column || (better !== 'LOWER' && better !== 'HIGHER')) return null;
  const rising: 1 | -1 = better === 'HIGHER' ? 1 : -1;
  if (column.measure === 'CHANGE' || column.measure === 'CHANGE_RATE') return rising;
  if (column.measure === 'MOVEMENT')
    return (section.ranked?.order ?? 'DESC') === 'DESC' ? rising : rising === 1 ? -1 : 1;
  return null;
}

/** IMPROVED, WORSE or UNCHANGED for a number in a judged column (see improvingSign); null otherwise. */
export function verdictOf(section: ReportSection, row: ReportRow, index: number): ReportVerdict | null {
  const value = row.cells[index];
  const sign = improvingSign(section, row, index);
  if (sign === null || typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (Math.abs(value) < EPSILON) return 'UNCHANGED';
  return Math.sign(value) === sign ? 'IMPROVED' : 'WORSE';
}

/** The complaints behind a cell: what the records page lists, its total the figure's numerator. */
export interface ReportRecords {
  unit: string;
  /** The hierarchy date: the report's `to`, for the comparison period and a trend's months too (like-for-like). */
  at: string;
  period: ReportPeriod;
  metric: MetricKey;
  assessedOnly: boolean;
  channels: Channel[];
  lines: Line[];
  categories: Category[];
}

/** The measures whose cells are a figure of a period (not a change, a rank, a share or the company's). */
const FIGURES: readonly ReportMeasure[] = ['CURRENT', 'PREVIOUS', 'YEAR_EARLIER'];

const known = <T extends string>(values: readonly T[], list: readonly string[] | undefined): T[] =>
  (list ?? []).filter((value): value is T => (values as readonly string[]).includes(value));

/** A row's part and a column's part of a figure together. */
function figureOf(row: ReportFigureRef | undefined, column: ReportFigureRef | undefined): ReportFigureRef {
  const union = (a?: string[], b?: string[]) => [...new Set([...(a ?? []), ...(b ?? [])])];
  return {
    metric: row?.metric ?? column?.metric,
    assessedOnly: row?.assessedOnly === true || column?.assessedOnly === true,
    channels: union(row?.channels, column?.channels),
    lines: union(row?.lines, column?.lines),
    categories: union(row?.categories, column?.categories),
  };
}

/**
 * The records of a cell that is a count or a ratio of a unit in a period; null for any other cell
 * (a change, a rank, a share, premium or policies, the company's or a mean's row, a ranked peer's row
 * the reader may not read, no value, content that does not say). A row without a unit of its own is
 * the report's unit's (a table of its metrics, its breakdowns, its months).
 */
export function recordsOf(
  content: ReportContent,
  section: ReportSection,
  row: ReportRow,
  index: number,
): ReportRecords | null {
  const column = section.columns.at(index);
  if (!column?.measure || !FIGURES.includes(column.measure)) return null;
  if (typeof row.cells[index] !== 'number' || row.aggregate || row.peer) return null;
  const figure = figureOf(row.figure, column.figure);
  const metric = figure.metric as MetricKey | undefined;
  if (!metric || !METRIC_KEYS.includes(metric) || METRICS[metric].needs.every((group) => group === 'premium'))
    return null;
  const own = column.period ?? row.period ?? content.period;
  let period: ReportPeriod | null = own;
  if (column.measure === 'PREVIOUS') period = comparisonPeriod(own, content.comparison);
  if (column.measure === 'YEAR_EARLIER') period = { from: yearEarlier(own.from), to: yearEarlier(own.to) };
  if (!period) return null;
  return {
    unit: row.unit ?? content.unit.code,
    at: content.period.to,
    period: { from: period.from, to: period.to },
    metric,
    assessedOnly: !!figure.assessedOnly,
    channels: known(CHANNELS, figure.channels),
    lines: known(LINES, figure.lines),
    categories: known(CATEGORIES, figure.categories),
  };
}
