import { sql } from 'kysely';
import { isoInstant, rows, type Db } from '../../../db/sql.js';
import type { CalendarRow } from '../../../db/rules/calendar.js';
import type { PauseKind } from '../../../db/rules/deadline.js';
import type { TimeLimit } from '../../../db/rules/rule-sets.js';
import type { DeadlineRuleSet } from './deadline.type.js';

// The rule sets (every version), the working-day calendar and the complaints' pauses, as stored.

export interface StoredPause {
  complaintId: number;
  kind: PauseKind;
  startAt: string;
  endAt: string | null;
}

interface RuleSetRow {
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  simpleN: number;
  simpleUnit: TimeLimit['unit'];
  complexN: number;
  complexUnit: TimeLimit['unit'];
  maxDays: number;
  createdAt: string;
  current: boolean;
}

/** Every version of every rule set, by code then version. */
export async function ruleSetVersions(db: Db): Promise<DeadlineRuleSet[]> {
  const found = await rows(
    db,
    sql<RuleSetRow>`select code, version, name_zh as "nameZh", name_en as "nameEn",
        ${isoInstant('effective_from')} as "effectiveFrom", ${isoInstant('effective_to')} as "effectiveTo",
        simple_n as "simpleN", simple_unit as "simpleUnit", complex_n as "complexN", complex_unit as "complexUnit",
        max_days as "maxDays", ${isoInstant('created_at')} as "createdAt",
        version = max(version) over (partition by code) as current
      from deadline_rule_set order by effective_from nulls first, code, version`,
  );
  return found.map((row) => ({
    code: row.code,
    version: row.version,
    name: { zh: row.nameZh, en: row.nameEn },
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    simple: { n: row.simpleN, unit: row.simpleUnit },
    complex: { n: row.complexN, unit: row.complexUnit },
    maxDays: row.maxDays,
    createdAt: row.createdAt,
    current: row.current,
  }));
}

/** The working-day calendar as it stands, and its version. */
export async function calendarOf(db: Db): Promise<{ rows: CalendarRow[]; version: number }> {
  const [days, [latest]] = await Promise.all([
    rows(db, sql<CalendarRow>`select date::text as date, is_working_day as "isWorkingDay" from working_day`),
    rows(db, sql<{ version: number }>`select coalesce(max(version), 0)::int as version from calendar_version`),
  ]);
  return { rows: days, version: latest.version };
}

export function pausesOf(db: Db, complaintIds: readonly number[]): Promise<StoredPause[]> {
  return rows(
    db,
    sql<StoredPause>`select p.complaint_id::int as "complaintId", p.kind, ${isoInstant('p.start_at')} as "startAt",
        ${isoInstant('p.end_at')} as "endAt"
      from complaint_pause p where p.complaint_id = any(${complaintIds}::bigint[]) order by p.complaint_id, p.start_at`,
  );
}
