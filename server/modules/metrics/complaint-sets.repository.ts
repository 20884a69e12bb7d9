import { sql, type RawBuilder } from 'kysely';
import type { ComplaintSet } from './metric-registry.js';

// The sets of complaints behind the base measures (DOMAIN.md), each written once as a condition on a
// complaint `c`: measure() counts them from the records and the complaint list lists them
// (complaints(filter: {figure})), so a figure and the list of its complaints cannot drift apart. The
// registry names them (MetricDefinition.sets); the rollups are checked against measure() by tests.

/** The instants a set is judged at, as SQL: asOf (closures and deadlines of a flow) and T (a stock). */
export interface SetInstants {
  asOf: RawBuilder<unknown>;
  t: RawBuilder<unknown>;
}

/**
 * FLOW: drawn from the complaints in scope (unit in the subtree, received in the period, matching the
 * filter), which the caller joins; STOCK: from the subtree's complaints matching the filter, any date
 * of receipt, the set's own condition saying which are open at T.
 */
export const SET_KIND: Record<ComplaintSet, 'FLOW' | 'STOCK'> = {
  IN_SCOPE: 'FLOW',
  ASSESSED: 'FLOW',
  ESCALATED: 'FLOW',
  CLOSED: 'FLOW',
  DUE: 'FLOW',
  TIMELY: 'FLOW',
  WITH_FOLLOWUPS: 'FLOW',
  WITH_SATISFIED_FOLLOWUPS: 'FLOW',
  OPEN: 'STOCK',
  OVERDUE: 'STOCK',
};

/** "Closed by T" (DOMAIN.md): closedAt <= T; one closed later is open as far as the figure knows. */
const closedBy = (instant: RawBuilder<unknown>) => sql`c.closed_at <= ${instant}`;
const openAt = (t: RawBuilder<unknown>) => sql`c.received_at <= ${t} and (c.closed_at is null or c.closed_at > ${t})`;

const CONDITIONS: Record<ComplaintSet, (at: SetInstants) => RawBuilder<unknown>> = {
  IN_SCOPE: () => sql`true`,
  ASSESSED: () => sql`c.assessed`,
  ESCALATED: () => sql`c.escalated`,
  CLOSED: ({ asOf }) => closedBy(asOf),
  DUE: ({ asOf }) => sql`(${closedBy(asOf)} or c.due_at < ${asOf})`,
  TIMELY: ({ asOf }) => sql`(${closedBy(asOf)} and c.closed_at <= c.due_at)`,
  WITH_FOLLOWUPS: () => sql`exists (select 1 from followup f where f.complaint_id = c.id)`,
  WITH_SATISFIED_FOLLOWUPS: () => sql`exists (select 1 from followup f where f.complaint_id = c.id and f.satisfied)`,
  OPEN: ({ t }) => sql`(${openAt(t)})`,
  OVERDUE: ({ t }) => sql`(${openAt(t)} and c.due_at < ${t})`,
};

/** The condition on complaint `c` of a set, judged at the given instants. */
export function inSet(set: ComplaintSet, at: SetInstants): RawBuilder<unknown> {
  return CONDITIONS[set](at);
}
