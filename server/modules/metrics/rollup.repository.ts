import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import { BASE_MEASURES, type MeasureGroup, type Measures } from './measure-catalog.repository.js';
import type { MeasureFilter, MeasureRequest } from './measure.repository.js';

// The base measures from the rollups: the database function measure_from_rollups
// (db/functions/measure_from_rollups.sql says how), which PostgreSQL plans once per connection. A test
// checks its figures against measure(), and its result columns against the catalog's.

/** Each measure from the function's column the catalog names. */
const COLUMNS = sql.join(BASE_MEASURES.map((m) => sql`${sql.ref(m.rollups.column)} as ${sql.id(m.name)}`));

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
 * The base measures of many scopes in ONE statement, from the rollups; only for a filter and groups
 * the rollups serve (`rollupsServe`). Results are in request order.
 */
export async function measureFromRollups(
  db: Db,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter,
  groups: readonly MeasureGroup[],
): Promise<Measures[]> {
  if (requests.length === 0) return [];
  const wants = (...wanted: MeasureGroup[]) => groups.some((group) => wanted.includes(group));
  const slice = sliceOf(filter);
  return rows(
    db,
    sql<Measures>`select ${COLUMNS}
      from measure_from_rollups(${requests.map((r) => r.rootId)}::int[], ${requests.map((r) => r.at)}::date[],
        ${requests.map((r) => r.from)}::date[], ${requests.map((r) => r.to)}::date[],
        ${requests.map((r) => r.asOf.toISOString())}::timestamptz[], ${filter.assessedOnly ?? false},
        ${slice?.dimension ?? null}::text, ${slice ? [...slice.values] : null}::text[],
        ${wants('flow', 'followups', 'issues')}, ${wants('stock')}, ${wants('premium')})`,
  );
}
