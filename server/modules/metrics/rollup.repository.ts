import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import { BASE_MEASURES, type MeasureGroup, type Measures } from './measure-catalog.repository.js';
import type { MeasureFilter, MeasureRequest } from './measure.repository.js';

// The base measures from the rollups: the database function measure_from_rollups
// (db/functions/measure_from_rollups.sql says how), which PostgreSQL plans once per connection. A test
// checks its figures against measure(), and its result columns against the catalog's.

/** Each measure from the function's column the catalog names. */
const COLUMNS = sql.join(BASE_MEASURES.map((m) => sql`${sql.ref(m.rollups.column)} as ${sql.id(m.name)}`));

/** The rollups hold no channel, line or category: a filter on any of them is measured from the records. */
export function rollupsServe(filter: MeasureFilter): boolean {
  return !filter.channels?.length && !filter.lines?.length && !filter.categories?.length;
}

/**
 * The base measures of many scopes in ONE statement, from the rollups; only for a filter the
 * rollups serve (`rollupsServe`). Results are in request order.
 */
export async function measureFromRollups(
  db: Db,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter,
  groups: readonly MeasureGroup[],
): Promise<Measures[]> {
  if (requests.length === 0) return [];
  const wants = (...wanted: MeasureGroup[]) => groups.some((group) => wanted.includes(group));
  return rows(
    db,
    sql<Measures>`select ${COLUMNS}
      from measure_from_rollups(${requests.map((r) => r.rootId)}::int[], ${requests.map((r) => r.at)}::date[],
        ${requests.map((r) => r.from)}::date[], ${requests.map((r) => r.to)}::date[],
        ${requests.map((r) => r.asOf.toISOString())}::timestamptz[], ${filter.assessedOnly ?? false},
        ${wants('flow', 'followups', 'issues')}, ${wants('stock')}, ${wants('premium')})`,
  );
}
