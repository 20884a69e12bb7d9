import type { Comparison } from '../../../db/domain.js';
import { omit } from '../../kernel/omit.js';
import type { Period } from '../../kernel/shanghai-time.js';
import type { Grant } from '../access/index.js';
import {
  METRICS,
  periodsToMeasure,
  type Compared,
  type MeasureFilter,
  type MetricEntry,
  type MetricKey,
  type MetricReader,
} from '../metrics/index.js';
import type { Unit, UnitOrCode, UnitReader } from '../units/index.js';
import {
  checkSplittable,
  childParts,
  paretoItems,
  vocabularyParts,
  type BreakdownDimension,
  type Part,
  type Shares,
} from './breakdown.service.js';

// "Break a figure down": the breakdown query and a report's breakdown sections (the branch's Pareto
// tables, the regulator's units by channel, line and category) ask here.

export interface BreakDownReaders {
  units: UnitReader;
  metrics: MetricReader;
}

export interface BreakDownQuestion {
  unit: UnitOrCode;
  metric: MetricKey;
  /** Checked; both periods are measured on the tree at its `to`. */
  period: Period;
  by: BreakdownDimension;
  filter?: MeasureFilter;
  comparison: Comparison;
  asOf: Date;
}

/** A part of the figure, compared, with its share of the parts' sum (additive metrics only). */
export type BreakdownItem = Omit<Part<Unit, Grant>, 'root'> & Compared & Shares;

export interface Breakdown {
  unit: Unit;
  metric: MetricEntry;
  by: BreakdownDimension;
  /** The unit's own figure with the company-wide benchmark (by CHILD_UNIT the items need not add up to it). */
  total: Compared & { metric: MetricKey; benchmark: number | null };
  /** Largest value first, no value last, ties by key. */
  items: BreakdownItem[];
}

/**
 * The unit's figure split into the parts of the dimension (each vocabulary value, or each child's
 * subtree), each compared, in Pareto order, beside the unit's total and the benchmark. Asked
 * together: one statement per distinct filter (each vocabulary value is one; children share one).
 */
export async function breakDown(readers: BreakDownReaders, question: BreakDownQuestion): Promise<Breakdown> {
  const { metric, by, filter, asOf } = question;
  checkSplittable(metric, by);
  const periods = periodsToMeasure(question.period, question.comparison, 'PERIOD_END');
  const at = periods.current.at;
  const [subject, hq] = await Promise.all([readers.units.require(question.unit, at), readers.units.benchmark(at)]);
  const parts =
    by === 'CHILD_UNIT'
      ? childParts(await readers.units.childrenOf(subject), filter)
      : vocabularyParts(by, subject.grant, filter);
  // On the tree of the period's end for both periods: one grant serves both.
  const both = (grant: Grant) => ({ current: grant, previous: grant });
  const [[total, benchmark], ...values] = await Promise.all([
    readers.metrics.compared(metric, [both(subject.grant), both(hq)], periods, asOf, filter),
    ...parts.map((part) => readers.metrics.compared(metric, [both(part.root)], periods, asOf, part.filter)),
  ]);
  const items = paretoItems(
    parts.map((part, i) => ({ ...omit(part, 'root'), ...values[i][0] })),
    METRICS[metric].additive,
  );
  return {
    unit: subject.unit,
    metric: METRICS[metric],
    by,
    total: { metric, ...total, benchmark: benchmark.value },
    items,
  };
}
