import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { Reach } from '../access/index.js';
import { reachedDays, unitInReach } from '../units/index.js';

/**
 * Activity counts of a reach (a granted subtree on its date, of units in the viewer's scope on each
 * activity's day) dated in [from, to], per kind that has any; one statement.
 */
export function activityTotals(db: Db, reach: Reach, period: { from: string; to: string }) {
  const days = reachedDays(reach, period);
  const from = days ? sql`${days} w join activity a on a.unit_id = w.unit_id and w.during @> a.date` : sql`activity a`;
  const unit = days ? sql`true` : unitInReach(reach, 'a.unit_id');
  return rows(
    db,
    sql<{ kind: string; count: number }>`select a.kind, sum(a.count)::int as count from ${from}
      where ${unit} and a.date between ${period.from}::date and ${period.to}::date
      group by a.kind`,
  );
}
