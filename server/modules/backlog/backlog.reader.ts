import type { Db } from '../../../db/sql.js';
import type { Grant, Scope } from '../access/index.js';
import { openByDaysPastDue } from './backlog.repository.js';
import { aging, type BacklogFilter } from './backlog.service.js';

/** Backlog aging of granted subtrees only (in full: it counts a unit's complaints). */
export function createBacklogReader(db: Db, scope: Scope) {
  return {
    async aging(grant: Grant, asOf: Date, filter: BacklogFilter = {}) {
      return aging(await openByDaysPastDue(db, scope.within(grant), asOf, filter));
    },
  };
}

export type BacklogReader = ReturnType<typeof createBacklogReader>;
