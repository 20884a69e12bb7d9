import type { ReportContent, ReportVersionMeta } from '../report.content.js';

// STAND-IN (rserver): the real renderers (rexport) replace this file at merge. Same signatures.

type ExportLanguage = 'zh-CN' | 'en';

function render(kind: string, content: ReportContent, meta: ReportVersionMeta | null, language: ExportLanguage): Buffer {
  return Buffer.from(`${kind} ${content.unit.code} ${content.period.from}..${content.period.to} v${meta?.version ?? 'draft'} ${language}\n`, 'utf8');
}

export async function renderReportXlsx(content: ReportContent, meta: ReportVersionMeta | null, language: ExportLanguage): Promise<Buffer> {
  return render('XLSX', content, meta, language);
}

export async function renderReportPdf(content: ReportContent, meta: ReportVersionMeta | null, language: ExportLanguage): Promise<Buffer> {
  return render('PDF', content, meta, language);
}
