import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import { subtreeIds } from '../units/index.js';

// The data behind a report's figures, read in SQL: a fingerprint of it when a version is submitted,
// and, later, what in it arrived or changed since (the causes of a restatement). Both read the
// report's unit's subtree on the tree date its figures are measured on, and the complaints received
// in its period and comparison period, and the premiums of their months.

export interface Evidence {
  /** The report's unit (or jurisdiction). */
  rootId: number;
  /** The tree date the figures are measured on (the period's end). */
  at: string;
  /** The period, then the comparison period if any. */
  periods: readonly { from: string; to: string }[];
}

const froms = (e: Evidence) => e.periods.map((p) => p.from);
const tos = (e: Evidence) => e.periods.map((p) => p.to);

/**
 * The evidence as CTEs: `sub` (unit ids), `per` (periods, with their index: 0 the current), `ec` (the
 * complaints of the subtree received in a period) and `ep` (the subtree's premium rows of their months).
 */
const scoped = (e: Evidence) => sql`sub as (select id from ${subtreeIds(e.rootId, e.at)} t),
  per as (select f::date as f, t::date as t, (i - 1)::int as i from unnest(${froms(e)}::text[], ${tos(e)}::text[]) with ordinality as x(f, t, i)),
  ec as (select c.id, c.ref, c.received_date, c.recorded_at, c.changed_at, c.closed_at, c.followups, c.satisfied_followups from complaint c
    where c.unit_id in (select id from sub) and exists (select 1 from per where c.received_date between per.f and per.t)),
  ep as (select p.id, p.month, p.changed_at from premium p
    where p.unit_id in (select id from sub) and exists (select 1 from per where p.month between date_trunc('month', per.f) and per.t))`;

/**
 * SHA-256 (hex) over the subtree's unit ids, and for the complaints received in the periods and the
 * premium rows of their months: how many, the latest change, and a digest of every row's id and
 * change instant (with the follow-up counts, which a trigger keeps). ONE statement, in the caller's
 * snapshot: two submissions with the same fingerprint were made from the same rows.
 */
export async function fingerprintOf(db: Db, e: Evidence): Promise<string> {
  const [row] = await rows(
    db,
    sql<{ fingerprint: string }>`with ${scoped(e)}
      select encode(sha256(convert_to(concat_ws('|',
        (select string_agg(id::text, ',' order by id) from sub),
        (select count(*) from ec), (select max(changed_at) from ec),
        (select md5(string_agg(concat_ws(':', id, extract(epoch from changed_at), followups, satisfied_followups), ',' order by id)) from ec),
        (select count(*) from ep), (select max(changed_at) from ep),
        (select md5(string_agg(concat_ws(':', id, extract(epoch from changed_at)), ',' order by id)) from ep)
      ), 'UTF8')), 'hex') as fingerprint`,
  );
  return row.fingerprint;
}

export type CauseKind = 'IMPORTED_LATER' | 'CHANGED_LATER' | 'CLOSED_LATER' | 'PREMIUM_CHANGED';

export interface CauseRow {
  kind: CauseKind;
  count: number;
  /** Of them, how many were received in the current period (the rest in the comparison period). */
  inCurrent: number;
  /** Up to 20 complaint refs, in order. */
  refs: string[];
}

/**
 * What in the evidence arrived or changed after `asOf`, one row per kind found, in ONE statement. A
 * complaint counts once: recorded later (IMPORTED_LATER), else closed later (CLOSED_LATER: a figure
 * measured at asOf saw it open), else changed later (CHANGED_LATER). Premium rows changed or recorded
 * later: PREMIUM_CHANGED.
 */
export function causesSince(db: Db, e: Evidence, asOf: string): Promise<CauseRow[]> {
  return rows(
    db,
    sql<CauseRow>`with ${scoped(e)},
      c as (select c.ref, (select min(per.i) from per where c.received_date between per.f and per.t) as i,
          case when c.recorded_at > ${asOf}::timestamptz then 'IMPORTED_LATER'
               when c.closed_at > ${asOf}::timestamptz then 'CLOSED_LATER'
               when c.changed_at > ${asOf}::timestamptz then 'CHANGED_LATER' end as kind
        from ec c
        where c.recorded_at > ${asOf}::timestamptz or c.changed_at > ${asOf}::timestamptz or c.closed_at > ${asOf}::timestamptz),
      p as (select p.month from ep p where p.changed_at > ${asOf}::timestamptz)
      select kind, count(*)::int as count, count(*) filter (where i = 0)::int as "inCurrent", (array_agg(ref order by ref))[1:20] as refs
        from c group by kind
      union all
      select 'PREMIUM_CHANGED', count(*)::int, count(*)::int, array[]::text[] from p having count(*) > 0`,
  );
}
