import { sql } from 'kysely';
import type { Comparison, ReportTemplate } from '../../../db/domain.js';
import { isoDate, isoInstant, rows, type Db } from '../../../db/sql.js';
import type { ReportContent } from './report.content.js';
import type { RulesUsed } from './evidence.repository.js';

// Reports and their submitted versions. A version is inserted once and never changed (the database
// refuses it); a report's parameters are fixed once it has one (a trigger).

export interface ReportRow {
  id: number;
  template: ReportTemplate;
  unitId: number;
  unitCode: string;
  unitNameZh: string;
  unitNameEn: string | null;
  from: string;
  to: string;
  comparison: Comparison;
  createdBy: string;
  createdAt: string;
  /** The number of its newest version; 0 for a draft. */
  latestVersion: number;
}

export interface VersionRow {
  id: number;
  reportId: number;
  version: number;
  reason: string | null;
  asOf: string;
  /** The submission's snapshot (`pg_snapshot` as text): which transactions' writes its figures saw; null before 20261206100000. */
  snapshot: string | null;
  /** The deadline rules its figures were computed under; null before 20261209120000. */
  rules: RulesUsed | null;
  fingerprint: string;
  submittedBy: string;
  submittedAt: string;
}

const REPORT_COLUMNS = sql`r.id, r.template, r.unit_id as "unitId", u.code as "unitCode", u.name_zh as "unitNameZh",
  u.name_en as "unitNameEn", ${isoDate('r.period_from')} as "from", ${isoDate('r.period_to')} as "to", r.comparison,
  r.created_by_name as "createdBy", ${isoInstant('r.created_at')} as "createdAt",
  coalesce((select max(v.version) from report_version v where v.report_id = r.id), 0)::int as "latestVersion"`;

const VERSION_COLUMNS = sql`v.id, v.report_id as "reportId", v.version, v.reason, ${isoInstant('v.as_of')} as "asOf", v.as_of_snapshot::text as snapshot,
  v.rules, v.fingerprint, v.submitted_by_name as "submittedBy", ${isoInstant('v.submitted_at')} as "submittedAt"`;

export interface NewReport {
  template: ReportTemplate;
  unitId: number;
  from: string;
  to: string;
  comparison: Comparison;
  createdById: number | null;
  createdByName: string;
}

export async function insertReport(db: Db, report: NewReport): Promise<number> {
  const [row] = await rows(
    db,
    sql<{
      id: number;
    }>`insert into report (template, unit_id, period_from, period_to, comparison, created_by_id, created_by_name)
      values (${report.template}, ${report.unitId}, ${report.from}::date, ${report.to}::date, ${report.comparison},
        ${report.createdById}, ${report.createdByName}) returning id`,
  );
  return row.id;
}

/** A draft's new parameters. */
export type ReportParameters = Pick<NewReport, 'template' | 'unitId' | 'from' | 'to' | 'comparison'>;

/**
 * The report, locked until the caller's transaction ends (FOR UPDATE), so an edit, a deletion and a
 * submission of one report take turns; undefined when it is gone.
 */
export async function lockReport(db: Db, id: number): Promise<ReportRow | undefined> {
  const [row] = await rows(
    db,
    sql<ReportRow>`select ${REPORT_COLUMNS} from report r join unit u on u.id = r.unit_id where r.id = ${id} for update of r`,
  );
  return row;
}

export async function updateReport(db: Db, id: number, p: ReportParameters): Promise<void> {
  await sql`update report set template = ${p.template}, unit_id = ${p.unitId}, period_from = ${p.from}::date, period_to = ${p.to}::date,
    comparison = ${p.comparison} where id = ${id}`.execute(db);
}

export async function deleteReport(db: Db, id: number): Promise<void> {
  await sql`delete from report where id = ${id}`.execute(db);
}

export function reportsByIds(db: Db, ids: readonly number[]): Promise<ReportRow[]> {
  return rows(
    db,
    sql<ReportRow>`select ${REPORT_COLUMNS} from report r join unit u on u.id = r.unit_id where r.id = any(${ids}::int[])`,
  );
}

/** Every report, newest first (the scope filters them: reports are few beside complaints). */
export function allReports(db: Db): Promise<ReportRow[]> {
  return rows(
    db,
    sql<ReportRow>`select ${REPORT_COLUMNS} from report r join unit u on u.id = r.unit_id order by r.id desc`,
  );
}

/** The versions of each report, newest first. */
export function versionsOf(db: Db, reportIds: readonly number[]): Promise<VersionRow[]> {
  return rows(
    db,
    sql<VersionRow>`select ${VERSION_COLUMNS} from report_version v where v.report_id = any(${reportIds}::int[])
      order by v.report_id, v.version desc`,
  );
}

export function contentsOf(db: Db, versionIds: readonly number[]) {
  return rows(
    db,
    sql<{
      id: number;
      content: ReportContent;
    }>`select v.id, v.content from report_version v where v.id = any(${versionIds}::int[])`,
  );
}

/** The instant the current transaction started: a submission's asOf, the instant of its snapshot. */
export async function transactionInstant(db: Db): Promise<Date> {
  const [row] = await rows(
    db,
    sql<{ at: string }>`select ${isoInstant('t.at')} as at from (select transaction_timestamp() as at) t`,
  );
  return new Date(row.at);
}

/** The number of a report's newest version (0 for a draft) in the caller's snapshot. */
export async function latestVersion(db: Db, id: number): Promise<number> {
  const [row] = await rows(
    db,
    sql<{
      latest: number;
    }>`select coalesce(max(v.version), 0)::int as latest from report_version v where v.report_id = ${id}`,
  );
  return row.latest;
}

export interface NewVersion {
  reportId: number;
  version: number;
  reason: string | null;
  asOf: Date;
  content: ReportContent;
  rules: RulesUsed;
  fingerprint: string;
  submittedById: number | null;
  submittedByName: string;
}

/**
 * Stores a version with the caller's snapshot, which in a REPEATABLE READ transaction is the one every
 * statement of it saw: the snapshot the figures were measured in.
 */
export async function insertVersion(db: Db, v: NewVersion): Promise<VersionRow> {
  const [row] = await rows(
    db,
    sql<VersionRow>`insert into report_version as v (report_id, version, reason, as_of, as_of_snapshot, content, rules, fingerprint, submitted_by_id, submitted_by_name)
      values (${v.reportId}, ${v.version}, ${v.reason}, ${v.asOf.toISOString()}::timestamptz, pg_current_snapshot(), ${JSON.stringify(v.content)}::jsonb,
        ${JSON.stringify(v.rules)}::jsonb, ${v.fingerprint}, ${v.submittedById}, ${v.submittedByName})
      returning ${VERSION_COLUMNS}`,
  );
  return row;
}

/** The scorecard rule sets a submitted version scored with: from now on they never change (a trigger refuses it). */
export async function recordScorecardRuleSets(
  db: Db,
  versionId: number,
  sets: readonly { code: string; version: number }[],
): Promise<void> {
  if (sets.length === 0) return;
  await db
    .insertInto('report_scorecard_rule_set')
    .values(sets.map((set) => ({ report_version_id: versionId, code: set.code, version: set.version })))
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}
