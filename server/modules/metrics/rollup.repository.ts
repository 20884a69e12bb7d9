import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { MeasureFilter, MeasureRequest } from './measure.repository.js';
import type { MeasureGroup, Measures } from './metric-registry.js';

// The base measures from the rollups: the database function measure_from_rollups (its migration
// says how), which PostgreSQL plans once per connection. A test checks its figures against measure().

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
    sql<Measures>`select complaints, assessed, escalated, closed, handling_seconds as "handlingSeconds", due, timely,
        followups, satisfied, open_backlog as "openBacklog", overdue_open as "overdueOpen", premium_yuan as "premiumYuan", policies
      from measure_from_rollups(${requests.map((r) => r.rootId)}::int[], ${requests.map((r) => r.at)}::date[],
        ${requests.map((r) => r.from)}::date[], ${requests.map((r) => r.to)}::date[],
        ${requests.map((r) => r.asOf.toISOString())}::timestamptz[], ${filter.assessedOnly ?? false},
        ${wants('flow', 'followups')}, ${wants('stock')}, ${wants('premium')})`,
  );
}
