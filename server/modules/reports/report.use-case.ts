import type { Db } from '../../../db/sql.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { appendAudit, authorId, type Scope } from '../access/index.js';
import type { Transact } from '../../kernel/transact.js';
import { comparisonPeriod } from '../metrics/index.js';
import { yearBefore } from '../scorecard/index.js';
import { assembleReport, checkRequest, type ReportInput, type ReportRequest } from './assemble.js';
import type { ReportReaders } from './report.readers.js';
import { fingerprintOf, rulesUsed, type Evidence } from './evidence.repository.js';
import type { ReportContent } from './report.content.js';
import {
  insertReport,
  insertVersion,
  latestVersion,
  lockReport,
  recordScorecardRuleSets,
  transactionInstant,
  type ReportRow,
  type VersionRow,
} from './report.repository.js';

// Drafts and submissions. A draft is parameters only; submitting assembles the report in one
// REPEATABLE READ transaction, so its figures, its asOf (the transaction's instant) and the
// fingerprint of the data behind it all describe the same snapshot, and writes the version and the
// audit entry with it.

export interface ReportDeps {
  /** The request's database handle (a read replica's, when the server has any). */
  db: Db;
  /** The primary, outside any transaction: where a download's audit line is written. */
  primary: Db;
  /** Transactions in REPEATABLE READ. */
  transact: Transact;
  /** Transactions in READ COMMITTED, each statement seeing what was committed before it (editing a draft after locking it). */
  transactLatest: Transact;
  scope: Scope;
  /** The request's scoped readers. */
  readers: ReportReaders;
  /** The same readers on another handle (a transaction's). */
  readersOn: (db: Db) => ReportReaders;
  /** The client's address for the audit log (null from the command line). */
  address: string | null;
}

export const requestOf = (report: ReportRow): ReportRequest => ({
  template: report.template,
  unit: report.unitCode,
  period: { from: report.from, to: report.to },
  comparison: report.comparison,
});

/** The data behind a report's figures: its unit's subtree at the period's end, its period and comparison period. */
export function evidenceOf(report: Pick<ReportRow, 'unitId' | 'from' | 'to' | 'comparison'>): Evidence {
  const period = { from: report.from, to: report.to };
  const previous = comparisonPeriod(period, report.comparison);
  return { rootId: report.unitId, at: report.to, periods: previous ? [period, previous] : [period] };
}

/** The periods a report's scorecard scored: its own and the same dates a year earlier (RULES.md §5's `previous`). */
export function scoredPeriods(report: Pick<ReportRow, 'from' | 'to'>): { from: string; to: string }[] {
  const period = { from: report.from, to: report.to };
  return [period, yearBefore(period)];
}

/** Saves a draft for a unit the viewer may see on the period's end (NOT_FOUND, FORBIDDEN otherwise). */
export async function createDraft(deps: ReportDeps, input: ReportInput): Promise<number> {
  deps.scope.requireDrafting('creating a report');
  const request = checkRequest(input);
  const { unit } = await deps.readers.units.require(request.unit, request.period.to);
  const viewer = deps.scope.requireViewer();
  return deps.transact(async (db) => {
    const id = await insertReport(db, {
      template: request.template,
      unitId: unit.id,
      from: request.period.from,
      to: request.period.to,
      comparison: request.comparison,
      createdById: authorId(viewer),
      createdByName: viewer.username,
    });
    await appendAudit(db, {
      action: 'REPORT_CREATED',
      actor: viewer.username,
      address: deps.address,
      subject: String(id),
      detail: { template: request.template, unit: unit.code, ...request.period, comparison: request.comparison },
    });
    return id;
  });
}

/**
 * Freezes the report's figures now as its next version: the first takes no reason, a correction
 * must give one. Two submissions of one report at once: the second is refused and may be retried.
 */
export async function submit(deps: ReportDeps, report: ReportRow, rawReason?: string | null): Promise<VersionRow> {
  deps.scope.requireDrafting('submitting a report');
  const viewer = deps.scope.requireViewer();
  const reason = (rawReason ?? '').trim() || null;
  try {
    return await deps.transact(async (db) => {
      // First, so the snapshot is taken with the report locked: an edit or a deletion waits for the
      // submission, and a submission that waited for an edit is refused (40001) rather than freezing
      // figures of the parameters the edit replaced.
      const current = await lockReport(db, report.id);
      if (!current) throw notFound('report', String(report.id));
      const asOf = await transactionInstant(db);
      const version = (await latestVersion(db, report.id)) + 1;
      if (version === 1 && reason)
        throw badInput(`report ${report.id} has no version yet: its first submission takes no reason`);
      if (version > 1 && !reason)
        throw badInput(`report ${report.id} was submitted as version ${version - 1}: a correction needs a reason`);
      if (reason && reason.length > 2000) throw badInput('a reason has at most 2000 characters');
      const content = await assembleReport(deps.readersOn(db), requestOf(current), asOf);
      const fingerprint = await fingerprintOf(db, evidenceOf(current));
      const rules = await rulesUsed(db, evidenceOf(current));
      const row = await insertVersion(db, {
        reportId: report.id,
        version,
        reason,
        asOf,
        content,
        rules,
        fingerprint,
        submittedById: authorId(viewer),
        submittedByName: viewer.username,
      });
      await recordScorecardRuleSets(db, row.id, content.scorecardRuleSets ?? []);
      await appendAudit(db, {
        action: 'REPORT_SUBMITTED',
        actor: viewer.username,
        address: deps.address,
        subject: String(report.id),
        detail: {
          version,
          unit: current.unitCode,
          from: current.from,
          to: current.to,
          fingerprint,
          ...(reason && { reason }),
        },
      });
      return row;
    });
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'report_version_report_version_unique') {
      throw new DomainError(
        'BAD_USER_INPUT',
        `report ${report.id} was submitted by someone else at the same moment; reload it and submit again`,
      );
    }
    if ((error as { code?: string }).code === '40001') {
      throw new DomainError(
        'BAD_USER_INPUT',
        `report ${report.id} was changed by someone else at the same moment; reload it and submit again`,
      );
    }
    throw error;
  }
}

/** The report assembled from today's figures (a draft's preview, a restatement's other side). */
export function assembleLive(deps: ReportDeps, input: ReportInput): Promise<ReportContent> {
  deps.scope.requireDrafting('live figures of a report');
  return assembleReport(deps.readers, input, deps.readers.now);
}
