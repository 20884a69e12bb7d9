import DataLoader from 'dataloader';
import { badInput, notFound } from '../../errors.js';
import { groupBy } from '../../kernel/dated-loader.js';
import { appendAudit } from '../access/index.js';
import { causesSince } from './evidence.repository.js';
import { renderReportPdf, renderReportXlsx } from './export/index.js';
import type { ReportContent, ReportVersionMeta } from './report.content.js';
import { allReports, contentsOf, reportsByIds, versionsOf, type ReportRow, type VersionRow } from './report.repository.js';
import type { ReportInput } from './assemble.js';
import { deleteDraft, editDraft } from './report-drafts.use-case.js';
import { assembleLive, createDraft, evidenceOf, requestOf, submit, type ReportDeps } from './report.use-case.js';
import { describeCause, differences, type Restatement } from './restatement.js';
import { scopeContent, unitCodesOf } from './report.scope.js';

export const MAX_REPORTS_PAGE = 200;

export type ExportFormat = 'xlsx' | 'pdf';
export type ExportLanguage = 'zh-CN' | 'en';

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * Reports as the request's viewer may see them: every report passes the scope here, and one it may not
 * read (outside its units, of a template its role does not read, a draft to a role that reads
 * submissions only) is NOT_FOUND in the very words of an unknown id. Every content leaving here, frozen
 * or live, is shown through the viewer's scope (report.scope.ts): the stored version never changes.
 * Loaders batch what a page of reports asks for; a report's live figures are assembled once per request.
 */
export function createReportReader(deps: ReportDeps) {
  const { db, scope } = deps;
  const reports = new DataLoader<number, ReportRow | undefined>(async (ids) => {
    const found = new Map((await reportsByIds(db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id));
  });
  const versions = new DataLoader<number, VersionRow[]>(async (ids) => {
    const found = groupBy(await versionsOf(db, ids), (row) => row.reportId);
    return ids.map((id) => found.get(id) ?? []);
  });
  const contents = new DataLoader<number, ReportContent>(async (ids) => {
    const found = new Map((await contentsOf(db, ids)).map((row) => [row.id, row.content]));
    return ids.map((id) => found.get(id) ?? new Error(`report version ${id} has no content`));
  });
  const lives = new Map<number, Promise<ReportContent>>();

  const seen = (row: ReportRow) => ({ ...row, at: row.to, submitted: row.latestVersion > 0 });

  async function require(rawId: number | string): Promise<ReportRow> {
    const id = Number(rawId);
    const row = Number.isSafeInteger(id) && id > 0 ? await reports.load(id) : undefined;
    if (!row || !(await scope.mayReadReport(seen(row)))) throw notFound('report', String(rawId));
    return row;
  }

  /** A content as the viewer may see it: each unit's row as they could see the unit on the report's date, its `to`. */
  async function scoped(content: ReportContent): Promise<ReportContent> {
    return scopeContent(content, await deps.readers.units.rowAccess(unitCodesOf(content), content.period.to));
  }

  function live(report: ReportRow): Promise<ReportContent> {
    if (!lives.has(report.id)) lives.set(report.id, assembleLive(deps, requestOf(report)).then(scoped));
    return lives.get(report.id)!;
  }

  /** A version's frozen content, as the viewer may see it. */
  const frozen = async (versionId: number) => scoped(await contents.load(versionId));

  async function version(report: ReportRow, number: number): Promise<VersionRow> {
    const found = (await versions.load(report.id)).find((v) => v.version === number);
    if (!found) throw notFound('version', `${number} of report ${report.id}`);
    return found;
  }

  return {
    /** A report assembled from live figures, nothing stored. */
    preview: async (input: ReportInput) => scoped(await assembleLive(deps, input)),

    /** The reports the viewer may see, newest first. */
    async list(first: number): Promise<ReportRow[]> {
      if (!Number.isInteger(first) || first < 0 || first > MAX_REPORTS_PAGE) throw badInput(`first must be between 0 and ${MAX_REPORTS_PAGE}, not ${first}`);
      const visible = await scope.visibleReports((await allReports(db)).map(seen));
      return visible.slice(0, first);
    },

    require,

    async create(input: ReportInput): Promise<ReportRow> {
      return require(await createDraft(deps, input));
    },

    /** New parameters for a draft (report-drafts.use-case.ts): NOT_FOUND, FORBIDDEN, BAD_USER_INPUT as it says. */
    async update(id: number | string, input: ReportInput): Promise<ReportRow> {
      const report = await require(id);
      await editDraft(deps, report, input);
      reports.clear(report.id);
      lives.delete(report.id);
      return require(report.id);
    },

    /** Deletes a draft (report-drafts.use-case.ts). */
    async remove(id: number | string): Promise<void> {
      const report = await require(id);
      await deleteDraft(deps, report);
      reports.clear(report.id);
      lives.delete(report.id);
    },

    async submit(id: number | string, reason?: string | null): Promise<VersionRow> {
      const report = await require(id);
      const row = await submit(deps, report, reason);
      reports.clear(report.id);
      versions.clear(report.id);
      return row;
    },

    versions: (report: { id: number }) => versions.load(report.id),
    content: (row: { id: number }) => frozen(row.id),
    live,

    /** A version's frozen figures against today's, with the causes the data shows: both sides as the viewer may see them. */
    async restatement(reportId: number, versionId: number): Promise<Restatement> {
      const report = await require(reportId);
      scope.requireDrafting('a restatement');
      const row = (await versions.load(report.id)).find((v) => v.id === versionId)!;
      const [then, now, causes] = await Promise.all([frozen(row.id), live(report), causesSince(db, evidenceOf(report), row)]);
      const found = differences(then, now);
      return { checkedAt: deps.readers.now.toISOString(), unchanged: found.length === 0, differences: found, causes: causes.map(describeCause) };
    },

    /** A file of a report assembled from live figures, nothing stored (the command line's draft), recorded in the audit log. */
    async exportPreview(input: ReportInput, format: ExportFormat, language: ExportLanguage): Promise<ExportedFile> {
      const content = await scoped(await assembleLive(deps, input));
      return exported(content, null, 'draft', format, language, null);
    },

    /** A version's file from its snapshot (or the draft's, from live figures), recorded in the audit log. */
    async exportFile(id: number | string, which: number | 'draft', format: ExportFormat, language: ExportLanguage): Promise<ExportedFile> {
      const report = await require(id);
      let content: ReportContent;
      let meta: ReportVersionMeta | null = null;
      if (which === 'draft') {
        scope.requireDrafting('a draft download');
        content = await live(report);
      } else {
        const row = await version(report, which);
        content = await frozen(row.id);
        meta = { reportId: report.id, version: row.version, submittedBy: row.submittedBy, submittedAt: row.submittedAt, fingerprint: row.fingerprint, reason: row.reason };
      }
      return exported(content, meta, which, format, language, report.id);
    },
  };

  async function exported(
    content: ReportContent, meta: ReportVersionMeta | null, which: number | 'draft', format: ExportFormat, language: ExportLanguage, reportId: number | null,
  ): Promise<ExportedFile> {
    const body = await (format === 'xlsx' ? renderReportXlsx : renderReportPdf)(content, meta, language);
    await appendAudit(db, {
      action: 'REPORT_EXPORTED', actor: scope.requireViewer().username, address: deps.address, subject: reportId === null ? null : String(reportId),
      detail: { version: which, format, language, unit: content.unit.code, from: content.period.from, to: content.period.to },
    });
    const name = language === 'en' ? content.unit.name.en : content.unit.name.zh;
    const tag = which === 'draft' ? (language === 'en' ? 'draft' : '草稿') : `v${which}`;
    return { filename: `${name}_${content.period.from}_${content.period.to}_${tag}.${format}`, contentType: CONTENT_TYPES[format], body };
  }
}

export type ReportReader = ReturnType<typeof createReportReader>;
