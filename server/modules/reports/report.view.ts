import { recordsOf, verdictOf } from './report.cells.js';
import {
  cellText,
  type ReportContent as Content,
  type ReportRow as Row,
  type ReportSection as Section,
} from './report.content.js';
import type { ReportRow as StoredReport, VersionRow } from './report.repository.js';
import type { Restatement as Checked } from './restatement.js';
import type { Report, ReportCell, ReportContent, ReportVersion, Restatement } from './report.type.js';

// Stored rows and assembled contents as the API shows them (pure).

export const versionPath = (reportId: number | string, version: number, format: 'xlsx' | 'pdf') =>
  `/reports/${reportId}/v/${version}.${format}`;
export const draftPath = (reportId: number | string, format: 'xlsx' | 'pdf') => `/reports/${reportId}/draft.${format}`;

export function reportView(row: StoredReport): Report {
  return {
    id: String(row.id),
    template: row.template,
    unit: { code: row.unitCode, name: { zh: row.unitNameZh, en: row.unitNameEn ?? row.unitNameZh } },
    from: row.from,
    to: row.to,
    comparison: row.comparison,
    status: row.latestVersion > 0 ? 'SUBMITTED' : 'DRAFT',
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt),
    draftXlsxUrl: draftPath(row.id, 'xlsx'),
    draftPdfUrl: draftPath(row.id, 'pdf'),
  };
}

export function versionView(row: VersionRow): ReportVersion {
  return {
    id: String(row.id),
    reportId: row.reportId,
    version: row.version,
    reason: row.reason,
    submittedBy: row.submittedBy,
    submittedAt: new Date(row.submittedAt),
    asOf: new Date(row.asOf),
    fingerprint: row.fingerprint,
    rules: row.rules,
    xlsxUrl: versionPath(row.reportId, row.version, 'xlsx'),
    pdfUrl: versionPath(row.reportId, row.version, 'pdf'),
  };
}

/** A cell with what it means beyond its number: its verdict and its records (report.cells.ts). */
const cellView = (content: Content, section: Section, row: Row, index: number): ReportCell => {
  const cell = row.cells[index] ?? null;
  const records = recordsOf(content, section, row, index);
  const meaning = { verdict: verdictOf(section, row, index), records: records && { ...records, ...records.period } };
  if (typeof cell === 'number') return { number: cell, text: null, textEn: null, ...meaning };
  const zh = cellText(cell, 'zh-CN');
  const en = cellText(cell, 'en');
  return { number: null, text: zh, textEn: en === zh ? null : en, ...meaning };
};

export function contentView(content: Content): ReportContent {
  return {
    ...content,
    from: content.period.from,
    to: content.period.to,
    asOf: new Date(content.asOf),
    scorecardRuleSets: content.scorecardRuleSets ?? [],
    sections: content.sections.map((section) => ({
      ...section,
      rows: section.rows.map((row) => ({
        cells: row.cells.map((_, index) => cellView(content, section, row, index)),
        highlight: row.highlight ?? false,
      })),
      chart: section.chart ?? null,
      note: section.note ?? null,
    })),
  };
}

export const restatementView = (checked: Checked): Restatement => ({
  ...checked,
  checkedAt: new Date(checked.checkedAt),
});
