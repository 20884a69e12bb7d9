import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import { groupBy } from '../../graphql/dated-loader.js';
import { measure, type MeasureFilter, type MeasureRequest } from './measure.repository.js';
import { measureFromRollups, rollupsServe } from './rollup.repository.js';
import type { MeasureGroup, Measures } from './metric-registry.js';

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
 * rollups when they serve the filter, from the records otherwise.
 */
export function createMetricLoaders(db: Db) {
  const measures = new DataLoader<MeasureKey, Measures, string>(
    async (keys) => {
      const found: Measures[] = [];
      const batches = groupBy(keys.map((key, i) => ({ key, i })), ({ key }) => filterKey(key.filter));
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          // One scope asked for by several queries with different groups is measured once, for all of them.
          const scopes = groupBy(batch, ({ key }) => requestKey(key.request));
          const requests = [...scopes.values()].map((asked) => asked[0].key.request);
          const groups = batch.flatMap(({ key }) => key.groups);
          const { filter } = batch[0].key;
          const measured = await (rollupsServe(filter) ? measureFromRollups : measure)(db, requests, filter, groups);
          [...scopes.values()].forEach((asked, j) => asked.forEach(({ i }) => (found[i] = measured[j])));
        }),
      );
      return found;
    },
    { cacheKeyFn: ({ request, filter, groups }) => JSON.stringify([requestKey(request), filterKey(filter), [...groups].sort()]) },
  );
  return { measures };
}

function requestKey(r: MeasureRequest): string {
  return JSON.stringify([r.rootId, r.at, r.from, r.to, r.asOf.toISOString()]);
}
