import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import { groupBy } from '../../graphql/dated-loader.js';
import { measure, type MeasureFilter, type MeasureRequest } from './measure.repository.js';
import { measureFromRollups, rollupsServe } from './rollup.repository.js';
import { cached, keep, readDataState, type DataState } from './measure.cache.js';
import { NO_MEASURES, type MeasureGroup, type Measures } from './metric-registry.js';

export interface MeasureKey {
  request: MeasureRequest;
  filter: MeasureFilter;
  groups: readonly MeasureGroup[];
}

/** The filter as a stable key: lists sorted, empty lists and false dropped (they mean "all"). */
function filterKey({ channels, lines, categories, assessedOnly }: MeasureFilter): string {
  const list = (values?: readonly string[] | null) => (values?.length ? [...values].sort() : null);
  return JSON.stringify([list(channels), list(lines), list(categories), assessedOnly ?? false]);
}

/**
 * Per-request loader of base measures: every scope asked for in one tick with the same filter is
 * measured in ONE statement (the union of the groups they need), whichever queries asked: from the
 * rollups when they serve the filter, from the records otherwise. Measures found in the cache for the
 * data's current version are not measured again; the version is read once per request.
 */
export function createMetricLoaders(db: Db, now: Date) {
  let state: Promise<DataState> | undefined;
  const measures = new DataLoader<MeasureKey, Measures, string>(
    async (keys) => {
      const data = await (state ??= readDataState(db, now));
      const found: Measures[] = [];
      const batches = groupBy(keys.map((key, i) => ({ key, i })), ({ key }) => filterKey(key.filter));
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const { filter } = batch[0].key;
          const missing = batch.filter(({ key, i }) => {
            const hit = fromCache(data, key);
            if (hit) found[i] = hit;
            return !hit;
          });
          if (missing.length === 0) return;
          // One scope asked for by several queries with different groups is measured once, for all of them.
          const scopes = [...groupBy(missing, ({ key }) => requestKey(key.request)).values()];
          const groups = [...new Set(missing.flatMap(({ key }) => key.groups))];
          const measured = await (rollupsServe(filter) ? measureFromRollups : measure)(
            db, scopes.map((asked) => asked[0].key.request), filter, groups);
          scopes.forEach((asked, j) => {
            const { request } = asked[0].key;
            keep(data, scopeKey(request, filter), groups, request.asOf.getTime(), now.getTime(), measured[j]);
            asked.forEach(({ i }) => (found[i] = measured[j]));
          });
        }),
      );
      return found;
    },
    { cacheKeyFn: ({ request, filter, groups }) => JSON.stringify([requestKey(request), filterKey(filter), [...groups].sort()]) },
  );
  return { measures };
}

/** The measures of a key's groups when the cache holds every one of them. */
function fromCache(data: DataState, { request, filter, groups }: MeasureKey): Measures | undefined {
  const parts = groups.map((group) => cached(data, scopeKey(request, filter), group, request.asOf.getTime()));
  return parts.every(Boolean) ? Object.assign({ ...NO_MEASURES }, ...parts) : undefined;
}

function requestKey(r: MeasureRequest): string {
  return JSON.stringify([r.rootId, r.at, r.from, r.to, r.asOf.toISOString()]);
}

/** A scope without its asOf, with its filter: what a cache entry is for. */
function scopeKey(r: MeasureRequest, filter: MeasureFilter): string {
  return JSON.stringify([r.rootId, r.at, r.from, r.to, filterKey(filter)]);
}
