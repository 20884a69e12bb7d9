import type { Comparison } from '../../../db/domain.js';
import type { Period } from '../../kernel/shanghai-time.js';

// Comparisons (DOMAIN.md, "Time" and "Metrics"): pure functions of dates and numbers.

export type HierarchyBasis = 'PERIOD_END' | 'EACH_PERIOD';

const DAY = 86_400_000;
const toDays = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDays = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);

/** The same date one year earlier; 29 February maps to 28 February. */
export function yearEarlier(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) - 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

/** YOY: the same dates a year earlier; PREVIOUS: as many days, ending the day before `from`; NONE: none. */
export function comparisonPeriod(period: Period, compare: Comparison): Period | null {
  if (compare === 'NONE') return null;
  if (compare === 'YOY') return { from: yearEarlier(period.from), to: yearEarlier(period.to) };
  const length = toDays(period.to) - toDays(period.from) + 1;
  return { from: fromDays(toDays(period.from) - length), to: fromDays(toDays(period.from) - 1) };
}

/** The date of the tree a comparison period is measured on: the current `to` (like-for-like) or its own. */
export function hierarchyDate(current: Period, measured: Period, basis: HierarchyBasis): string {
  return basis === 'PERIOD_END' ? current.to : measured.to;
}

export interface Compared {
  value: number | null;
  previous: number | null;
  change: number | null;
  changeRate: number | null;
}

/** change = value − previous (null if either is); changeRate = change ÷ previous (null when previous is 0 or null). */
export function compare(value: number | null, previous: number | null): Compared {
  if (value === null || previous === null) return { value, previous, change: null, changeRate: null };
  const change = value - previous;
  return { value, previous, change, changeRate: previous === 0 ? null : change / previous };
}

export interface MeasuredPeriod extends Period {
  /** The date of the tree the period is measured on. */
  at: string;
}

/** The current period on the tree at its `to`, and its comparison period (null for NONE) on the basis's tree. */
export function periodsToMeasure(
  period: Period,
  comparison: Comparison,
  basis: HierarchyBasis,
): { current: MeasuredPeriod; previous: MeasuredPeriod | null } {
  const previous = comparisonPeriod(period, comparison);
  return {
    current: { ...period, at: period.to },
    previous: previous && { ...previous, at: hierarchyDate(period, previous, basis) },
  };
}
