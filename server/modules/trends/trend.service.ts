import { badInput } from '../../errors.js';
import type { Period } from '../../kernel/shanghai-time.js';

// Buckets of a trend (DOMAIN.md, "Trends"): one per month, quarter or year the period touches, each
// clipped to the period. Pure.

export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';

const MONTHS: Record<Granularity, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };
const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/** The most points a series may have: 50 years of months. */
export const MAX_SERIES_POINTS = 600;

export function buckets(period: Period, granularity: Granularity): Period[] {
  const size = MONTHS[granularity];
  const [fromYear, fromMonth] = period.from.split('-').map(Number);
  const [toYear, toMonth] = period.to.split('-').map(Number);
  // month index (0-based) where the bucket containing `from` starts
  let month = fromYear * 12 + Math.floor((fromMonth - 1) / size) * size;
  const points = Math.floor((toYear * 12 + toMonth - 1 - month) / size) + 1;
  if (points > MAX_SERIES_POINTS) {
    throw badInput(
      `a series of ${points} points is more than the ${MAX_SERIES_POINTS} one may have: choose a shorter period or a coarser granularity`,
    );
  }
  const result: Period[] = [];
  for (;;) {
    const start = iso(Math.floor(month / 12), month % 12, 1);
    if (start > period.to) return result;
    const end = iso(Math.floor((month + size) / 12), (month + size) % 12, 0);
    result.push({ from: start < period.from ? period.from : start, to: end > period.to ? period.to : end });
    month += size;
  }
}
