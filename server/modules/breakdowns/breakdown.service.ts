import { CATEGORIES, CHANNELS, LINES } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import { CATEGORY_LABELS, CHANNEL_LABELS, LINE_LABELS, type Label } from '../vocabulary/index.js';
import { METRICS, ratio, type Compared, type MeasureFilter, type MetricKey } from '../metrics/index.js';

// The pure parts of a breakdown: which parts a unit's figure splits into, and their Pareto order and shares.

export const BREAKDOWN_DIMENSIONS = ['CHANNEL', 'LINE', 'CATEGORY', 'CHILD_UNIT'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
type Vocabulary = Exclude<BreakdownDimension, 'CHILD_UNIT'>;

interface VocabularySplit {
  field: 'channels' | 'lines' | 'categories';
  values: readonly string[];
  labels: Record<string, Label>;
}

const VOCABULARIES: Record<Vocabulary, VocabularySplit> = {
  CHANNEL: { field: 'channels', values: CHANNELS, labels: CHANNEL_LABELS },
  LINE: { field: 'lines', values: LINES, labels: LINE_LABELS },
  CATEGORY: { field: 'categories', values: CATEGORIES, labels: CATEGORY_LABELS },
};

/** A part of a unit's figure: the subtree (`root`, as the scope granted it) and the filter that measure it, and how it is named. */
export interface Part<U, R> {
  key: string;
  labelZh: string;
  labelEn: string | null;
  unit: U | null;
  root: R;
  filter: MeasureFilter;
}

/** Premium rows have a line but no channel or category, so a premium-only metric splits by neither. */
export function checkSplittable(key: MetricKey, by: BreakdownDimension): void {
  const premiumOnly = METRICS[key].needs.every((group) => group === 'premium');
  if (premiumOnly && (by === 'CHANNEL' || by === 'CATEGORY')) {
    throw badInput(`${key} cannot be broken down by ${by}: premium is recorded by unit, month and line only`);
  }
}

/** Every value of the vocabulary, in its order, or only those of the filter's own list when it has one. */
export function vocabularyParts<R>(by: Vocabulary, root: R, filter: MeasureFilter = {}): Part<never, R>[] {
  const { field, values, labels } = VOCABULARIES[by];
  const asked: readonly string[] | null | undefined = filter[field];
  return values
    .filter((value) => !asked?.length || asked.includes(value))
    .map((value) => ({
      key: value,
      labelZh: labels[value].zh,
      labelEn: labels[value].en,
      unit: null,
      root,
      filter: { ...filter, [field]: [value] },
    }));
}

/** One part per child unit, each its own subtree under the same filter. */
export function childParts<U extends { code: string; nameZh: string; nameEn: string | null }, R>(
  children: readonly { unit: U; grant: R }[],
  filter: MeasureFilter = {},
): Part<U, R>[] {
  return children.map(({ unit, grant }) => ({
    key: unit.code,
    labelZh: unit.nameZh,
    labelEn: unit.nameEn,
    unit,
    root: grant,
    filter,
  }));
}

function byValueThenKey(a: { key: string; value: number | null }, b: { key: string; value: number | null }): number {
  if (a.value !== b.value) {
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return b.value - a.value;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface Shares {
  share: number | null;
  cumulativeShare: number | null;
}

/**
 * Largest value first, no value last, ties by key. For an additive metric, share = value ÷ the sum of
 * the items' values and cumulativeShare the running share in this order (null when the sum is 0);
 * for a ratio both are null.
 */
export function paretoItems<T extends { key: string } & Compared>(
  items: readonly T[],
  additive: boolean,
): (T & Shares)[] {
  const sorted = [...items].sort(byValueThenKey);
  const sum = sorted.reduce((total, item) => total + (item.value ?? 0), 0);
  let running = 0;
  return sorted.map((item) => {
    running += item.value ?? 0;
    const share = additive && item.value !== null ? ratio(item.value, sum) : null;
    return { ...item, share, cumulativeShare: share === null ? null : ratio(running, sum) };
  });
}
