import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import type { Work } from '../capacity/index.js';
import { recordsCost, rollupCost } from './measure.price.js';
import { distinctScopes } from './measure-shapes.js';
import { measure, type MeasureFilter, type MeasureRequest } from './measure.repository.js';
import { measureFromRollups, rollupsServe, sliceOf } from './rollup.repository.js';
import type { DataState, MeasureCache } from './measure.cache.js';
import { NO_MEASURES, type MeasureGroup, type Measures } from './measure-catalog.repository.js';

/** Scopes asked for together (a ranking's thousands, or one), with the filter and groups to measure. */
export interface MeasureAsk {
  requests: readonly MeasureRequest[];
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

// Worked out once per filter object (a request's queries share theirs).
const filterKeys = new WeakMap<MeasureFilter, string>();

/**
 * Per-request loader of base measures: every scope asked for in one tick with the same filter is
 * measured in ONE statement (the union of the groups they need; an ask gets the measures of those
 * groups, which hold its own, and no others), whichever queries asked: from the
 * rollups when they serve the filter (none, or one dimension's values), from the records otherwise.
 * A query asks for all its scopes at once, one key for thousands (a county ranking's 5,041: a key, a
 * promise and a cache entry each cost that request a tenth of its CPU); none is remembered for the
 * request, the server's cache being the memory.
 * Measures found in the server's cache for the data's current version are not measured again, and
 * those measured are kept there (of an explicit asOf, none from a statement of KEEP_INSTANTS_UNDER
 * scopes or more, nor from the first statement at that instant); the version is read once per
 * request. Each statement is priced first and charged to the request's work (refused past its limit,
 * queued in the heavy lanes when heavy); reading from the records costs one more statement per batch,
 * the estimate.
 */
export function createMetricLoaders(
  db: Db,
  now: Date,
  work: Work,
  cache: MeasureCache,
  /** The data's state for this request (read at most once per request, none when the server holds it). */
  dataState: () => Promise<DataState>,
) {
  const measures = new DataLoader<MeasureAsk, Measures[]>(
    async (asks) => {
      const data = await dataState();
      const found = asks.map((ask) => new Array<Measures>(ask.requests.length));
      // By filter, the scopes the cache does not hold, and the asks they come from. A scope's cache key
      // (a string built and hashed) is made only to look it up or to keep it: a county ranking of an
      // instant no entry holds asks for 5,041 scopes and keeps none.
      const byFilter = new Map<string, { filter: MeasureFilter; asks: Set<MeasureAsk>; missing: Missing }>();
      // Whether the cache may hold figures of an asOf, asked once per run of scopes of one asOf (a
      // query's scopes share its object).
      let asOf: Date | undefined;
      let mayHold = false;
      asks.forEach((ask, a) => {
        const filter = filterKey(ask.filter);
        let batch = byFilter.get(filter);
        ask.requests.forEach((request, i) => {
          if (request.asOf !== asOf) {
            asOf = request.asOf;
            mayHold = cache.mayHold(data, asOf.getTime());
          }
          if (!mayHold) cache.missed(ask.groups.length);
          else {
            const hit = fromCache(cache, data, scopeKey(request, filter), request, ask.groups);
            if (hit) {
              found[a][i] = hit;
              return;
            }
          }
          if (!batch) {
            const missing: Missing = { requests: [], ask: [], place: [] };
            byFilter.set(filter, (batch = { filter: ask.filter, asks: new Set(), missing }));
          }
          batch.asks.add(ask);
          batch.missing.requests.push(request);
          batch.missing.ask.push(a);
          batch.missing.place.push(i);
        });
      });
      const statements = [...byFilter].map(([key, { filter, asks: from, missing }]) => {
        // One scope asked for by several queries with different groups is measured once, for all of them.
        const { scopes: requests, scopeOf } = distinctScopes(missing.requests);
        const groups = [...new Set([...from].flatMap((ask) => ask.groups))];
        return { key, filter, groups, requests, scopeOf, missing };
      });
      const costs = await price(statements);
      await Promise.all(
        statements.map(async ({ key, filter, groups, requests, scopeOf, missing }, k) => {
          const measured = await work.run(costs[k], () =>
            (rollupsServe(filter, groups) ? measureFromRollups : measure)(db, requests, filter, groups),
          );
          // Whether the statement's figures of each instant are kept (the cache's rule, then its
          // doorkeeper): decided once per instant, before any of them is kept.
          const nowMs = now.getTime();
          const keptAt = new Map<number, boolean>();
          const keeps = (asOf: number) => {
            let kept = keptAt.get(asOf);
            if (kept === undefined) {
              kept = cache.keeps(asOf, nowMs, requests.length) && cache.admits(asOf, nowMs);
              keptAt.set(asOf, kept);
            }
            return kept;
          };
          requests.forEach((request, j) => {
            const asOf = request.asOf.getTime();
            if (keeps(asOf))
              cache.keep(data, scopeKey(request, key), groups, asOf, nowMs, measured[j], requests.length);
          });
          scopeOf.forEach((j, m) => (found[missing.ask[m]][missing.place[m]] = measured[j]));
        }),
      );
      return found;
    },
    { cache: false },
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

/**
 * The scopes of a batch the cache does not hold, side by side (no object per scope): the k-th is
 * `requests[k]`, asked by the batch's `ask[k]`-th ask as that ask's `place[k]`-th scope (indexes into
 * the batch and the ask: `found[ask[k]][place[k]]`).
 */
interface Missing {
  requests: MeasureRequest[];
  ask: number[];
  place: number[];
}

/** The measures of a scope's groups when the cache holds every one of them (each looked up, for the cache's counts). */
function fromCache(
  cache: MeasureCache,
  data: DataState,
  scope: string,
  request: MeasureRequest,
  groups: readonly MeasureGroup[],
) {
  const asOf = request.asOf.getTime();
  const parts = groups.map((group) => cache.cached(data, scope, group, asOf));
  if (parts.some((part) => part === undefined)) return undefined;
  return Object.assign({ ...NO_MEASURES }, ...parts) as Measures;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

// A unit's id and ISO dates hold no "|", so the joined parts cannot run into each other.
/** A scope without its asOf, with its filter's key: what a cache entry is for. */
function scopeKey(r: MeasureRequest, filter: string): string {
  return `${r.rootId}|${r.at}|${r.from}|${r.to}|${filter}`;
}
