import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import { groupByParts } from '../../kernel/dated-loader.js';
import type { Work } from '../capacity/index.js';
import { recordsCost, rollupCost } from './measure.price.js';
import { measure, type MeasureFilter, type MeasureRequest } from './measure.repository.js';
import { measureFromRollups, rollupsServe, sliceOf } from './rollup.repository.js';
import type { DataState, MeasureCache } from './measure.cache.js';
import { NO_MEASURES, type MeasureGroup, type Measures } from './measure-catalog.repository.js';

export interface MeasureKey {
  request: MeasureRequest;
  filter: MeasureFilter;
  groups: readonly MeasureGroup[];
}

/** The filter as a stable key: lists sorted, empty lists and false dropped (they mean "all"). */
function filterKey(filter: MeasureFilter): string {
  let key = filterKeys.get(filter);
  if (key === undefined) {
    const { channels, lines, categories, assessedOnly } = filter;
    const list = (values?: readonly string[] | null) => (values?.length ? [...values].sort() : null);
    key = JSON.stringify([list(channels), list(lines), list(categories), assessedOnly ?? false]);
    filterKeys.set(filter, key);
  }
  return key;
}

// Keys are made for every scope asked for, thousands in a county ranking, all of one filter object and
// of a few group lists: each is worked out once per object.
const filterKeys = new WeakMap<MeasureFilter, string>();
const groupKeys = new WeakMap<readonly MeasureGroup[], string>();

function groupsKey(groups: readonly MeasureGroup[]): string {
  let key = groupKeys.get(groups);
  if (key === undefined) groupKeys.set(groups, (key = [...groups].sort().join(',')));
  return key;
}

/**
 * Per-request loader of base measures: every scope asked for in one tick with the same filter is
 * measured in ONE statement (the union of the groups they need; a key gets the measures of those groups,
 * which hold its own, and no others), whichever queries asked: from the
 * rollups when they serve the filter (none, or one dimension's values), from the records otherwise.
 * Measures found in the server's cache for the data's current version are not measured again, and
 * those measured are kept there (a statement of KEEP_INSTANTS_UNDER scopes or more keeps none of an
 * explicit asOf); the version is read once per request. Each statement is priced first and charged to
 * the request's work (refused past its limit, queued in the heavy lanes when heavy); reading from the
 * records costs one more statement per batch, the estimate.
 */
export function createMetricLoaders(
  db: Db,
  now: Date,
  work: Work,
  cache: MeasureCache,
  /** The data's state for this request (read at most once per request, none when the server holds it). */
  dataState: () => Promise<DataState>,
) {
  const measures = new DataLoader<MeasureKey, Measures, string>(
    async (keys) => {
      const data = await dataState();
      const found: Measures[] = new Array<Measures>(keys.length);
      // By filter, the scopes the cache does not hold, each with its key (made once: a county ranking
      // asks for 5,040 scopes, and each key is a string built and hashed).
      const byFilter = new Map<string, { filter: MeasureFilter; missing: Asked[] }>();
      keys.forEach((key, i) => {
        const filter = filterKey(key.filter);
        const scope = scopeKey(key.request, filter);
        const hit = fromCache(cache, data, scope, key);
        if (hit) {
          found[i] = hit;
          return;
        }
        let batch = byFilter.get(filter);
        if (!batch) byFilter.set(filter, (batch = { filter: key.filter, missing: [] }));
        batch.missing.push({ key, i, scope });
      });
      const statements = [...byFilter.values()].map(({ filter, missing }) => {
        // One scope asked for by several queries with different groups is measured once, for all of them
        // (grouped by its parts, the unit last, as a level's scopes share the rest: not by its key's text).
        const scopes = groupByParts(missing, ({ key: { request: r } }) => [
          r.at,
          r.from,
          r.to,
          r.asOf.getTime(),
          r.rootId,
        ]);
        const groups = [...new Set(missing.flatMap(({ key }) => key.groups))];
        return { filter, groups, scopes, requests: scopes.map((asked) => asked[0].key.request) };
      });
      const costs = await price(statements);
      await Promise.all(
        statements.map(async ({ filter, groups, scopes, requests }, k) => {
          const measured = await work.run(costs[k], () =>
            (rollupsServe(filter, groups) ? measureFromRollups : measure)(db, requests, filter, groups),
          );
          scopes.forEach((asked, j) => {
            const { key, scope } = asked[0];
            cache.keep(data, scope, groups, key.request.asOf.getTime(), now.getTime(), measured[j], requests.length);
            for (const { i } of asked) found[i] = measured[j];
          });
        }),
      );
      return found;
    },
    {
      cacheKeyFn: ({ request, filter, groups }) => `${requestKey(request)}|${filterKey(filter)}|${groupsKey(groups)}`,
    },
  );

  /**
   * Each statement's price, charged to the request before any runs: the rollup rows it reads, and for
   * one from the records the complaints it would read (one estimate for all of them).
   */
  async function price(
    statements: readonly { filter: MeasureFilter; groups: MeasureGroup[]; requests: MeasureRequest[] }[],
  ) {
    const costs = statements.map(({ requests, filter, groups }) =>
      rollupCost(requests, rollupsServe(filter, groups) ? (sliceOf(filter)?.values.length ?? 1) : 1),
    );
    work.charge(sum(costs), 'these figures');
    const fromRecords = statements.flatMap((statement, k) =>
      rollupsServe(statement.filter, statement.groups) ? [] : [k],
    );
    if (fromRecords.length === 0) return costs;
    const reads = await recordsCost(
      db,
      fromRecords.map((k) => statements[k]),
    );
    work.charge(sum(reads), 'these figures, filtered by channel, line or category,');
    fromRecords.forEach((k, n) => (costs[k] += reads[n]));
    return costs;
  }

  return { measures };
}

/** A key the cache does not hold, with its place in the batch and its scope's cache key. */
interface Asked {
  key: MeasureKey;
  i: number;
  scope: string;
}

/** The measures of a key's groups when the cache holds every one of them (each looked up, for the cache's counts). */
function fromCache(cache: MeasureCache, data: DataState, scope: string, { request, groups }: MeasureKey) {
  const asOf = request.asOf.getTime();
  const parts = groups.map((group) => cache.cached(data, scope, group, asOf));
  if (parts.some((part) => part === undefined)) return undefined;
  return Object.assign({ ...NO_MEASURES }, ...parts) as Measures;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

// A unit's id and ISO dates hold no "|", so the joined parts cannot run into each other.
function requestKey(r: MeasureRequest): string {
  return `${r.rootId}|${r.at}|${r.from}|${r.to}|${r.asOf.getTime()}`;
}

/** A scope without its asOf, with its filter's key: what a cache entry is for. */
function scopeKey(r: MeasureRequest, filter: string): string {
  return `${r.rootId}|${r.at}|${r.from}|${r.to}|${filter}`;
}
