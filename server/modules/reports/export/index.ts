// Exports of a report (assembled or frozen) to XLSX and PDF, drawn only from its ReportContent, with
// everything they need (CJK font included) shipped through npm: no system package at run time.
export { formatCell, formatDate, formatInstant, formatPeriod, NO_VALUE, versionLabel } from './export-format.js';
export { renderReportPdf } from './report-pdf.js';
export { renderReportXlsx, sheetName, xlsxCellValue, xlsxNumFmt } from './report-xlsx.js';
