import { sql, type RawBuilder } from 'kysely';
import { isoDate, isoInstant, rows, type Db } from '../../../db/sql.js';
import type { Category, Channel, Line } from '../../../db/domain.js';
import { subtreeIds } from '../units/index.js';
import type { ComplaintOrder, ComplaintStatus } from './complaint.enums.js';
import type { Complaint, Followup } from './complaint.type.js';
import type { Position } from './cursor.js';

/** The resolved criteria of a complaint list: units by id, dates checked, `asOf` fixed. */
export interface ComplaintCriteria {
  /** The responsible unit in this subtree; `date` is a `YYYY-MM-DD` string or a SQL date expression. */
  subtree?: { rootId: number; date: string | RawBuilder<unknown> };
  period?: { from: string; to: string };
  channels?: Channel[];
  lines?: Line[];
  categories?: Category[];
  assessedOnly?: boolean;
  status?: ComplaintStatus;
  asOf: Date;
}

const COLUMNS = sql`c.id::int as id, c.unit_id as "unitId", c.ref, ${isoInstant('c.received_at')} as "receivedAt",
  ${isoDate('c.received_date')} as "receivedDate", c.channel, c.line, c.category,
  c.policy_factor as "policyFactor", c.valid, c.duplicate_of as "duplicateOf", c.assessed,
  ${isoInstant('c.due_at')} as "dueAt", ${isoInstant('c.closed_at')} as "closedAt", c.escalated, c.outcome,
  c.customer_name as "customerName", c.customer_phone as "customerPhone", c.summary,
  extract(epoch from c.closed_at - c.received_at)::float8 / 86400 as "handlingDays"`;

/** The conditions on complaints `c` that the criteria set, for the list, its count, and other modules' SQL. */
export function complaintsMatching(criteria: ComplaintCriteria): RawBuilder<unknown> {
  const { subtree, period, asOf } = criteria;
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (subtree) conditions.push(sql`c.unit_id in ${subtreeIds(subtree.rootId, subtree.date)}`);
  if (period) conditions.push(sql`c.received_date between ${period.from}::date and ${period.to}::date`);
  if (criteria.channels?.length) conditions.push(sql`c.channel = any(${criteria.channels}::text[])`);
  if (criteria.lines?.length) conditions.push(sql`c.line = any(${criteria.lines}::text[])`);
  if (criteria.categories?.length) conditions.push(sql`c.category = any(${criteria.categories}::text[])`);
  if (criteria.assessedOnly) conditions.push(sql`c.assessed`);
  const open = sql`c.received_at <= ${asOf} and (c.closed_at is null or c.closed_at > ${asOf})`;
  if (criteria.status === 'CLOSED') conditions.push(sql`c.closed_at <= ${asOf}`);
  if (criteria.status === 'OPEN') conditions.push(open);
  if (criteria.status === 'OVERDUE') conditions.push(sql`${open} and c.due_at < ${asOf}`);
  return sql.join(conditions, sql` and `);
}

/** One page, keyset-paginated on (receivedAt, id); asks for one row more to know if a next page exists. */
export function listComplaints(
  db: Db,
  criteria: ComplaintCriteria,
  page: { limit: number; after?: Position; order: ComplaintOrder },
): Promise<Complaint[]> {
  const descending = page.order === 'RECEIVED_DESC';
  const after = page.after
    ? descending
      ? sql`and (c.received_at, c.id) < (${page.after.receivedAt}::timestamptz, ${page.after.id})`
      : sql`and (c.received_at, c.id) > (${page.after.receivedAt}::timestamptz, ${page.after.id})`
    : sql``;
  const direction = descending ? sql`desc` : sql`asc`;
  return rows(
    db,
    sql<Complaint>`select ${COLUMNS} from complaint c where ${complaintsMatching(criteria)} ${after}
      order by c.received_at ${direction}, c.id ${direction} limit ${page.limit + 1}`,
  );
}

export async function countComplaints(db: Db, criteria: ComplaintCriteria): Promise<number> {
  const [row] = await rows(db, sql<{ n: number }>`select count(*)::int as n from complaint c where ${complaintsMatching(criteria)}`);
  return row.n;
}

export function complaintsByRefs(db: Db, refs: readonly string[]): Promise<Complaint[]> {
  return rows(db, sql<Complaint>`select ${COLUMNS} from complaint c where c.ref = any(${refs}::text[])`);
}

export function followupsOf(db: Db, complaintIds: readonly number[]): Promise<Followup[]> {
  return rows(
    db,
    sql<Followup>`select f.complaint_id::int as "complaintId", ${isoInstant('f.visited_at')} as "visitedAt", f.satisfied
      from followup f where f.complaint_id = any(${complaintIds}::bigint[]) order by f.complaint_id, f.visited_at`,
  );
}
