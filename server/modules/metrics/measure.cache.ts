import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import { rows, type Db } from '../../../db/sql.js';
import { NO_FEED, type ChangeFeed } from '../../kernel/change-feed.js';
import { MEASURE_GROUPS, measuresOf, type MeasureGroup, type Measures } from './measure-catalog.repository.js';

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
 * A statement measuring this many scopes or more keeps none of its figures of one instant (an explicit
 * asOf): a page opened at a link's or a report's asOf asks its few figures again in other requests, and
 * those are kept; a whole level's thousands (a county ranking) are kept whole by the response cache,
 * while keeping them scope by scope cost a cold county ranking about a fifth of the server's CPU.
 */
export const KEEP_INSTANTS_UNDER = 100;

/**
 * A cache of measures, which the server makes once and hands to every request's loaders (so two
 * servers in one process, or a test, each have their own). An entry is kept per scope and group,
 * holding the group's measures (the catalog's), which are computed together. Keys name the database, so a cache
 * shared by servers on several databases would never mix them. Figures of one instant are kept apart,
 * in a tenth of the room: a flood of one-off asOfs then churns only those, never the dashboards' entries.
 */
export function createMeasureCache(max = 200_000) {
  const entries = new LRUCache<string, Entry>({ max });
  // How many entries of each instant are kept, so that an instant with none is known without a lookup.
  const instantsKept = new Map<number, number>();
  const instants = new LRUCache<string, Entry>({
    max: Math.max(1, Math.floor(max / 10)),
    dispose: ({ from }) => {
      const left = (instantsKept.get(from) ?? 1) - 1;
      if (left > 0) instantsKept.set(from, left);
      else instantsKept.delete(from);
    },
  });
  // Per data version, the earliest instant an entry of `now` was kept from: an earlier asOf finds none.
  // (The current version is the one last kept, never the least recent of a thousand.)
  const earliest = new LRUCache<string, number>({ max: 1_000 });
  // The explicit instants measured before, a doorkeeper (as W-TinyLFU's in Caffeine): figures of an
  // instant are kept from its second statement on, so one asked once (a link opened once, a cold
  // benchmark's every request) keeps nothing: keeping a province ranking's 76 scopes cost that request
  // about 0.2 ms, for figures nobody would ask for again.
  const sighted = new LRUCache<number, true>({ max: 10_000 });
  // Counted since the cache was made, for the server's metrics (hits and misses per scope and group).
  const counts = { hits: 0, misses: 0 };
  const holds = (entry: Entry | undefined, asOf: number) => entry && entry.from <= asOf && asOf < entry.until;
  /** Whether `keep` keeps figures measured at `asOf` by a statement of this many scopes. */
  const keeps = (asOf: number, now: number, statementScopes: number) =>
    asOf === now || statementScopes < KEEP_INSTANTS_UNDER;
  return {
    /**
     * Whether any entry could hold a figure of this data version at `asOf`: one of `now` kept from an
     * instant at or before it, or one of that very instant. When none could, a batch skips its scopes'
     * lookups, each a key built and hashed (a cold county ranking's 5,041: 1.6 ms and a megabyte): a
     * link's or a report's asOf before every figure kept, a cold benchmark's.
     */
    mayHold(state: DataState, asOf: number): boolean {
      return asOf >= (earliest.get(state.version) ?? Infinity) || instantsKept.has(asOf);
    },

    /** Lookups not made (`mayHold` said none could answer), counted as misses. */
    missed(lookups: number): void {
      counts.misses += lookups;
    },

    keeps,

    /**
     * Whether the figures of a statement at `asOf` are kept: those of `now` always, those of another
     * instant only if a statement measured at it before; notes that one has now. The loader asks it
     * once per statement and instant, before `keep`.
     */
    admits(asOf: number, now: number): boolean {
      if (asOf === now) return true;
      const seen = sighted.has(asOf);
      if (!seen) sighted.set(asOf, true);
      return seen;
    },

    /** The measures of one scope (its key without asOf) and group, if an entry holds for `asOf`. */
    cached(state: DataState, scope: string, group: MeasureGroup, asOf: number): Partial<Measures> | undefined {
      const key = entryKey(state, scope, group);
      const entry = entries.get(key);
      const found = holds(entry, asOf) ? entry : instants.get(key);
      const measures = holds(found, asOf) ? found?.measures : undefined;
      counts[measures ? 'hits' : 'misses'] += 1;
      return measures;
    },

    /** Lookups answered from the cache and not, since it was made. */
    counts: (): Readonly<typeof counts> => ({ ...counts }),

    /**
     * Keeps measures computed at `asOf`: for every asOf up to the horizon when computed at the
     * request's `now`, for exactly that asOf otherwise (no event ahead of another instant is known),
     * apart from the former, and only from a statement of fewer than KEEP_INSTANTS_UNDER scopes.
     */
    keep(
      state: DataState,
      scope: string,
      groups: readonly MeasureGroup[],
      asOf: number,
      now: number,
      measures: Measures,
      /** How many scopes the statement that measured them measured. */
      statementScopes = 1,
    ): void {
      if (!keeps(asOf, now, statementScopes)) return;
      const [kept, until] = asOf === now ? [entries, state.horizon] : [instants, asOf + 1];
      if (asOf === now) earliest.set(state.version, Math.min(earliest.get(state.version) ?? Infinity, asOf));
      for (const group of groups) {
        const part: Partial<Measures> = {};
        for (const name of NAMES[group]) part[name] = measures[name];
        if (kept === instants) instantsKept.set(asOf, (instantsKept.get(asOf) ?? 0) + 1);
        kept.set(entryKey(state, scope, group), { from: asOf, until, measures: part });
      }
    },

    /** Empties it: for tests that count what a request costs when nothing is cached. */
    clear(): void {
      entries.clear();
      instants.clear();
      earliest.clear();
      sighted.clear();
    },
  };
}

/** The measures of each group, by name. */
const NAMES = Object.fromEntries(
  MEASURE_GROUPS.map((group) => [group, measuresOf(group).map(({ name }) => name)]),
) as Record<MeasureGroup, (keyof Measures)[]>;

export type MeasureCache = ReturnType<typeof createMeasureCache>;

// The version names the database and its data; a scope's key and a group's name hold no NUL.
const entryKey = (state: DataState, scope: string, group: MeasureGroup) => `${state.version}\0${scope}\0${group}`;
