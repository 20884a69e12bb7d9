// The deadline rules as an import reads them — the rule sets in force and the working-day calendar,
// read from the database once per import and kept in memory — and the recomputation of stored
// deadlines that a pauses or calendar import brings about. The computation itself is db/rules/.
import { CalendarMissing, WorkingDayCalendar } from '../rules/calendar.js';
import { dayNumber, endOfShanghaiDay, shanghaiDateOf } from '../rules/days.js';
import { computeDeadline, DeadlineRefused, type Deadline, type DeadlineFacts, type Pause } from '../rules/deadline.js';
import type { DeadlineRuleSet, HandlingClass, TimeLimit } from '../rules/rule-sets.js';

/**
 * What the rules are read and deadlines recomputed on: a pg client (the import's), or anything that
 * runs a statement with parameters the same way (the portal's transaction, for a rule-set change).
 */
export interface SqlClient {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row type its SQL selects, as with pg's own query
  query: <R extends object>(text: string, params?: unknown[]) => Promise<{ rows: R[]; rowCount: number | null }>;
}

/** A timestamptz as a driver returns it: a Date from pg's defaults, an ISO string where the connection parses none. */
type Instant = Date | string;
const instantOf = (value: Instant | null) => (value === null ? null : new Date(value));

export interface DeadlineRules {
  ruleSets: DeadlineRuleSet[];
  calendar: WorkingDayCalendar;
  calendarVersion: number;
}

/**
 * Most complaints of a day share their last day: the calendar walk is remembered per start date and
 * count, so a million rows cost a few thousand walks.
 */
class RememberingCalendar extends WorkingDayCalendar {
  private readonly found = new Map<number, string>();

  override nthWorkingDayAfter(date: string, n: number): string {
    // A number rather than a string made per row; a count past 1,000 (none is), or no date, is not remembered.
    const key = dayNumber(date) * 1000 + n;
    if (!(n >= 0 && n < 1000 && Number.isInteger(key))) return super.nthWorkingDayAfter(date, n);
    let day = this.found.get(key);
    if (day === undefined) {
      day = super.nthWorkingDayAfter(date, n);
      this.found.set(key, day);
    }
    return day;
  }
}

/** The latest version of each rule set, the calendar and its version. */
export async function loadDeadlineRules(client: SqlClient): Promise<DeadlineRules> {
  const { rows: sets } = await client.query<{
    code: string;
    version: number;
    name_zh: string;
    name_en: string;
    effective_from: Instant | null;
    effective_to: Instant | null;
    simple_n: number;
    simple_unit: TimeLimit['unit'];
    complex_n: number;
    complex_unit: TimeLimit['unit'];
    max_days: number;
  }>(`select distinct on (code) * from deadline_rule_set order by code, version desc`);
  const { rows: days } = await client.query<{ date: string; is_working_day: boolean }>(
    `select date::text, is_working_day from working_day`,
  );
  const { rows: versions } = await client.query<{ version: number }>(
    `select coalesce(max(version), 0)::int as version from calendar_version`,
  );
  return {
    ruleSets: sets.map((set) => ({
      code: set.code,
      name: { zh: set.name_zh, en: set.name_en },
      version: set.version,
      effectiveFrom: instantOf(set.effective_from)?.toISOString() ?? null,
      effectiveTo: instantOf(set.effective_to)?.toISOString() ?? null,
      limits: {
        SIMPLE: { n: set.simple_n, unit: set.simple_unit },
        COMPLEX: { n: set.complex_n, unit: set.complex_unit },
      },
      maxDays: set.max_days,
    })),
    calendar: new RememberingCalendar(days.map((day) => ({ date: day.date, isWorkingDay: day.is_working_day }))),
    calendarVersion: versions[0].version,
  };
}

/** A refusal of the rules, with the complaint column it belongs to. */
export interface DeadlineProblem {
  column: string;
  message: string;
}

/** The deadline, or why the rules refuse the facts (an unknown calendar year names received_at). */
export function deadlineOf(facts: DeadlineFacts, rules: DeadlineRules): Deadline | DeadlineProblem {
  try {
    return computeDeadline(facts, rules.ruleSets, rules.calendar);
  } catch (error) {
    if (error instanceof DeadlineRefused) return { column: error.column, message: error.message };
    if (error instanceof CalendarMissing) return { column: 'received_at', message: error.message };
    throw error;
  }
}

/**
 * The end of the 3rd working day after the Shanghai date of receipt (RULES.md §4, the 3-working-day
 * closure rate; no pauses), as an instant in ms, or why the calendar cannot say (an unknown year).
 */
export function thirdWorkingDayEndOf(receivedAt: Date, rules: DeadlineRules): number | { message: string } {
  try {
    return endOfShanghaiDay(rules.calendar.nthWorkingDayAfter(shanghaiDateOf(receivedAt), 3)).getTime();
  } catch (error) {
    if (error instanceof CalendarMissing) return { message: error.message };
    throw error;
  }
}

/**
 * Recomputes the 3-working-day end of the closed complaints `where` selects (SQL on `c`) after a
 * calendar change; those the calendar no longer knows are returned by ref, and nothing is written then.
 */
export async function recomputeClosureWindows(
  client: SqlClient,
  rules: DeadlineRules,
  where: string,
  params: unknown[] = [],
): Promise<{ changed: number; problems: (DeadlineProblem & { ref: string })[] }> {
  const { rows } = await client.query<{
    id: string;
    ref: string;
    received_at: Instant;
    third_working_day_end: Instant | null;
  }>(
    `select c.id, c.ref, c.received_at, c.third_working_day_end from complaint c where c.closed_at is not null and ${where}`,
    params,
  );
  const problems: (DeadlineProblem & { ref: string })[] = [];
  const ids: string[] = [];
  const ends: string[] = [];
  for (const row of rows) {
    const end = thirdWorkingDayEndOf(new Date(row.received_at), rules);
    if (typeof end !== 'number') problems.push({ ref: row.ref, column: 'closed_at', message: end.message });
    else if (end !== instantOf(row.third_working_day_end)?.getTime()) {
      ids.push(row.id);
      ends.push(new Date(end).toISOString());
    }
  }
  if (problems.length > 0) return { changed: 0, problems };
  const { rowCount } = await client.query(
    `update complaint c set third_working_day_end = v.end_at
     from unnest($1::bigint[], $2::timestamptz[]) as v(id, end_at) where c.id = v.id`,
    [ids, ends],
  );
  return { changed: rowCount ?? 0, problems };
}

/** The calendar version a deadline depends on: only a default or extension under working days needs it. */
export function calendarVersionOf(deadline: Deadline, rules: DeadlineRules): number | null {
  return deadline.source !== 'EXPLICIT' && deadline.limit.unit === 'WORKING_DAYS' ? rules.calendarVersion : null;
}

interface StoredFacts {
  id: string;
  ref: string;
  received_at: Instant;
  handling_class: HandlingClass;
  explicit_due_at: Instant | null;
  extended_due_at: Instant | null;
  due_at: Instant | null;
  due_source: string | null;
  rule_set_code: string | null;
  rule_set_version: number | null;
  calendar_version: number | null;
  pauses: { kind: Pause['kind']; start_at: string; end_at: string | null }[];
}

export interface Recomputed {
  /** Complaints whose stored deadline (dueAt, source, rule set or calendar version) changed. */
  changed: number;
  /** Complaints the rules now refuse, by ref: nothing was written for any of them. */
  problems: (DeadlineProblem & { ref: string })[];
}

/**
 * Recomputes the deadline of every complaint `where` selects (SQL on `c`, the complaint) from its
 * stored facts and pauses, and writes those that changed, with their pauses' p, w and whether they
 * counted. When the rules refuse any complaint, nothing is written and the problems are returned.
 */
export async function recomputeDeadlines(
  client: SqlClient,
  rules: DeadlineRules,
  where: string,
  params: unknown[] = [],
): Promise<Recomputed> {
  const { rows } = await client.query<StoredFacts>(
    `select c.id, c.ref, c.received_at, c.handling_class, c.extended_due_at, c.due_at, c.due_source,
            c.rule_set_code, c.rule_set_version, c.calendar_version,
            case when c.due_source = 'EXPLICIT' then c.due_at end as explicit_due_at,
            coalesce((select json_agg(json_build_object('kind', p.kind, 'start_at', p.start_at, 'end_at', p.end_at))
                      from complaint_pause p where p.complaint_id = c.id), '[]') as pauses
     from complaint c where ${where}`,
    params,
  );
  const problems: Recomputed['problems'] = [];
  const complaints: unknown[][] = [[], [], [], [], [], []];
  const pauses: unknown[][] = [[], [], [], [], []];
  for (const row of rows) {
    const deadline = deadlineOf(
      {
        receivedAt: new Date(row.received_at),
        handlingClass: row.handling_class,
        dueAt: instantOf(row.explicit_due_at),
        extendedDueAt: instantOf(row.extended_due_at),
        pauses: row.pauses.map((p) => ({
          kind: p.kind,
          startAt: new Date(p.start_at),
          endAt: p.end_at === null ? null : new Date(p.end_at),
        })),
      },
      rules,
    );
    if (!('source' in deadline)) {
      problems.push({ ref: row.ref, ...deadline });
      continue;
    }
    const calendarVersion = calendarVersionOf(deadline, rules);
    const stored = [instantOf(row.due_at)?.getTime() ?? null, row.due_source, row.rule_set_code, row.rule_set_version];
    const computed = [
      deadline.dueAt?.getTime() ?? null,
      deadline.source,
      deadline.ruleSet.code,
      deadline.ruleSet.version,
    ];
    if (stored.some((value, i) => value !== computed[i])) {
      [
        row.id,
        deadline.dueAt?.toISOString() ?? null,
        deadline.source,
        deadline.ruleSet.code,
        deadline.ruleSet.version,
        calendarVersion,
      ].forEach((value, i) => complaints[i].push(value));
    }
    for (const pause of deadline.pauses) {
      [row.id, pause.startAt.toISOString(), pause.days, pause.workingDays, pause.counted].forEach((value, i) =>
        pauses[i].push(value),
      );
    }
  }
  if (problems.length > 0) return { changed: 0, problems };
  const { rowCount } = await client.query(
    `update complaint c set due_at = v.due_at, due_source = v.due_source, rule_set_code = v.code,
            rule_set_version = v.version, calendar_version = v.calendar_version
     from unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::int[], $6::int[])
       as v(id, due_at, due_source, code, version, calendar_version)
     where c.id = v.id`,
    complaints,
  );
  await client.query(
    `update complaint_pause p set days = v.days, working_days = v.working_days, counted = v.counted
     from unnest($1::bigint[], $2::timestamptz[], $3::int[], $4::int[], $5::boolean[]) as v(id, start_at, days, working_days, counted)
     where p.complaint_id = v.id and p.start_at = v.start_at
       and (p.days, p.working_days, p.counted) is distinct from (v.days, v.working_days, v.counted)`,
    pauses,
  );
  return { changed: rowCount ?? 0, problems };
}
