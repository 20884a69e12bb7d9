import DataLoader from 'dataloader';

export interface DatedKey {
  id: number;
  date: string;
}

/**
 * A DataLoader for facts about units at a date (the tree is time-versioned). Keys asked for in one
 * tick are grouped by date, and each date costs one statement for all its units.
 */
export function datedLoader<V>(
  fetch: (ids: number[], date: string) => Promise<ReadonlyMap<number, V | undefined>>,
  missing: () => V,
): DataLoader<DatedKey, V, string> {
  return new DataLoader<DatedKey, V, string>(
    async (keys) => {
      const idsByDate = groupBy(keys, (key) => key.date);
      const found = new Map<string, ReadonlyMap<number, V | undefined>>();
      await Promise.all(
        [...idsByDate].map(async ([date, dated]) =>
          found.set(date, await fetch([...new Set(dated.map((key) => key.id))], date)),
        ),
      );
      return keys.map(({ id, date }) => found.get(date)?.get(id) ?? missing());
    },
    { cacheKeyFn: ({ id, date }) => `${id}@${date}` },
  );
}

/** Groups rows into a map of lists by a key, in linear time (a batch may hold tens of thousands of keys). */
export function groupBy<R, K>(list: readonly R[], key: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of list) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Groups rows by a key of several parts, in the order each group is first seen, without building a
 * string per row: a nested map per part (a county ranking groups 5,041 scopes twice, and its
 * `${a}|${b}|…` keys, each built and hashed, were most of that time: 2-4 -> 0.3-0.6 ms a grouping).
 * Parts shared by many rows go first (one map each), the part that tells most rows apart last. Rows
 * come in runs sharing every part but the last (a ranking's scopes: one period's peers, then the
 * other's): a row whose other parts are those of the row before it goes straight to that row's last
 * map (0.25 ms less a grouping of 5,041), and one whose whole key is the row before's to its group.
 * Every key has the same number of parts.
 */
export function groupByParts<R>(list: readonly R[], parts: (row: R) => readonly (string | number)[]): R[][] {
  const root = new Map<string | number, unknown>();
  const groups: R[][] = [];
  let previous: readonly (string | number)[] | undefined;
  let leaf = root;
  let group: R[] | undefined;
  for (const row of list) {
    const key = parts(row);
    const last = key.length - 1;
    // `===` where the maps compare by SameValueZero: they differ only for NaN, which then takes the maps' way
    let sameLeaf = previous !== undefined;
    for (let i = 0; sameLeaf && i < last; i += 1) sameLeaf = key[i] === previous?.[i];
    if (!sameLeaf) {
      leaf = root;
      for (let i = 0; i < last; i += 1) {
        let next = leaf.get(key[i]) as Map<string | number, unknown> | undefined;
        if (!next) leaf.set(key[i], (next = new Map()));
        leaf = next;
      }
    }
    if (!sameLeaf || group === undefined || key[last] !== previous?.[last]) {
      group = leaf.get(key[last]) as R[] | undefined;
      if (!group) {
        leaf.set(key[last], (group = []));
        groups.push(group);
      }
    }
    group.push(row);
    previous = key;
  }
  return groups;
}
