import ExcelJS from 'exceljs';
import type { Language } from '../narrative.js';
import {
  cellText,
  type ReportCell,
  type ReportContent,
  type ReportSection,
  type ReportValueFormat,
  type ReportVersionMeta,
} from '../report.content.js';
import { improvingSign, verdictOf } from '../report.cells.js';
import { formatJudged, headerFacts, LABELS, reportTitle, text } from './export-format.js';
import { neutraliseFormula } from './formula-injection.js';

// The report as a workbook: a summary sheet (header facts and the narrative), then one sheet per
// section. Figures go out as numbers with Excel number formats, so a reader can sum and sort them
// and still see what the PDF shows. Two units cannot be shown by a format alone and are converted:
//  - POINTS: Excel can only scale by 100 with a "%" sign, and "+52.09%" for a change of a rate is the
//    very misreading the points notation avoids; the cell holds the points (0.5209 → 52.09) with a
//    +0.00"个百分点" format, as the client's own table exports do.
//  - YUAN: Excel's scaling commas divide by 1,000, never by 10,000; the cell holds 万元 (yuan / 10,000,
//    unrounded) with a #,##0.00"万元" format, matching the PDF's 2-decimal 万元. In English the cell
//    holds the yuan and two scaling commas show millions ("CNY 1,867.51 m"), as the preview does.
// A null cell is left empty (not "—"), so a column's sum still works. Every text cell (a unit's name in
// the title, a row, a header) passes neutraliseFormula once the sheets are drawn, so none runs as a formula.

const HIGHLIGHT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

const suffixed = (body: string, suffix: string) => `${body}${suffix};-${body}${suffix};${body}${suffix}`;

/** The Excel number format of a column, in the chosen language's words. */
export function xlsxNumFmt(format: ReportValueFormat, language: Language): string | undefined {
  const zh = language === 'zh-CN';
  switch (format) {
    case 'COUNT':
      return '#,##0';
    case 'DECIMAL':
      return '#,##0.00';
    case 'PERCENT':
      return '0.00%';
    case 'POINTS':
      // Signed like the PDF: +52.09个百分点, -3.10个百分点, 0.00个百分点.
      return `+${suffixed('0.00', zh ? '"个百分点"' : '" pp"')}`;
    case 'DAYS':
      return '0.00';
    case 'YUAN':
      // Two scaling commas divide by a million; 万 has no such comma (see above).
      return zh ? '#,##0.00"万元"' : '"CNY "#,##0.00,," m"';
    case 'RANK':
      return zh ? '"第"0"名"' : '0';
    case 'TEXT':
      return undefined;
  }
}

/** A judged column's format without its sign: the body and the unit written after it. */
const JUDGED: Partial<Record<ReportValueFormat, (zh: boolean) => [string, string]>> = {
  COUNT: () => ['#,##0', ''],
  DECIMAL: () => ['#,##0.00', ''],
  PERCENT: () => ['0.00%', ''],
  POINTS: (zh) => ['0.00', zh ? '个百分点' : ' pp'],
  DAYS: () => ['0.00', ''],
};

/**
 * The format of a change or movement cell: signed, worded and coloured by whether its sign is an
 * improvement (`improving`: 1 a rise, -1 a fall) — +12 恶化 in red, -539 改善 in green, 0 持平 — so the
 * cell stays a number. Undefined for a format that is never judged.
 */
export function judgedNumFmt(format: ReportValueFormat, improving: 1 | -1, language: Language): string | undefined {
  const parts = JUDGED[format]?.(language === 'zh-CN');
  if (!parts) return undefined;
  const [body, unit] = parts;
  const words = LABELS[language].verdicts;
  const side = (better: boolean) => (better ? `[Color10]` : `[Red]`);
  const rise = improving === 1;
  return [
    `${side(rise)}+${body}"${unit} ${rise ? words.IMPROVED : words.WORSE}"`,
    `${side(!rise)}-${body}"${unit} ${rise ? words.WORSE : words.IMPROVED}"`,
    `${body}"${unit} ${words.UNCHANGED}"`,
  ].join(';');
}

/** The number a cell holds in the workbook (see the conversions above); labels and nulls pass through. */
export function xlsxCellValue(
  value: ReportCell,
  format: ReportValueFormat,
  language: Language = 'zh-CN',
): number | string | null {
  if (typeof value !== 'number') return cellText(value, language);
  if (!Number.isFinite(value)) return null;
  if (format === 'POINTS') return value * 100;
  if (format === 'YUAN') return language === 'zh-CN' ? value / 10_000 : value;
  return value;
}

/** Excel's rules: at most 31 characters, none of []:*?/\, no quote at either end, unique ignoring case. */
export function sheetName(title: string, used: Set<string>): string {
  const clean =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const cut = (name: string, length: number) => Array.from(name).slice(0, length).join('').trim();
  let name = cut(clean, 31);
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${cut(clean, 31 - ` (${n})`.length)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}

/** Width in Excel's character units: a CJK character takes two. */
function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) width += /[\u2E80-\uFFEF]/.test(char) ? 2 : 1;
  return width;
}

/** Excel does not grow a wrapped row by itself when the file sets no height; estimate the lines. */
function wrappedHeight(value: string, columnWidth: number): number {
  return Math.max(1, Math.ceil(displayWidth(value) / columnWidth)) * 15;
}

function addSummary(
  workbook: ExcelJS.Workbook,
  content: ReportContent,
  meta: ReportVersionMeta | null,
  language: Language,
  name: string,
) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 16 }, { width: 96 }];
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const title = sheet.addRow([reportTitle(content, meta, language)]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 2);
  for (const [label, value] of headerFacts(content, meta, language)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = wrap;
  }
  sheet.addRow([]);
  sheet.addRow([LABELS[language].narrative]).font = { bold: true };
  for (const paragraph of content.narrative[language === 'zh-CN' ? 'zh' : 'en']) {
    const row = sheet.addRow([paragraph]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = wrap;
    row.height = wrappedHeight(paragraph, 110);
  }
}

function addSection(workbook: ExcelJS.Workbook, section: ReportSection, language: Language, name: string) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const formats = section.columns.map((column) => column.format);
  sheet.columns = section.columns.map((column, index) => {
    const texts = [
      text(column.label, language),
      ...section.rows.map((row) =>
        formatJudged(row.cells[index] ?? null, column.format, verdictOf(section, row, index), language),
      ),
    ];
    const numFmt = xlsxNumFmt(column.format, language);
    return {
      header: text(column.label, language),
      key: column.key,
      width: Math.min(50, Math.max(10, ...texts.map(displayWidth)) + 2),
      style: numFmt ? { numFmt } : {},
    };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const reportRow of section.rows) {
    const row = sheet.addRow(
      formats.map((format, index) => xlsxCellValue(reportRow.cells[index] ?? null, format, language)),
    );
    formats.forEach((format, index) => {
      const improving = improvingSign(section, reportRow, index);
      const numFmt = improving === null ? undefined : judgedNumFmt(format, improving, language);
      if (numFmt && typeof reportRow.cells[index] === 'number') row.getCell(index + 1).numFmt = numFmt;
    });
    if (!reportRow.highlight) continue;
    row.font = { bold: true };
    for (let column = 1; column <= formats.length; column += 1) row.getCell(column).fill = HIGHLIGHT_FILL;
  }
  if (section.note) {
    sheet.addRow([]);
    sheet.addRow([text(section.note, language)]).font = { italic: true, color: { argb: 'FF666666' } };
  }
}

/** The report as XLSX bytes. meta null: a live draft, marked as such in the title and version. */
export async function renderReportXlsx(
  content: ReportContent,
  meta: ReportVersionMeta | null,
  language: Language,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '投诉报表门户';
  workbook.title = reportTitle(content, meta, language);
  // The figures' instant, not the clock's: rendering a snapshot twice gives the same properties.
  workbook.created = workbook.modified = new Date(meta?.submittedAt ?? content.asOf);
  const used = new Set<string>();
  addSummary(workbook, content, meta, language, sheetName(LABELS[language].summary, used));
  for (const section of content.sections)
    addSection(workbook, section, language, sheetName(text(section.title, language), used));
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.String) cell.value = neutraliseFormula(cell.value as string);
      }),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
