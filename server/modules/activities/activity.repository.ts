import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { Grant } from '../access/index.js';
import { subtreeIds } from '../units/index.js';

/** Activity counts of a granted subtree (on its date) dated in [from, to], per kind that has any; one statement. */
export function activityTotals(db: Db, grant: Grant, period: { from: string; to: string }) {
  return rows(
    db,
    sql<{ kind: string; count: number }>`select a.kind, sum(a.count)::int as count from activity a
      where a.unit_id in ${subtreeIds(grant.unitId, grant.at)} and a.date between ${period.from}::date and ${period.to}::date
      group by a.kind`,
  );
}
