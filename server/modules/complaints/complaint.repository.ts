import { sql, type RawBuilder } from 'kysely';
import { isoDate, isoInstant, rows, type Db } from '../../../db/sql.js';
import type { Category, Channel, Line } from '../../../db/domain.js';
import type { Reach } from '../access/index.js';
import { inSet, type ComplaintSet } from '../metrics/index.js';
import { reachedDays, unitInReach } from '../units/index.js';
import type { ComplaintOrder, ComplaintStatus } from './complaint.enums.js';
import type { Complaint, Followup } from './complaint.type.js';
import type { Position } from './cursor.js';

/** The resolved criteria of a complaint list: the scope's reach, dates checked, `asOf` fixed. */
export interface ComplaintCriteria {
  /** Which complaints may be read at all, by unit and day of receipt (every list starts from it): from the request's scope. */
  reach: Reach;
  period?: { from: string; to: string };
  channels?: Channel[];
  lines?: Line[];
  categories?: Category[];
  assessedOnly?: boolean;
  status?: ComplaintStatus;
  /** Closures and deadlines of a flow set are counted up to asOf. */
  asOf: Date;
  /** T, the instant `status` and a stock set are judged at (stockInstant: asOf, or the end of the period when earlier). */
  t: Date;
  /** Only the complaints of this set of a figure (complaints(filter: {figure})), judged at asOf and T. */
  set?: ComplaintSet;
}

/** Customers' personal data as the database returns it: raw, or masked before it leaves PostgreSQL. */
export type PersonalData = 'RAW' | 'MASKED';

// Masked: the surname and two stars (张**, whatever the length); a phone number's first three and
// last four digits (138****1234), or four stars alone when it is too short to keep any.
const PERSONAL: Record<PersonalData, RawBuilder<unknown>> = {
  RAW: sql`c.customer_name as "customerName", c.customer_phone as "customerPhone"`,
  MASKED: sql`left(c.customer_name, 1) || '**' as "customerName",
    case when length(c.customer_phone) >= 11 then left(c.customer_phone, 3) || '****' || right(c.customer_phone, 4)
      when c.customer_phone is not null then '****' end as "customerPhone"`,
};

const columns = (personal: PersonalData) => sql`c.id::int as id, c.unit_id as "unitId", c.ref,
  ${isoInstant('c.received_at')} as "receivedAt", ${isoDate('c.received_date')} as "receivedDate", c.channel, c.line,
  c.category, c.policy_factor as "policyFactor", c.valid, c.duplicate_of as "duplicateOf", c.assessed,
  ${isoInstant('c.due_at')} as "dueAt", ${isoInstant('c.closed_at')} as "closedAt", c.escalated, c.outcome,
  c.handling_class as "handlingClass", c.due_source as "dueSource", ${isoInstant('c.extended_due_at')} as "extendedDueAt",
  c.extension_reason as "extensionReason", c.extension_approver as "extensionApprover", c.rule_set_code as "ruleSetCode",
  c.rule_set_version as "ruleSetVersion", c.calendar_version as "calendarVersion",
  ${PERSONAL[personal]}, c.summary, extract(epoch from c.closed_at - c.received_at)::float8 / 86400 as "handlingDays"`;

/**
 * ISSUES chooses issues by their own category (RULES.md §4): the complaints raising one of these
 * categories, a complaint without issue rows being one issue of its own category.
 */
function raisesIssueIn(categories: readonly Category[]): RawBuilder<unknown> {
  return sql`(exists (select 1 from complaint_issue i where i.complaint_id = c.id and i.category = any(${categories}::text[]))
    or (c.category = any(${categories}::text[]) and not exists (select 1 from complaint_issue i where i.complaint_id = c.id)))`;
}

/** The filter's and the status's conditions on complaints `c` (the reach and the period: see admitted). */
function conditions(criteria: ComplaintCriteria): RawBuilder<unknown> {
  const at = {
    asOf: sql`${criteria.asOf.toISOString()}::timestamptz`,
    t: sql`${criteria.t.toISOString()}::timestamptz`,
  };
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (criteria.channels?.length) conditions.push(sql`c.channel = any(${criteria.channels}::text[])`);
  if (criteria.lines?.length) conditions.push(sql`c.line = any(${criteria.lines}::text[])`);
  if (criteria.categories?.length)
    conditions.push(
      criteria.set === 'RAISING_ISSUES'
        ? raisesIssueIn(criteria.categories)
        : sql`c.category = any(${criteria.categories}::text[])`,
    );
  if (criteria.assessedOnly) conditions.push(sql`c.assessed`);
  // a status at T is the figures' own sets, judged at T
  if (criteria.status === 'CLOSED') conditions.push(inSet('CLOSED', { ...at, asOf: at.t }));
  if (criteria.status === 'OPEN') conditions.push(inSet('OPEN', at));
  if (criteria.status === 'OVERDUE') conditions.push(inSet('OVERDUE', at));
  if (criteria.set) conditions.push(inSet(criteria.set, at));
  return sql.join(conditions, sql` and `);
}

/**
 * Which complaints `c` the reach and the period admit. A viewer bound to units: those of a reached
 * unit `w` received on one of its days (the period's among them), the days as Shanghai instants so
 * that the (unit_id, received_at) index reads exactly them, in order. Headquarters: those of the
 * named subtree, or all, received in the period.
 */
function admitted(criteria: ComplaintCriteria): { days: RawBuilder<unknown> | null; received: RawBuilder<unknown> } {
  const { reach, period } = criteria;
  const days = reachedDays(reach, period);
  if (days) {
    const received = sql`c.unit_id = w.unit_id
      and c.received_at >= coalesce(start_of_shanghai_day(lower(w.during)), '-infinity')
      and c.received_at < coalesce(start_of_shanghai_day(upper(w.during)), 'infinity')`;
    return { days, received };
  }
  const inPeriod = period
    ? sql`c.received_at >= start_of_shanghai_day(${period.from}::date)
      and c.received_at < start_of_shanghai_day(${period.to}::date + 1)`
    : sql`true`;
  return { days, received: sql`${unitInReach(reach, 'c.unit_id')} and ${inPeriod}` };
}

/**
 * `from … where …` of the complaints the criteria match, for the count and other modules' aggregates:
 * a bound viewer's reached units joined by unit and day.
 */
export function matchingComplaints(criteria: ComplaintCriteria): RawBuilder<unknown> {
  const { days, received } = admitted(criteria);
  return days
    ? sql`${days} w join complaint c on ${received} where ${conditions(criteria)}`
    : sql`complaint c where ${received} and ${conditions(criteria)}`;
}

/**
 * One page, keyset-paginated on (receivedAt, id); asks for one row more to know if a next page exists.
 * For a viewer bound to units, each reached unit's own first page on its days is read in order from
 * the index and the pages merged: at most (units × page) rows, however many complaints they have.
 * Headquarters' list is read in order from the received_at index, the named subtree a filter.
 */
export function listComplaints(
  db: Db,
  criteria: ComplaintCriteria,
  page: { limit: number; after?: Position; order: ComplaintOrder },
  personal: PersonalData,
): Promise<Complaint[]> {
  const descending = page.order === 'RECEIVED_DESC';
  const after = page.after
    ? descending
      ? sql`and (c.received_at, c.id) < (${page.after.receivedAt}::timestamptz, ${page.after.id})`
      : sql`and (c.received_at, c.id) > (${page.after.receivedAt}::timestamptz, ${page.after.id})`
    : sql``;
  const direction = descending ? sql`desc` : sql`asc`;
  const order = sql`order by c.received_at ${direction}, c.id ${direction}`;
  const first = sql`${order} limit ${page.limit + 1}`;
  const { days, received } = admitted(criteria);
  const where = sql`${received} and ${conditions(criteria)} ${after}`;
  if (!days) return rows(db, sql<Complaint>`select ${columns(personal)} from complaint c where ${where} ${first}`);
  // the page's ids are chosen from narrow rows first; only the page's complaints are read whole and formatted
  return rows(
    db,
    sql<Complaint>`select ${columns(personal)} from (
        select c.id from ${days} w cross join lateral (select c.id, c.received_at from complaint c where ${where} ${first}) c ${first}
      ) p join complaint c on c.id = p.id ${order}`,
  );
}

export async function countComplaints(db: Db, criteria: ComplaintCriteria): Promise<number> {
  const [row] = await rows(db, sql<{ n: number }>`select count(*)::int as n from ${matchingComplaints(criteria)}`);
  return row.n;
}

/** The follow-ups of the complaints the criteria match, and the satisfied ones (SATISFACTION_RATE's figure). */
export async function countFollowups(
  db: Db,
  criteria: ComplaintCriteria,
): Promise<{ followups: number; satisfied: number }> {
  const [row] = await rows(
    db,
    sql<{
      followups: number;
      satisfied: number;
    }>`select count(*)::int as followups, count(*) filter (where f.satisfied)::int as satisfied
      from followup f where f.complaint_id in (select c.id from ${matchingComplaints(criteria)})`,
  );
  return row;
}

export function complaintsByRefs(db: Db, refs: readonly string[], personal: PersonalData): Promise<Complaint[]> {
  return rows(db, sql<Complaint>`select ${columns(personal)} from complaint c where c.ref = any(${refs}::text[])`);
}

export function followupsOf(db: Db, complaintIds: readonly number[]): Promise<Followup[]> {
  return rows(
    db,
    sql<Followup>`select f.complaint_id::int as "complaintId", ${isoInstant('f.visited_at')} as "visitedAt", f.satisfied
      from followup f where f.complaint_id = any(${complaintIds}::bigint[]) order by f.complaint_id, f.visited_at`,
  );
}
