// Ranking rules of DOMAIN.md, pure: ties share a rank and skip (1, 2, 2, 4); no value, no rank;
// movement = previousRank − rank; the peers' unweighted mean and median.

export type SortOrder = 'ASC' | 'DESC';

/** The values there are (NaN, which no metric should give, counts as none rather than sorting first). */
const present = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null && !Number.isNaN(v));

/** The rank of each value in the given order; ties share a rank and the next is skipped; null stays unranked. */
export function ranks(values: readonly (number | null)[], order: SortOrder): (number | null)[] {
  // A value's rank is 1 + the number of values strictly better, counted by binary search in the values
  // sorted (n log n, for rankings of thousands of counties). A typed array sorts numbers without calling
  // a comparator per pair (a county ranking's 2,520 values, twice per request), and the counts need no
  // map of values (whose 2,520 keys were numbers on the heap).
  const ascending = Float64Array.from(present(values)).sort();
  return values.map((value) => {
    if (value === null || Number.isNaN(value)) return null;
    const better = order === 'ASC' ? below(ascending, value) : ascending.length - below(ascending, value, true);
    return better + 1;
  });
}

/** How many values of an ascending array lie below `value` (or at or below it, `orEqual`). */
function below(ascending: Float64Array, value: number, orEqual = false): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle] < value || (orEqual && ascending[middle] === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** previousRank − rank: positive when the unit moved up; null if either rank is. */
export function movement(rank: number | null, previousRank: number | null): number | null {
  return rank === null || previousRank === null ? null : previousRank - rank;
}

/** Unweighted mean of the values there are; null when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  const list = present(values);
  return list.length === 0 ? null : list.reduce((sum, v) => sum + v, 0) / list.length;
}

/** Median of the values there are (an even count: the mean of the two middle ones); null when none. */
export function median(values: readonly (number | null)[]): number | null {
  const list = Float64Array.from(present(values)).sort();
  if (list.length === 0) return null;
  const middle = Math.floor(list.length / 2);
  return list.length % 2 === 1 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}

export interface RankedRow<U> {
  unit: U;
  value: number | null;
  rank: number | null;
  previousValue: number | null;
  previousRank: number | null;
  movement: number | null;
}

/** Rows for the peers, best first, the unranked last (then in the peers' given order). */
export function rankRows<U>(
  peers: readonly U[],
  values: readonly (number | null)[],
  previousValues: readonly (number | null)[],
  order: SortOrder,
): RankedRow<U>[] {
  const current = ranks(values, order);
  const previous = ranks(previousValues, order);
  // Places sorted by (rank, given order), each as one number rank × width + place in a typed array
  // (no comparator call per pair; the unranked after every rank), then the rows made once.
  const width = peers.length + 1;
  const keys = new Float64Array(peers.length);
  for (let i = 0; i < peers.length; i += 1) keys[i] = (current[i] ?? width) * width + i;
  keys.sort();
  return Array.from(keys, (key) => {
    const i = key % width;
    return {
      unit: peers[i],
      value: values[i],
      rank: current[i],
      previousValue: previousValues[i],
      previousRank: previous[i],
      movement: movement(current[i], previous[i]),
    };
  });
}
