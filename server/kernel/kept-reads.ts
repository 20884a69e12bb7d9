import { LRUCache } from 'lru-cache';
import { NO_FEED, type Channel, type ChangeFeed } from './change-feed.js';

/**
 * Rows read from the database and kept across requests while the change feed says nothing they come
 * from changed (`channel`): each key is read once per change, whichever request asks. A read that a
 * change overtook is served to its request but not kept, as it may predate the change; without a
 * listening feed nothing is kept and every key is read.
 */
export function createKeptReads(feed: ChangeFeed = NO_FEED, channel: Channel = 'data', max = 100_000) {
  // Boxed: a key read and found absent is kept too (undefined), and LRUCache holds no undefined.
  const kept = new LRUCache<string, { value: unknown }>({ max });
  let keptMark: number | undefined;
  return {
    /** The value of each key (kept, or read by `read`, which answers for the keys it is given; one it leaves out is absent). */
    async many<K, V>(
      keys: readonly K[],
      keyOf: (key: K) => string,
      read: (missing: K[]) => Promise<ReadonlyMap<K, V>>,
    ): Promise<ReadonlyMap<K, V | undefined>> {
      const mark = feed.mark(channel);
      if (mark === undefined) return read([...keys]);
      if (mark !== keptMark) {
        kept.clear();
        keptMark = mark;
      }
      const found = new Map<K, V | undefined>();
      const missing: K[] = [];
      for (const key of keys) {
        const hit = kept.get(keyOf(key));
        if (hit) found.set(key, hit.value as V | undefined);
        else missing.push(key);
      }
      if (missing.length === 0) return found;
      const read_ = await read(missing);
      const keep = feed.holds(channel, mark) && keptMark === mark;
      for (const key of missing) {
        const value = read_.get(key);
        found.set(key, value);
        if (keep) kept.set(keyOf(key), { value });
      }
      return found;
    },

    /** One value, kept under `key`. */
    async one<V>(key: string, read: () => Promise<V>): Promise<V> {
      const found = await this.many(
        [key],
        (k) => k,
        async () => new Map([[key, await read()]]),
      );
      return found.get(key) as V;
    },

    /** Empties it: for tests that count what a request costs when nothing is kept. */
    clear(): void {
      kept.clear();
    },
  };
}

export type KeptReads = ReturnType<typeof createKeptReads>;
