import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { Reach } from '../access/index.js';
import { matchingComplaints } from '../complaints/index.js';
import { OVERDUE_STARTS, PAUSED_BUCKET, type BacklogFilter } from './backlog.service.js';

/**
 * The complaints of the reach (one granted subtree, on the tree of T's Shanghai date; of a unit in the
 * viewer's scope on the day each was received) open at T (received by T, not closed by T) and
 * matching the filter, counted per aging bucket in ONE statement: PAUSED_BUCKET for a complaint in a
 * counted pause at T and not past due (no dueAt while the pause lasts: RULES.md §1), bucket 0 is not
 * yet due, bucket i ≥ 1 starts at OVERDUE_STARTS[i − 1] whole days past due. A pause that did not
 * count leaves an overdue complaint overdue, so the overdue buckets add up to OVERDUE_OPEN at T.
 */
export function openByDaysPastDue(db: Db, reach: Reach, asOf: Date, filter: BacklogFilter) {
  const t = sql`${asOf.toISOString()}::timestamptz`;
  const matching = matchingComplaints({ ...filter, reach, status: 'OPEN', asOf, t: asOf });
  return rows(
    db,
    sql<{ bucket: number; count: number }>`select
        case when (c.due_at is null or c.due_at >= ${t}) and exists (select 1 from complaint_pause p
            where p.complaint_id = c.id and p.counted and p.start_at <= ${t} and (p.end_at is null or p.end_at > ${t}))
          then ${PAUSED_BUCKET}
          else coalesce(width_bucket(ceil(extract(epoch from ${t} - c.due_at) / 86400), ${OVERDUE_STARTS}::numeric[]), 0) end as bucket,
        count(*)::int as count
      from ${matching}
      group by 1`,
  );
}
