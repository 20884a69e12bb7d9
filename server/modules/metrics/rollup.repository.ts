import { sql } from 'kysely';
import { intArray, rows, type Db } from '../../../db/sql.js';
import { groupByParts } from '../../kernel/dated-loader.js';
import { BASE_MEASURES, type MeasureGroup, type Measures } from './measure-catalog.repository.js';
import type { MeasureFilter, MeasureRequest } from './measure.repository.js';
import { placesByShape } from './measure-shapes.js';

// The base measures from the rollups: the database functions measure_from_rollups, scope by scope, and
// measure_subtrees_from_rollups, many roots of a few periods at once (db/functions/ says how), which
// PostgreSQL plans once per connection. Tests check their figures against measure() and each other's,
// and their result columns against the catalog's.

/** The one dimension a filter splits by (complaint_rollup_slice.dimension), with its values; none when unfiltered. */
export type Slice = { dimension: 'channel' | 'line' | 'category'; values: readonly string[] } | null;

/** The dimensions a filter names values of, in the rollups' words. */
function slicesOf(filter: MeasureFilter): NonNullable<Slice>[] {
  const named = [
    { dimension: 'channel', values: filter.channels },
    { dimension: 'line', values: filter.lines },
    { dimension: 'category', values: filter.categories },
  ] as const;
  return named.flatMap(({ dimension, values }) => (values?.length ? [{ dimension, values }] : []));
}

/** The slice a filter reads; only for a filter the rollups serve (`rollupsServe`). */
export function sliceOf(filter: MeasureFilter): Slice {
  return slicesOf(filter)[0] ?? null;
}

/**
 * The rollups serve no filter, or one on a single dimension (any number of its values, with or without
 * assessedOnly): they are kept once per channel, per line and per category, not per combination. Two
 * dimensions at once are measured from the records. So are issues under a category filter, which
 * chooses issues by their own category (RULES.md §4), not complaints by theirs as the slices do.
 */
export function rollupsServe(filter: MeasureFilter, groups: readonly MeasureGroup[]): boolean {
  const slices = slicesOf(filter);
  if (slices.length > 1) return false;
  return !(slices[0]?.dimension === 'category' && groups.includes('issues'));
}

/**
 * A (hierarchy date, period, asOf) asked for this many roots or more in one batch is measured set by
 * set (measure_subtrees_from_rollups: each part one grouped aggregate keyed by root, such as a county
 * ranking's 2,520 counties a year, or a province ranking's 38), the rest scope by scope
 * (measure_from_rollups, whose lateral seeks suit a trend's many periods of one unit and its
 * benchmark). Both give the same figures. Measured on the 10M bench data, one statement each, a year
 * and the year before: from 4 roots a period on, set by set is as quick or quicker for every kind of
 * measure (38 provinces' complaints and premiums 2.95 → 1.61 ms, line AUTO 4.87 → 3.09, with flows and
 * stocks 59 → 47); at 1–2 roots the two are even, either way by turns.
 */
export const SUBTREES_FROM = 8;

/**
 * The base measures of many scopes in ONE statement, from the rollups; only for a filter and groups
 * the rollups serve (`rollupsServe`). Results are in request order, each holding the measures of the
 * groups asked (and no others). `subtreesFrom` is for tests, which choose either path.
 */
export async function measureFromRollups(
  db: Db,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter,
  groups: readonly MeasureGroup[],
  subtreesFrom = SUBTREES_FROM,
): Promise<Measures[]> {
  if (requests.length === 0) return [];
  const wants = (...wanted: MeasureGroup[]) => groups.some((group) => wanted.includes(group));
  const slice = sliceOf(filter);
  const rest = sql.join([
    filter.assessedOnly ?? false,
    sql`${slice?.dimension ?? null}::text`,
    sql`${slice ? [...slice.values] : null}::text[]`,
    wants('flow', 'followups', 'issues'),
    wants('received'),
    wants('stock'),
    wants('premium'),
  ]);
  // Only the measures of the groups asked are read back, each from the function's column the catalog
  // names (a county ranking of complaints reads two columns of its 5,040 rows, not eighteen; parsing the
  // rest cost the server more CPU than the two).
  const asked = BASE_MEASURES.filter((m) => groups.includes(m.group));
  const columns = sql.join(asked.map((m) => sql`${sql.ref(m.rollups.column)} as ${sql.id(m.name)}`));
  const shapes = placesByShape(requests);
  const single = shapes.filter((shape) => shape.length < subtreesFrom).flat();
  // The shapes of many roots, by hierarchy date and asOf: each such set's periods are measured in one
  // call, for every root any of them asks (a ranking's year and the year before: one read of the
  // rollups, for both).
  const sets = groupByParts(
    shapes.filter((shape) => shape.length >= subtreesFrom),
    ([i]) => [requests[i].at, requests[i].asOf.getTime()],
  ).map((periods) => {
    const roots = new Set<number>();
    for (const shape of periods) for (const i of shape) roots.add(requests[i].rootId);
    return { periods, roots: [...roots] };
  });
  // Each part's rows are told apart by `part`: 0 the scopes one by one (key: their place, from 1),
  // k the k-th set (key: the root; period: the place of its period in the set, from 1).
  const parts = sets.map(({ periods, roots }, k) => {
    const { at, asOf } = requests[periods[0][0]];
    const froms = periods.map((shape) => requests[shape[0]].from);
    const tos = periods.map((shape) => requests[shape[0]].to);
    return sql`select ${sql.lit(k + 1)} as part, root_id as key, period, ${columns}
      from measure_subtrees_from_rollups(${intArray(roots)}, ${at}::date, ${froms}::date[], ${tos}::date[],
        ${asOf.toISOString()}::timestamptz, ${rest})`;
  });
  if (single.length > 0) {
    const list = single.map((i) => requests[i]);
    parts.unshift(sql`select 0 as part, i as key, 0 as period, ${columns}
      from measure_from_rollups(${intArray(list.map((r) => r.rootId))}, ${list.map((r) => r.at)}::date[],
        ${list.map((r) => r.from)}::date[], ${list.map((r) => r.to)}::date[],
        ${list.map((r) => r.asOf.toISOString())}::timestamptz[], ${rest})`);
  }
  const measured = await rows(
    db,
    sql<Measures & { part: number; key: number; period: number }>`${sql.join(parts, sql` union all `)}`,
  );
  const found: Measures[] = [];
  // each set's measures by period, then by root
  const byRoot = sets.map(({ periods }) => periods.map(() => new Map<number, Measures>()));
  // A rest pattern, not omit(): deleting keys from thousands of rows turned them into slow dictionaries.
  for (const { part, key, period, ...measures } of measured) {
    if (part === 0) found[single[key - 1]] = measures;
    else byRoot[part - 1][period - 1].set(key, measures);
  }
  // A root the set's rows leave out measures zero throughout (one object for them all).
  const none = Object.fromEntries(asked.map((m) => [m.name, 0])) as Measures;
  sets.forEach(({ periods }, k) =>
    periods.forEach((shape, p) => shape.forEach((i) => (found[i] = byRoot[k][p].get(requests[i].rootId) ?? none))),
  );
  return found;
}
