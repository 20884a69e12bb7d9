import type { Db } from '../../../db/sql.js';
import { requireFull, type Grant } from '../access/index.js';
import { activityTotals } from './activity.repository.js';
import { everyKind } from './activity.service.js';

/** Activity totals of granted subtrees only (in full: another unit's activities are not ranked values). */
export function createActivityReader(db: Db) {
  return {
    async totals(grant: Grant, period: { from: string; to: string }) {
      return everyKind(await activityTotals(db, requireFull(grant), period));
    },
  };
}

export type ActivityReader = ReturnType<typeof createActivityReader>;
