import { badInput } from '../../errors.js';
import { METRICS, type Compared, type MetricEntry, type MetricKey } from '../metrics/index.js';
import { mean, median } from '../rankings/index.js';

// The pure parts of a comparison table: the limits of its lists, and its cells from compared values.

export const MAX_UNITS = 50;
export const MAX_METRICS = 12;

function checkList(what: 'unit' | 'metric', values: readonly string[], max: number): void {
  if (values.length < 1 || values.length > max) {
    throw badInput(`compare takes 1 to ${max} ${what}s, not ${values.length}`);
  }
  const twice = values.find((value, i) => values.indexOf(value) !== i);
  if (twice !== undefined) throw badInput(`compare lists ${what} "${twice}" twice`);
}

/** 1 to 50 units and 1 to 12 metrics, none twice; the error names what is wrong. */
export function checkCompareLists(units: readonly string[], metrics: readonly string[]): void {
  checkList('unit', units, MAX_UNITS);
  checkList('metric', metrics, MAX_METRICS);
}

/** A figure compared, beside the company-wide benchmark's value. */
export interface CompareCell extends Compared {
  metric: MetricKey;
  benchmark: number | null;
}

/** A column per metric (the benchmark with its own comparison, the units' mean and median), a row per unit. */
export interface ComparisonTable<U> {
  columns: { metric: MetricEntry; benchmark: CompareCell; peerMean: number | null; peerMedian: number | null }[];
  rows: { unit: U; values: CompareCell[] }[];
}

const cell = (metric: MetricKey, value: Compared, benchmark: Compared): CompareCell => ({
  metric,
  ...value,
  benchmark: benchmark.value,
});

/**
 * The table from each metric's compared values, `values[m]` being the benchmark (HQ's subtree) and
 * then the units in order: a column per metric, a row per unit, both in the order asked.
 */
export function compareTable<U>(
  units: readonly U[],
  metrics: readonly MetricKey[],
  values: readonly (readonly Compared[])[],
): ComparisonTable<U> {
  const columns = metrics.map((metric, m) => {
    const [benchmark, ...peers] = values[m];
    const now = peers.map((peer) => peer.value);
    return {
      metric: METRICS[metric],
      benchmark: cell(metric, benchmark, benchmark),
      peerMean: mean(now),
      peerMedian: median(now),
    };
  });
  const rows = units.map((unit, u) => ({
    unit,
    values: metrics.map((metric, m) => cell(metric, values[m][1 + u], values[m][0])),
  }));
  return { columns, rows };
}
