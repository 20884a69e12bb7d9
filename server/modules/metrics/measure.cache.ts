import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import { rows, type Db } from '../../../db/sql.js';
import { NO_FEED, type ChangeFeed } from '../../kernel/change-feed.js';
import { measuresOf, type MeasureGroup, type Measures } from './measure-catalog.repository.js';

// Measures kept in memory across requests, for dashboards that many people open at once. An entry
// is served only while the data it was computed from is unchanged (its key holds the data's version,
// read once per request), and only for an asOf at which its figures are the same: the figures of a
// scope depend on asOf only through the complaint events (receipt, closure, deadline passed) between
// two instants, so those computed at `now` hold for every asOf from `now` up to the next such event.

/** The data as a request finds it: its version, and the next instant after `now` an event happens. */
export interface DataState {
  version: string;
  /** Epoch milliseconds; Infinity when no event lies ahead. */
  horizon: number;
}

export async function readDataState(db: Db, now: Date): Promise<DataState> {
  const [state] = await rows(
    db,
    sql<{ version: string; horizon: number | null }>`select
        current_database() || ':' || d.instance || ':' || d.version || ':' || d.xmin as version,
        1000 * extract(epoch from least((select min(received_at) from complaint where received_at > ${now.toISOString()}::timestamptz),
              (select min(closed_at) from complaint where closed_at > ${now.toISOString()}::timestamptz),
              (select min(due_at) from complaint where due_at >= ${now.toISOString()}::timestamptz)
                + interval '1 microsecond'))::float8 as horizon
      from data_version d`,
  );
  return { version: state.version, horizon: state.horizon ?? Infinity };
}

/**
 * The data's state as the server process last read it, kept while the change feed says nothing was
 * written since (the version is notified at every write's commit, and this process's own writes
 * forget it at once) and until the next event: a request reads it from PostgreSQL (one statement) only
 * after a change, once the clock passes the horizon, or while the feed is not listening.
 */
export function createDataStates(feed: ChangeFeed = NO_FEED) {
  let held: { mark: number; readAt: number; state: DataState } | undefined;
  return {
    async at(db: Db, now: Date): Promise<DataState> {
      const at = now.getTime();
      // Read at or before `now` (no event in between was missed), and no event since up to now.
      if (held && feed.holds('data', held.mark) && held.readAt <= at && at < held.state.horizon) return held.state;
      const mark = feed.mark('data');
      const state = await readDataState(db, now);
      // Kept only if nothing was notified while it was read (it may predate that write).
      if (mark !== undefined && feed.holds('data', mark)) held = { mark, readAt: at, state };
      return state;
    },
    /** Forgets it: for tests that count what a request costs when nothing is kept. */
    clear(): void {
      held = undefined;
    },
  };
}

export type DataStates = ReturnType<typeof createDataStates>;

interface Entry {
  /** The asOf instants (epoch ms) the figures hold for: [from, until). */
  from: number;
  until: number;
  measures: Partial<Measures>;
}

/**
 * A cache of measures, which the server makes once and hands to every request's loaders (so two
 * servers in one process, or a test, each have their own). An entry is kept per scope and group,
 * holding the group's measures (the catalog's), which are computed together. Keys name the database, so a cache
 * shared by servers on several databases would never mix them.
 */
export function createMeasureCache(max = 200_000) {
  const entries = new LRUCache<string, Entry>({ max });
  // Counted since the cache was made, for the server's metrics (hits and misses per scope and group).
  const counts = { hits: 0, misses: 0 };
  return {
    /** The measures of one scope (its key without asOf) and group, if an entry holds for `asOf`. */
    cached(state: DataState, scope: string, group: MeasureGroup, asOf: number): Partial<Measures> | undefined {
      const entry = entries.get(entryKey(state, scope, group));
      const found = entry && entry.from <= asOf && asOf < entry.until ? entry.measures : undefined;
      counts[found ? 'hits' : 'misses'] += 1;
      return found;
    },

    /** Lookups answered from the cache and not, since it was made. */
    counts: (): Readonly<typeof counts> => ({ ...counts }),

    /**
     * Keeps measures computed at `asOf`: for every asOf up to the horizon when computed at the
     * request's `now`, for exactly that asOf otherwise (no event ahead of another instant is known).
     * A figure of one instant never takes the place of an entry that still holds for now: a report's
     * or a link's explicit asOf would otherwise make the dashboards' next request measure again.
     */
    keep(
      state: DataState,
      scope: string,
      groups: readonly MeasureGroup[],
      asOf: number,
      now: number,
      measures: Measures,
    ): void {
      const until = asOf === now ? state.horizon : asOf + 1;
      for (const group of groups) {
        const key = entryKey(state, scope, group);
        const held = asOf === now ? undefined : entries.peek(key);
        if (held && held.until - held.from > 1 && now < held.until) continue;
        const part = Object.fromEntries(
          measuresOf(group).map(({ name }) => [name, measures[name]]),
        ) as Partial<Measures>;
        entries.set(key, { from: asOf, until, measures: part });
      }
    },

    /** Empties it: for tests that count what a request costs when nothing is cached. */
    clear(): void {
      entries.clear();
    },
  };
}

export type MeasureCache = ReturnType<typeof createMeasureCache>;

// The version names the database and its data; a scope's key and a group's name hold no NUL.
const entryKey = (state: DataState, scope: string, group: MeasureGroup) => `${state.version}\0${scope}\0${group}`;
