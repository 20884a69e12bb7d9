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
  ec as (select c.id, c.ref, c.received_date, c.recorded_at, c.changed_at, c.recorded_xid, c.changed_xid, c.closed_at, c.followups, c.satisfied_followups,
      c.rule_set_code, c.rule_set_version, c.calendar_version from complaint c
    where c.unit_id in (select id from sub) and c.received_at >= start_of_shanghai_day((select min(f) from per))
      and c.received_at < start_of_shanghai_day((select max(t) from per) + 1)
      and exists (select 1 from per where c.received_date between per.f and per.t)),
  ep as (select p.id, p.month, p.changed_at, p.changed_xid from premium p
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

export type CauseKind =
  'IMPORTED_LATER' | 'CHANGED_LATER' | 'CLOSED_LATER' | 'RULES_CHANGED' | 'PREMIUM_CHANGED' | 'SCORECARD_CHANGED';

/** The deadline rules a version's figures were computed under: the rule sets covering its periods, and the calendar. */
export interface RulesUsed {
  ruleSets: { code: string; version: number }[];
  calendarVersion: number;
}

/**
 * The latest version of each rule set whose receipt instants meet a period of the evidence (Shanghai
 * days), and the calendar's version: what deadlines computed now would use. ONE statement.
 */
export async function rulesUsed(db: Db, e: Evidence): Promise<RulesUsed> {
  const [row] = await rows(
    db,
    sql<RulesUsed>`with per as (select f::date as f, t::date as t from unnest(${froms(e)}::text[], ${tos(e)}::text[]) as x(f, t)),
      r as (select distinct on (code) code, version, effective_from, effective_to from deadline_rule_set order by code, version desc)
      select coalesce((select json_agg(json_build_object('code', r.code, 'version', r.version) order by r.code) from r
          where exists (select 1 from per
            where (r.effective_from is null or r.effective_from < start_of_shanghai_day(per.t + 1))
              and (r.effective_to is null or r.effective_to > start_of_shanghai_day(per.f)))), '[]'::json) as "ruleSets",
        (select coalesce(max(version), 0)::int from calendar_version) as "calendarVersion"`,
  );
  return row;
}

export interface CauseRow {
  kind: CauseKind;
  count: number;
  /** Of them, how many were received in the current period (the rest in the comparison period). */
  inCurrent: number;
  /** Up to 20 complaint refs, in order. */
  refs: string[];
}

/** When a submitted version was measured: its instant and, from 20261206100000 on, its snapshot; from 20261209120000, its rules. */
export interface MeasuredAt {
  asOf: string;
  snapshot: string | null;
  rules: RulesUsed | null;
}

/**
 * Whether a row's write (`xid`, `at`) came after the measurement. With a snapshot, exactly: the
 * writing transaction is not visible in it, however early it started (an import running while the
 * report was submitted). A null xid was written before the stamps existed, so before any snapshot.
 * Without one (versions submitted before the stamps), by the instants, as then.
 */
function later(xid: string, at: string, m: MeasuredAt) {
  return m.snapshot === null
    ? sql`(${sql.ref(at)} > ${m.asOf}::timestamptz)`
    : sql`coalesce(not pg_visible_in_snapshot(${sql.ref(xid)}, ${m.snapshot}::pg_snapshot), false)`;
}

/**
 * What in the evidence arrived or changed after the version was measured, one row per kind found, in
 * ONE statement. A complaint counts once: recorded later (IMPORTED_LATER), else closed later
 * (CLOSED_LATER: a figure measured at asOf saw it open), else changed later with its deadline now
 * computed under a rule-set version or calendar the version did not use (RULES_CHANGED), else changed
 * later (CHANGED_LATER). Premium rows changed or recorded later: PREMIUM_CHANGED.
 */
export function causesSince(db: Db, e: Evidence, m: MeasuredAt): Promise<CauseRow[]> {
  const recorded = later('c.recorded_xid', 'c.recorded_at', m);
  const changed = later('c.changed_xid', 'c.changed_at', m);
  const closed = sql`(c.closed_at > ${m.asOf}::timestamptz)`;
  const recomputed = m.rules
    ? sql`(${changed} and ((c.rule_set_code is not null and not exists (select 1
          from jsonb_to_recordset(${JSON.stringify(m.rules.ruleSets)}::jsonb) as r(code text, version int)
          where r.code = c.rule_set_code and r.version = c.rule_set_version))
        or coalesce(c.calendar_version > ${m.rules.calendarVersion}, false)))`
    : sql`false`;
  return rows(
    db,
    sql<CauseRow>`with ${scoped(e)},
      c as (select c.ref, (select min(per.i) from per where c.received_date between per.f and per.t) as i,
          case when ${recorded} then 'IMPORTED_LATER' when ${closed} then 'CLOSED_LATER' when ${recomputed} then 'RULES_CHANGED'
            when ${changed} then 'CHANGED_LATER' end as kind
        from ec c
        where ${recorded} or ${changed} or ${closed}),
      p as (select p.month from ep p where ${later('p.changed_xid', 'p.changed_at', m)})
      select kind, count(*)::int as count, count(*) filter (where i = 0)::int as "inCurrent", (array_agg(ref order by ref))[1:20] as refs
        from c group by kind
      union all
      select 'PREMIUM_CHANGED', count(*)::int, count(*)::int, array[]::text[] from p having count(*) > 0`,
  );
}

/**
 * What the scorecard of a version scored with and was written after it was measured: MANUAL points
 * of its rule sets entered for its periods (or replaced), and incidents recorded dated in them — of any
 * unit, since a peer's total moves the ranks. By the instants (neither table carries transaction
 * stamps). ONE statement; a count only, naming no unit.
 */
export async function scorecardChangesSince(
  db: Db,
  /** The scored periods, the report's first, then the year before's. */
  periods: readonly { from: string; to: string }[],
  ruleSets: readonly { code: string; version: number }[],
  asOf: string,
): Promise<CauseRow | null> {
  if (ruleSets.length === 0) return null;
  const [row] = await rows(
    db,
    sql<{ count: number; inCurrent: number }>`with per as (select f::date as f, t::date as t, i
        from unnest(${periods.map((p) => p.from)}::text[], ${periods.map((p) => p.to)}::text[]) with ordinality as x(f, t, i)),
      m as (select (select min(per.i) from per where m.period_from <= per.t and m.period_to >= per.f) as i
        from scorecard_manual_point m
        join jsonb_to_recordset(${JSON.stringify(ruleSets)}::jsonb) as r(code text, version int)
          on r.code = m.rule_set_code and r.version = m.rule_set_version
        where m.entered_at > ${asOf}::timestamptz),
      n as (select (select min(per.i) from per where n.date between per.f and per.t) as i
        from incident n where n.recorded_at > ${asOf}::timestamptz),
      changed as (select i from m where i is not null union all select i from n where i is not null)
      select count(*)::int as count, count(*) filter (where i = 1)::int as "inCurrent" from changed`,
  );
  return row.count === 0 ? null : { kind: 'SCORECARD_CHANGED', count: row.count, inCurrent: row.inCurrent, refs: [] };
}
