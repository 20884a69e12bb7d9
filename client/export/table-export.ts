// Tables out to CSV and XLSX. A file remembers its question: a header block above the table names
// the unit, period, basis, filter, asOf and the time of export (label and value, one a line), then a
// blank line, then the table. Headers are the table's own (Chinese in a Chinese interface); cells
// are numbers where the figure is a number, so a spreadsheet can sum and sort them. CSV starts with
// a UTF-8 byte-order mark: without it, Excel on a Chinese Windows reads the file as GBK and garbles
// every header. A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) goes out
// behind a single quote (formula-injection.ts), in both formats.

import { neutraliseFormula } from './formula-injection';

export type Cell = string | number | boolean | null;

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => Cell;
  /** An Excel number format for the column, e.g. '0.00%' for a rate held as a fraction. */
  numFmt?: string;
}

/** What the table answers, as lines of label and value above it. */
export type ExportHeader = readonly (readonly [label: string, value: string])[];

export const BOM = '\uFEFF';

/** A cell as the spreadsheet gets it: texts neutralised, numbers and booleans as they are. */
const spreadsheetCell = (cell: Cell): Cell => (typeof cell === 'string' ? neutraliseFormula(cell) : cell);

function csvCell(cell: Cell): string {
  if (cell == null) return '';
  const text = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(spreadsheetCell(cell));
  // RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes; also a semicolon
  // or a tab, which Excel takes for a separator in some locales, so no text can start a cell of its own.
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as RFC 4180 CSV text (CRLF line ends, as Excel writes them), without the BOM, under its header block. */
export function toCsv<R>(columns: readonly ExportColumn<R>[], rows: readonly R[], header: ExportHeader = []): string {
  const block = header.map(([label, value]) => `${csvCell(label)},${csvCell(value)}`);
  const lines = [...block, ...(block.length ? [''] : []), columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name safe on Windows, from a title and a period: 排名_2013-01-01_2013-07-31. */
export function exportFileName(parts: readonly string[], extension: 'csv' | 'xlsx'): string {
  return `${parts.map((part) => part.replace(/[\\/:*?"<>|\s]+/g, '_')).join('_')}.${extension}`;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadCsv<R>(
  fileName: string,
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  header: ExportHeader = [],
): void {
  download(new Blob([BOM, toCsv(columns, rows, header)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/**
 * Builds the workbook's bytes: one sheet, the header block (labels bold), a blank row, the table's
 * header (bold, frozen with everything above it), number formats, fitted widths.
 */
export async function toXlsx<R>(
  sheetName: string,
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  header: ExportHeader = [],
): Promise<ArrayBuffer> {
  // exceljs is loaded on the first export only: it is as large as the rest of the client.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  // Excel refuses sheet names over 31 characters or with []:*?/\.
  const headerRow = header.length ? header.length + 2 : 1;
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  sheet.columns = columns.map((column) => ({ width: Math.min(40, Math.max(10, displayWidth(column.header) + 2)) }));
  for (const [label, value] of header)
    sheet.addRow([neutraliseFormula(label), neutraliseFormula(value)]).getCell(1).font = { bold: true };
  if (header.length) sheet.addRow([]);
  sheet.addRow(columns.map((column) => neutraliseFormula(column.header))).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => spreadsheetCell(column.value(row))));
    columns.forEach((column, index) => {
      if (column.numFmt) added.getCell(index + 1).numFmt = column.numFmt;
    });
  }
  return await workbook.xlsx.writeBuffer();
}

export async function downloadXlsx<R>(
  fileName: string,
  sheetName: string,
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  header: ExportHeader = [],
): Promise<void> {
  const bytes = await toXlsx(sheetName, columns, rows, header);
  download(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}

/** Width in Excel's character units: a CJK character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\uFFEF]/.test(char) ? 2 : 1;
  return width;
}
