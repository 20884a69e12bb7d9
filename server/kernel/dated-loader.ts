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
 * string per row: a nested map per part (`${a}|${b}|…` keys, each built and hashed, cost a grouping of
 * 5,041 rows 2-4 ms where the maps take 0.3-0.6).
 * Parts shared by many rows go first (one map each), the part that tells most rows apart last.
 */
export function groupByParts<R>(list: readonly R[], parts: (row: R) => readonly (string | number)[]): R[][] {
  const root = new Map<string | number, unknown>();
  const groups: R[][] = [];
  for (const row of list) {
    const key = parts(row);
    let node = root;
    for (let i = 0; i < key.length - 1; i += 1) {
      let next = node.get(key[i]) as Map<string | number, unknown> | undefined;
      if (!next) node.set(key[i], (next = new Map()));
      node = next;
    }
    let group = node.get(key[key.length - 1]) as R[] | undefined;
    if (!group) {
      node.set(key[key.length - 1], (group = []));
      groups.push(group);
    }
    group.push(row);
  }
  return groups;
}
