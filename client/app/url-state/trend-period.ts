import type { PeriodRange } from './period';

/**
 * The span of a view's monthly trend: the period itself, but at least from 1 January of its end's
 * year, so a month or a quarter is seen against the months before it.
 */
export function trendRange(period: PeriodRange): PeriodRange {
  const yearStart = `${period.to.slice(0, 4)}-01-01`;
  return { from: period.from < yearStart ? period.from : yearStart, to: period.to };
}
