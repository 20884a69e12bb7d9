import DataLoader from 'dataloader';
import { badInput, notFound } from '../../errors.js';
import { groupBy } from '../../kernel/dated-loader.js';
import { appendAudit } from '../access/index.js';
import { causesSince, rulesUsed, scorecardChangesSince } from './evidence.repository.js';
import { renderReportPdf, renderReportXlsx } from './export/index.js';
import type { ReportContent, ReportVersionMeta } from './report.content.js';
import {
  allReports,
  contentsOf,
  reportsByIds,
  versionsOf,
  type ReportRow,
  type VersionRow,
} from './report.repository.js';
import type { ReportInput } from './assemble.js';
import { deleteDraft, editDraft } from './report-drafts.use-case.js';
import {
  assembleLive,
  createDraft,
  evidenceOf,
  requestOf,
  scoredPeriods,
  submit,
  type ReportDeps,
} from './report.use-case.js';
import { describeCause, differences, rulesCause, rulesChanges, type Restatement } from './restatement.js';
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

/** A report row as the scope judges it: its date (the period's `to`) and whether it was submitted. */
const seen = (row: ReportRow) => ({ ...row, at: row.to, submitted: row.latestVersion > 0 });

/**
 * Reports as the request's viewer may see them: every report passes the scope here, and one it may not
 * read (outside its units, of a template its role does not read, a draft to a role that reads
 * submissions only) is NOT_FOUND in the very words of an unknown id. Every content leaving here, frozen
 * or live, is shown through the viewer's scope (report.scope.ts): the stored version never changes.
 * Loaders batch what a page of reports asks for; a report's live figures are assembled once per request.
 */
export class ReportReader {
  private readonly reports = new DataLoader<number, ReportRow | undefined>(async (ids) => {
    const found = new Map((await reportsByIds(this.deps.db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id));
  });
  private readonly versionRows = new DataLoader<number, VersionRow[]>(async (ids) => {
    const found = groupBy(await versionsOf(this.deps.db, ids), (row) => row.reportId);
    return ids.map((id) => found.get(id) ?? []);
  });
  private readonly contents = new DataLoader<number, ReportContent>(async (ids) => {
    const found = new Map((await contentsOf(this.deps.db, ids)).map((row) => [row.id, row.content]));
    return ids.map((id) => found.get(id) ?? new Error(`report version ${id} has no content`));
  });
  /** Each report's live figures, assembled once per request. */
  private readonly lives = new Map<number, Promise<ReportContent>>();

  constructor(private readonly deps: ReportDeps) {}

  /** A report the viewer may read: NOT_FOUND otherwise, in the words of an unknown id. */
  async require(rawId: number | string): Promise<ReportRow> {
    const id = Number(rawId);
    const row = Number.isSafeInteger(id) && id > 0 ? await this.reports.load(id) : undefined;
    if (!row || !(await this.deps.scope.mayReadReport(seen(row)))) throw notFound('report', String(rawId));
    return row;
  }

  /** A report assembled from live figures, nothing stored. */
  async preview(input: ReportInput): Promise<ReportContent> {
    return this.scoped(await assembleLive(this.deps, input));
  }

  /** The reports the viewer may see, newest first. */
  async list(first: number): Promise<ReportRow[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_REPORTS_PAGE)
      throw badInput(`first must be between 0 and ${MAX_REPORTS_PAGE}, not ${first}`);
    const visible = await this.deps.scope.visibleReports((await allReports(this.deps.db)).map(seen));
    return visible.slice(0, first);
  }

  async create(input: ReportInput): Promise<ReportRow> {
    return this.require(await createDraft(this.deps, input));
  }

  /** New parameters for a draft (report-drafts.use-case.ts): NOT_FOUND, FORBIDDEN, BAD_USER_INPUT as it says. */
  async update(id: number | string, input: ReportInput): Promise<ReportRow> {
    const report = await this.require(id);
    await editDraft(this.deps, report, input);
    this.reports.clear(report.id);
    this.lives.delete(report.id);
    return this.require(report.id);
  }

  /** Deletes a draft (report-drafts.use-case.ts). */
  async remove(id: number | string): Promise<void> {
    const report = await this.require(id);
    await deleteDraft(this.deps, report);
    this.reports.clear(report.id);
    this.lives.delete(report.id);
  }

  async submit(id: number | string, reason?: string | null): Promise<VersionRow> {
    const report = await this.require(id);
    const row = await submit(this.deps, report, reason);
    this.reports.clear(report.id);
    this.versionRows.clear(report.id);
    return row;
  }

  versions(report: { id: number }): Promise<VersionRow[]> {
    return this.versionRows.load(report.id);
  }

  /** A version's frozen content, as the viewer may see it. */
  content(row: { id: number }): Promise<ReportContent> {
    return this.frozen(row.id);
  }

  /** The report assembled from today's figures, once per request, as the viewer may see it. */
  live(report: ReportRow): Promise<ReportContent> {
    let live = this.lives.get(report.id);
    if (!live) {
      live = assembleLive(this.deps, requestOf(report)).then((content) => this.scoped(content));
      this.lives.set(report.id, live);
    }
    return live;
  }

  /** A version's frozen figures against today's, with the causes the data shows: both sides as the viewer may see them. */
  async restatement(reportId: number, versionId: number): Promise<Restatement> {
    const report = await this.require(reportId);
    this.deps.scope.requireDrafting('a restatement');
    const row = (await this.versionRows.load(report.id)).find((v) => v.id === versionId);
    if (!row) throw notFound('report version', String(versionId));
    const frozen = this.frozen(row.id);
    const [then, now, causes, rules, scored] = await Promise.all([
      frozen,
      this.live(report),
      causesSince(this.deps.db, evidenceOf(report), row),
      rulesUsed(this.deps.db, evidenceOf(report)),
      frozen.then((content) =>
        scorecardChangesSince(this.deps.db, scoredPeriods(report), content.scorecardRuleSets ?? [], row.asOf),
      ),
    ]);
    const found = differences(then, now);
    // A version stored before its rules were recorded cannot tell; the others name what changed.
    const changes = row.rules ? rulesChanges(row.rules, rules) : [];
    const recomputed = causes.find((cause) => cause.kind === 'RULES_CHANGED');
    return {
      checkedAt: this.deps.readers.now.toISOString(),
      unchanged: found.length === 0,
      differences: found,
      causes: [
        ...causes.filter((cause) => cause.kind !== 'RULES_CHANGED').map(describeCause),
        ...(changes.length || recomputed ? [rulesCause(changes, recomputed)] : []),
        ...(scored ? [describeCause(scored)] : []),
      ],
    };
  }

  /** A file of a report assembled from live figures, nothing stored (the command line's draft), recorded in the audit log. */
  async exportPreview(input: ReportInput, format: ExportFormat, language: ExportLanguage): Promise<ExportedFile> {
    const content = await this.scoped(await assembleLive(this.deps, input));
    return this.exported(content, null, 'draft', format, language, null);
  }

  /** A version's file from its snapshot (or the draft's, from live figures), recorded in the audit log. */
  async exportFile(
    id: number | string,
    which: number | 'draft',
    format: ExportFormat,
    language: ExportLanguage,
  ): Promise<ExportedFile> {
    const report = await this.require(id);
    let content: ReportContent;
    let meta: ReportVersionMeta | null = null;
    if (which === 'draft') {
      this.deps.scope.requireDrafting('a draft download');
      content = await this.live(report);
    } else {
      const row = await this.version(report, which);
      content = await this.frozen(row.id);
      meta = {
        reportId: report.id,
        version: row.version,
        submittedBy: row.submittedBy,
        submittedAt: row.submittedAt,
        fingerprint: row.fingerprint,
        reason: row.reason,
      };
    }
    return this.exported(content, meta, which, format, language, report.id);
  }

  /** A content as the viewer may see it: each unit's row as they could see the unit on the report's date, its `to`. */
  private async scoped(content: ReportContent): Promise<ReportContent> {
    return scopeContent(content, await this.deps.readers.units.rowAccess(unitCodesOf(content), content.period.to));
  }

  /** A version's frozen content, as the viewer may see it. */
  private async frozen(versionId: number): Promise<ReportContent> {
    return this.scoped(await this.contents.load(versionId));
  }

  private async version(report: ReportRow, number: number): Promise<VersionRow> {
    const found = (await this.versionRows.load(report.id)).find((v) => v.version === number);
    if (!found) throw notFound('version', `${number} of report ${report.id}`);
    return found;
  }

  private async exported(
    content: ReportContent,
    meta: ReportVersionMeta | null,
    which: number | 'draft',
    format: ExportFormat,
    language: ExportLanguage,
    reportId: number | null,
  ): Promise<ExportedFile> {
    const body = await (format === 'xlsx' ? renderReportXlsx : renderReportPdf)(content, meta, language);
    await appendAudit(this.deps.primary, {
      action: 'REPORT_EXPORTED',
      actor: this.deps.scope.requireViewer().username,
      address: this.deps.address,
      subject: reportId === null ? null : String(reportId),
      detail: {
        version: which,
        format,
        language,
        unit: content.unit.code,
        from: content.period.from,
        to: content.period.to,
      },
    });
    const name = language === 'en' ? content.unit.name.en : content.unit.name.zh;
    const tag = which === 'draft' ? (language === 'en' ? 'draft' : '草稿') : `v${which}`;
    return {
      filename: `${name}_${content.period.from}_${content.period.to}_${tag}.${format}`,
      contentType: CONTENT_TYPES[format],
      body,
    };
  }
}
