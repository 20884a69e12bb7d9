import type { Period } from '../../kernel/shanghai-time.js';
import { yearEarlier, type MeasureFilter, type MetricKey, type MetricReader } from '../metrics/index.js';
import type { UnitOrCode, UnitReader } from '../units/index.js';
import { buckets, type Granularity } from './trend.service.js';

// "The trend of a unit": the trend query and a report's trend section (and the regulator's months per
// unit) both ask here.

export interface UnitTrendReaders {
  units: UnitReader;
  metrics: MetricReader;
}

export interface UnitTrendQuestion {
  unit: UnitOrCode;
  metric: MetricKey;
  /** Checked. */
  period: Period;
  granularity: Granularity;
  filter?: MeasureFilter;
  asOf: Date;
  /** Each point beside the same dates a year earlier (DOMAIN.md "Trends"); false leaves `previous` null. */
  yearEarlier: boolean;
}

/** A point of a trend: a month, quarter or year clipped to the period, and the same dates a year earlier. */
export interface TrendPoint extends Period {
  value: number | null;
  previous: number | null;
}

/**
 * One point per month, quarter or year the period touches, every point and its year-earlier twin on
 * the tree at the whole period's `to` (like-for-like), asked of the metric reader at once: one statement.
 */
export async function unitTrend(readers: UnitTrendReaders, question: UnitTrendQuestion): Promise<TrendPoint[]> {
  const points = buckets(question.period, question.granularity);
  const { grant } = await readers.units.require(question.unit, question.period.to);
  const scope = { grant, asOf: question.asOf };
  const step = question.yearEarlier ? 2 : 1;
  const requests = points.flatMap((p) => [
    { ...scope, ...p },
    ...(question.yearEarlier ? [{ ...scope, from: yearEarlier(p.from), to: yearEarlier(p.to) }] : []),
  ]);
  const values = await readers.metrics.values(question.metric, requests, question.filter);
  return points.map((p, i) => ({
    ...p,
    value: values[step * i],
    previous: question.yearEarlier ? values[step * i + 1] : null,
  }));
}
