import { badInput, notFound } from '../../errors.js';
import { appendAudit } from '../access/index.js';
import { checkRequest, type ReportInput } from './assemble.js';
import { deleteReport, latestVersion, lockReport, updateReport, type ReportRow } from './report.repository.js';
import type { ReportDeps } from './report.use-case.js';

// Editing and deleting a draft. Whoever may edit a report may do both: a drafting role (never a
// regulator, which is FORBIDDEN a report it may read) of a report it may read (the caller checks
// that first: NOT_FOUND otherwise) that has no version yet (BAD_USER_INPUT once submitted). Each runs
// in READ COMMITTED after locking the report's row, the lock a submission takes first too: when a
// submission committed while the edit waited for it, the next statement sees its version and the
// edit is refused; and the database refuses any change to a submitted report anyway (a trigger, and
// the versions' foreign key), which is answered in the same words.

/** A report's parameters as the audit log records them. */
const parametersOf = (report: ReportRow) => ({
  template: report.template,
  unit: report.unitCode,
  from: report.from,
  to: report.to,
  comparison: report.comparison,
});

function refuseSubmitted(id: number, version: number, what: 'edited' | 'deleted'): void {
  if (version === 0) return;
  const instead = what === 'edited' ? 'submit a correction (a new version) instead' : 'its versions are kept for good';
  throw badInput(`report ${id} was submitted (version ${version}): a submitted report cannot be ${what}; ${instead}`);
}

/** The draft locked in `db`, refused when it was submitted meanwhile or is gone. */
async function lockedDraft(
  db: Parameters<Parameters<ReportDeps['transactLatest']>[0]>[0],
  id: number,
  what: 'edited' | 'deleted',
) {
  const locked = await lockReport(db, id);
  if (!locked) throw notFound('report', String(id));
  // A statement of its own, after the lock: it sees a version committed while this one waited.
  refuseSubmitted(id, await latestVersion(db, id), what);
  return locked;
}

/** The database's own refusals (the trigger on a submitted report, a version's foreign key) in the words of ours. */
async function guarded<T>(id: number, what: 'edited' | 'deleted', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '42501' || code === '23503')
      throw badInput(`report ${id} was submitted meanwhile: a submitted report cannot be ${what}`);
    throw error;
  }
}

/** New parameters for a draft the viewer may read (see above), for a unit it may see on the new period's end. */
export async function editDraft(deps: ReportDeps, report: ReportRow, input: ReportInput): Promise<void> {
  deps.scope.requireDrafting('editing a report');
  refuseSubmitted(report.id, report.latestVersion, 'edited');
  const request = checkRequest(input);
  const { unit } = await deps.readers.units.require(request.unit, request.period.to);
  const viewer = deps.scope.requireViewer();
  const after = { template: request.template, unit: unit.code, ...request.period, comparison: request.comparison };
  await guarded(report.id, 'edited', () =>
    deps.transactLatest(async (db) => {
      const before = await lockedDraft(db, report.id, 'edited');
      await updateReport(db, report.id, {
        template: request.template,
        unitId: unit.id,
        ...request.period,
        comparison: request.comparison,
      });
      await appendAudit(db, {
        action: 'REPORT_UPDATED',
        actor: viewer.username,
        address: deps.address,
        subject: String(report.id),
        detail: { before: parametersOf(before), after },
      });
    }),
  );
}

/** Deletes a draft the viewer may read (see above); its audit entries stay. */
export async function deleteDraft(deps: ReportDeps, report: ReportRow): Promise<void> {
  deps.scope.requireDrafting('deleting a report');
  refuseSubmitted(report.id, report.latestVersion, 'deleted');
  const viewer = deps.scope.requireViewer();
  await guarded(report.id, 'deleted', () =>
    deps.transactLatest(async (db) => {
      const draft = await lockedDraft(db, report.id, 'deleted');
      await deleteReport(db, report.id);
      await appendAudit(db, {
        action: 'REPORT_DELETED',
        actor: viewer.username,
        address: deps.address,
        subject: String(report.id),
        detail: parametersOf(draft),
      });
    }),
  );
}
