import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { Reach } from '../access/index.js';
import { matchingComplaints } from '../complaints/index.js';
import { OVERDUE_STARTS, type BacklogFilter } from './backlog.service.js';

/**
 * The complaints of the reach (one granted subtree, on the tree of T's Shanghai date; of a unit in the
 * viewer's scope on the day each was received) open at T (received by T, not closed by T) and
 * matching the filter, counted per aging bucket in ONE statement: bucket 0 is not yet due, bucket
 * i ≥ 1 starts at OVERDUE_STARTS[i − 1] whole days past due. A paused complaint (no dueAt, RULES.md
 * §1) is not yet due, until the aging gets its own PAUSED bucket.
 */
export function openByDaysPastDue(db: Db, reach: Reach, asOf: Date, filter: BacklogFilter) {
  const t = sql`${asOf.toISOString()}::timestamptz`;
  const matching = matchingComplaints({ ...filter, reach, status: 'OPEN', asOf, t: asOf });
  return rows(
    db,
    sql<{ bucket: number; count: number }>`select
        coalesce(width_bucket(ceil(extract(epoch from ${t} - c.due_at) / 86400), ${OVERDUE_STARTS}::numeric[]), 0) as bucket,
        count(*)::int as count
      from ${matching}
      group by 1`,
  );
}
