import type { Comparison } from '../../../db/domain.js';
import type { Period } from '../../kernel/shanghai-time.js';
import {
  periodsToMeasure,
  type HierarchyBasis,
  type MeasureFilter,
  type MetricKey,
  type MetricReader,
} from '../metrics/index.js';
import type { Unit, UnitOrCode, UnitReader } from '../units/index.js';
import { compareTable, type ComparisonTable } from './compare.service.js';

// "Compare these units on these figures": the compare query and every table of a report that sets
// units side by side (its key figures, its children, the regulator's units) ask here.

export interface CompareUnitsReaders {
  units: UnitReader;
  metrics: MetricReader;
}

/** A figure: a metric under a filter (a report's "assessed" figures are the metric under assessedOnly). */
export interface FigureAsked {
  metric: MetricKey;
  filter?: MeasureFilter;
}

export interface CompareUnitsQuestion {
  units: readonly UnitOrCode[];
  figures: readonly FigureAsked[];
  /** Checked. */
  period: Period;
  comparison: Comparison;
  basis: HierarchyBasis;
  asOf: Date;
}

/**
 * Every figure of every unit and of the company-wide benchmark, each with its comparison period (on
 * the basis's tree), as a table: a column per figure (benchmark, the units' mean and median), a row
 * per unit, both in the order asked. Every figure asks the loader in the same tick: one statement for
 * all units, figures and periods of one filter.
 */
export async function compareUnits(
  readers: CompareUnitsReaders,
  question: CompareUnitsQuestion,
): Promise<ComparisonTable<Unit>> {
  const periods = periodsToMeasure(question.period, question.comparison, question.basis);
  const { current, previous } = periods;
  // HQ first: the benchmark. Every code in one lookup; the first unknown one is named.
  const [hq, units] = await Promise.all([
    readers.units.benchmark(current.at),
    readers.units.requireAll(question.units, current.at),
  ]);
  const before = previous && (await Promise.all(units.map((unit) => readers.units.regrant(unit, previous.at))));
  const subjects = [
    { current: hq, previous: previous && previous.at !== current.at ? await readers.units.benchmark(previous.at) : hq },
    ...units.map((unit, i) => ({ current: unit.grant, previous: before?.[i] ?? unit.grant })),
  ];
  const values = await Promise.all(
    question.figures.map(({ metric, filter }) =>
      readers.metrics.compared(metric, subjects, periods, question.asOf, filter),
    ),
  );
  return compareTable(
    units.map(({ unit }) => unit),
    question.figures.map(({ metric }) => metric),
    values,
  );
}
