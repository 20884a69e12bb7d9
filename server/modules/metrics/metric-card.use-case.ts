import type { Comparison } from '../../../db/domain.js';
import type { Period } from '../../kernel/shanghai-time.js';
import type { UnitOrCode, UnitReader } from '../units/index.js';
import type { MeasureFilter } from './measure.repository.js';
import type { MetricKey } from './metric-registry.js';
import type { GrantedMeasure, MetricReader } from './metric.reader.js';
import { compare, periodsToMeasure, type Compared, type HierarchyBasis } from './metric.service.js';

// "A unit's metric card": the metric query's value with its comparison and the company-wide benchmark.

export interface MetricCardReaders {
  units: UnitReader;
  metrics: MetricReader;
}

export interface MetricCardQuestion {
  unit: UnitOrCode;
  metric: MetricKey;
  /** Checked. */
  period: Period;
  filter?: MeasureFilter;
  comparison: Comparison;
  basis: HierarchyBasis;
  asOf: Date;
}

export interface MetricCard extends Compared {
  metric: MetricKey;
  /** The same metric for the whole company (HQ's subtree), pooled, on the current period. */
  benchmark: number | null;
}

/** The unit on the period's tree, its comparison period on the basis's tree, the benchmark beside: one statement. */
export async function metricCard(readers: MetricCardReaders, question: MetricCardQuestion): Promise<MetricCard> {
  const { current, previous } = periodsToMeasure(question.period, question.comparison, question.basis);
  const [subject, hq] = await Promise.all([
    readers.units.require(question.unit, current.at),
    readers.units.benchmark(current.at),
  ]);
  const at = { asOf: question.asOf };
  const requests: GrantedMeasure[] = [
    { ...current, ...at, grant: subject.grant },
    { ...current, ...at, grant: hq },
  ];
  if (previous) requests.push({ ...previous, ...at, grant: await readers.units.regrant(subject, previous.at) });
  const [value, benchmark, previousValue = null] = await readers.metrics.values(
    question.metric,
    requests,
    question.filter,
  );
  return { metric: question.metric, ...compare(value, previous ? previousValue : null), benchmark };
}
