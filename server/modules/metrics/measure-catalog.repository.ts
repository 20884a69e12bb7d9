import { sql, type RawBuilder } from 'kysely';

// Every base measure the metrics are computed from, written once: what it counts (DOMAIN.md), its
// group, the complaints behind it, the SQL that computes it from the records, and the column of the
// rollups that holds it. From this list come the Measures type, the records path's SQL
// (measure.repository.ts), the rollup path's columns (rollup.repository.ts), the cache's fields
// (measure.cache.ts), and the sets of complaints a figure's list shows (complaints(filter: {figure})).
// The database functions that keep and read the rollups (db/functions/complaint_rollup_sql.sql,
// measure_from_rollups.sql) cannot be derived from it: test/metrics/measure-catalog.test.ts checks
// them against it, and test/metrics/rollups.test.ts that both paths give the same figures.

/**
 * The groups of base measures, each computed together: one part of the records path's statement (those
 * reading the same rows share one), one flag of measure_from_rollups, one entry of the cache per scope.
 * A metric asks for the groups it needs. `received` (how many complaints, which asOf does not change)
 * is apart from the rest of the flow so that a ranking of complaints reads two columns back per scope,
 * not eighteen, and takes the rollups' short way whatever asOf sees open.
 */
export const MEASURE_GROUPS = ['received', 'flow', 'followups', 'issues', 'stock', 'premium'] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

/** The table of the rollups that stores a group's sums. */
export const ROLLUP_TABLE: Record<MeasureGroup, 'complaint_rollup' | 'premium_rollup'> = {
  received: 'complaint_rollup',
  flow: 'complaint_rollup',
  followups: 'complaint_rollup',
  issues: 'complaint_rollup',
  stock: 'complaint_rollup',
  premium: 'premium_rollup',
};

/** The instants a set is judged at, as SQL: asOf (closures and deadlines of a flow) and T (a stock). */
export interface SetInstants {
  asOf: RawBuilder<unknown>;
  t: RawBuilder<unknown>;
}

interface BaseMeasure {
  name: string;
  /** What it counts, in DOMAIN.md's words. */
  counts: string;
  group: MeasureGroup;
  /**
   * The complaints behind it, which its figure's list shows, as a condition on a complaint `c`. A flow
   * set is drawn from the complaints in scope (received in the period, unit in the subtree, matching
   * the filter), which the caller joins; a stock set from the subtree's complaints matching the filter.
   */
  set?: { name: string; where: (at: SetInstants) => RawBuilder<unknown> };
  /**
   * From the records: an aggregate over the group's rows, per scope r (measure.repository.ts joins
   * them: complaints `c`; for follow-ups, each follow-up `f` of one; for issues, each issue `i` of one
   * (its category `i.category`; a complaint without issue rows is one of its own category), the filter's
   * categories choosing issues, not complaints (RULES.md §4); for a stock, those open at T;
   * premium rows `p` with `share.f`, the share of their month inside the period). By default, the
   * count of its set.
   */
  records?: (at: SetInstants) => RawBuilder<unknown>;
  /**
   * From the rollups: `column`, measure_from_rollups's result column that holds it; `stored`, the
   * columns of its group's rollup table (ROLLUP_TABLE) it is summed from.
   */
  rollups: { column: string; stored: readonly string[] };
}

/** "Closed by T" (DOMAIN.md): closedAt <= T; one closed later is open as far as the figure knows. */
const closedBy = (instant: RawBuilder<unknown>) => sql`c.closed_at <= ${instant}`;
/** Upheld in whole or in part (RULES.md §4's UPHELD_RATE). */
const UPHELD = sql`c.outcome in ('UPHELD', 'PARTIALLY_UPHELD')`;
const openAt = (t: RawBuilder<unknown>) => sql`c.received_at <= ${t} and (c.closed_at is null or c.closed_at > ${t})`;

export const BASE_MEASURES = [
  {
    name: 'complaints',
    group: 'received',
    counts:
      'in scope: received in the period (Shanghai dates), responsible unit in the subtree at the hierarchy date, matching the filter',
    set: { name: 'IN_SCOPE', where: () => sql`true` },
    rollups: { column: 'complaints', stored: ['complaints'] },
  },
  {
    name: 'assessed',
    group: 'received',
    counts: 'in scope and assessed: valid, not caused by company policy, not a repeat',
    set: { name: 'ASSESSED', where: () => sql`c.assessed` },
    rollups: { column: 'assessed', stored: ['complaints'] },
  },
  {
    name: 'escalated',
    group: 'flow',
    counts: 'in scope and taken further, to the regulator or a court',
    set: { name: 'ESCALATED', where: () => sql`c.escalated` },
    rollups: { column: 'escalated', stored: ['escalated'] },
  },
  {
    name: 'closed',
    group: 'flow',
    counts: 'in scope and closed by asOf',
    set: { name: 'CLOSED', where: ({ asOf }) => closedBy(asOf) },
    rollups: { column: 'closed', stored: ['closed'] },
  },
  {
    name: 'handlingSeconds',
    group: 'flow',
    counts: 'the sum of closedAt − receivedAt, in seconds, of those in scope closed by asOf',
    // over the set of `closed`
    records: ({ asOf }) =>
      sql`coalesce(sum(extract(epoch from c.closed_at - c.received_at)) filter (where ${closedBy(asOf)}), 0)`,
    rollups: { column: 'handling_seconds', stored: ['handling_seconds'] },
  },
  {
    name: 'due',
    group: 'flow',
    counts: 'in scope and closed by asOf, or whose dueAt is before asOf',
    set: { name: 'DUE', where: ({ asOf }) => sql`(${closedBy(asOf)} or c.due_at < ${asOf})` },
    // every complaint is due once asOf is past its deadline: the rollups count them all, then asOf corrects
    rollups: { column: 'due', stored: ['complaints'] },
  },
  {
    name: 'timely',
    group: 'flow',
    counts: 'in scope and closed by asOf no later than dueAt',
    set: { name: 'TIMELY', where: ({ asOf }) => sql`(${closedBy(asOf)} and c.closed_at <= c.due_at)` },
    rollups: { column: 'timely', stored: ['timely'] },
  },
  {
    name: 'closedIn3WorkingDays',
    group: 'flow',
    counts:
      'in scope and closed by asOf, no later than the end of the 3rd working day after the Shanghai date of receipt (no pauses counted)',
    set: {
      name: 'CLOSED_IN_3_WORKING_DAYS',
      where: ({ asOf }) => sql`(${closedBy(asOf)} and c.closed_at <= c.third_working_day_end)`,
    },
    rollups: { column: 'closed_3wd', stored: ['closed_3wd'] },
  },
  {
    name: 'closedIn8Weeks',
    group: 'flow',
    counts: 'in scope and closed by asOf, no later than the end of day d0 + 56 (d0: the Shanghai date of receipt)',
    set: {
      name: 'CLOSED_IN_8_WEEKS',
      where: ({ asOf }) => sql`(${closedBy(asOf)} and c.closed_at <= end_of_shanghai_day(c.received_date + 56))`,
    },
    rollups: { column: 'closed_8w', stored: ['closed_8w'] },
  },
  {
    name: 'upheld',
    group: 'flow',
    counts: 'in scope and closed by asOf with the outcome UPHELD or PARTIALLY_UPHELD',
    set: { name: 'UPHELD', where: ({ asOf }) => sql`(${closedBy(asOf)} and ${UPHELD})` },
    rollups: { column: 'upheld', stored: ['upheld'] },
  },
  {
    name: 'decided',
    group: 'flow',
    counts: 'in scope and closed by asOf with an outcome (WITHDRAWN included)',
    set: { name: 'DECIDED', where: ({ asOf }) => sql`(${closedBy(asOf)} and c.outcome is not null)` },
    rollups: { column: 'decided', stored: ['decided'] },
  },
  {
    name: 'issues',
    group: 'issues',
    counts:
      'the issues of the complaints in scope (a complaint without issue rows is one issue of its own category); a category filter chooses issues by their own category',
    // the complaints whose issues are counted; the list's category filter chooses them by their issues
    set: { name: 'RAISING_ISSUES', where: () => sql`true` },
    records: () => sql`count(*)`,
    rollups: { column: 'issues', stored: ['issues'] },
  },
  {
    name: 'followups',
    group: 'followups',
    counts: 'the follow-ups of the complaints in scope',
    set: { name: 'WITH_FOLLOWUPS', where: () => sql`exists (select 1 from followup f where f.complaint_id = c.id)` },
    records: () => sql`count(*)`,
    rollups: { column: 'followups', stored: ['followups'] },
  },
  {
    name: 'satisfied',
    group: 'followups',
    counts: 'those follow-ups in which the customer was satisfied',
    set: {
      name: 'WITH_SATISFIED_FOLLOWUPS',
      where: () => sql`exists (select 1 from followup f where f.complaint_id = c.id and f.satisfied)`,
    },
    records: () => sql`count(*) filter (where f.satisfied)`,
    rollups: { column: 'satisfied', stored: ['satisfied'] },
  },
  {
    name: 'openBacklog',
    group: 'stock',
    counts:
      "at T = min(asOf, end of `to`): the subtree's complaints matching the filter received by T and not closed by T",
    set: { name: 'OPEN', where: ({ t }) => sql`(${openAt(t)})` },
    // the stock's rows are this set already
    records: () => sql`count(*)`,
    rollups: { column: 'open_backlog', stored: ['complaints', 'closed_events'] },
  },
  {
    name: 'overdueOpen',
    group: 'stock',
    counts: 'those open at T whose dueAt is before T',
    set: { name: 'OVERDUE', where: ({ t }) => sql`(${openAt(t)} and c.due_at < ${t})` },
    rollups: { column: 'overdue_open', stored: ['due_events', 'due_closed_events'] },
  },
  {
    name: 'premiumYuan',
    group: 'premium',
    counts:
      "the premium of the subtree in the period for the filter's lines, in yuan; a month partly in the period in proportion to its days in it",
    records: () => sql`sum(p.premium_yuan * share.f)`,
    rollups: { column: 'premium_yuan', stored: ['premium_yuan'] },
  },
  {
    name: 'policies',
    group: 'premium',
    counts: "the policies of the subtree in the period for the filter's lines, prorated likewise",
    records: () => sql`sum(p.policies * share.f)`,
    rollups: { column: 'policies', stored: ['policies'] },
  },
] as const satisfies readonly BaseMeasure[];

type Entry = (typeof BASE_MEASURES)[number];
export type MeasureName = Entry['name'];
/** Base measures of one scope (unit subtree, period, hierarchy date, asOf, filter), by name. */
export type Measures = Record<MeasureName, number>;
/** The sets of complaints behind the base measures, by name (MetricDefinition.sets names them). */
export type ComplaintSet = Extract<Entry, { set: unknown }>['set']['name'];

const ENTRIES: readonly BaseMeasure[] = BASE_MEASURES;

/** Every measure zero: what a scope with nothing in it has. */
export const NO_MEASURES = Object.fromEntries(ENTRIES.map((m) => [m.name, 0])) as Measures;

/** A group's measures, in catalog order. */
export function measuresOf(group: MeasureGroup): readonly (BaseMeasure & { name: MeasureName })[] {
  return BASE_MEASURES.filter((m) => m.group === group);
}

/** A measure's aggregate over its group's rows, from the records. */
export function fromRecords(measure: BaseMeasure, at: SetInstants): RawBuilder<unknown> {
  if (measure.records) return measure.records(at);
  if (!measure.set) throw new Error(`the base measure ${measure.name} has neither a set nor records`);
  return sql`count(*) filter (where ${measure.set.where(at)})`;
}

const SETS = new Map(ENTRIES.flatMap(({ set, group }) => (set ? [[set.name, { set, group }] as const] : [])));

/** A set is a FLOW (drawn from the complaints in scope) or a STOCK (those open at T), as its measure's group. */
export const SET_KIND = Object.fromEntries(
  [...SETS].map(([name, { group }]) => [name, group === 'stock' ? 'STOCK' : 'FLOW']),
) as Record<ComplaintSet, 'FLOW' | 'STOCK'>;

/** The condition on complaint `c` of a set, judged at the given instants. */
export function inSet(set: ComplaintSet, at: SetInstants): RawBuilder<unknown> {
  const drawn = SETS.get(set);
  // ComplaintSet is made of the catalog's set names, so only a catalog out of step with it lands here.
  if (!drawn) throw new Error(`no base measure draws the set ${set}`);
  return drawn.set.where(at);
}
