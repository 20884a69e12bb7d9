import type { Db } from '../../../db/sql.js';
import type { Grant, Scope } from '../access/index.js';
import { activityTotals } from './activity.repository.js';
import { everyKind } from './activity.service.js';

/**
 * Activity totals of granted subtrees only (in full: another unit's activities are not ranked values),
 * and of their units on the days they lay in the viewer's scope.
 */
export function createActivityReader(db: Db, scope: Scope) {
  return {
    async totals(grant: Grant, period: { from: string; to: string }) {
      return everyKind(await activityTotals(db, scope.within(grant), period));
    },
  };
}

export type ActivityReader = ReturnType<typeof createActivityReader>;
