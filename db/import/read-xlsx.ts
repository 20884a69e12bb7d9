// Streams the first worksheet of an .xlsx workbook as rows of cell texts with their sheet row numbers,
// using exceljs's streaming reader so a large workbook is never held in memory whole.
import ExcelJS from 'exceljs';
import { FILE_COLUMN, SourceProblem } from './issues.js';
import type { SheetRow } from './read-table.js';

export async function* readXlsx(file: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number: without them a date cell arrives as a serial day number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let line = 1;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        // `values` is 1-based and sparse: index 0 is always empty.
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let index = 1; index < values.length; index += 1) cells.push(cellText(values[index]));
        line = row.number + 1;
        yield { line: row.number, cells };
      }
      return;
    }
  } catch (error) {
    // A damaged or mislabelled workbook: say so in words, on the row where reading stopped.
    throw new SourceProblem(line, FILE_COLUMN, `the workbook cannot be read here: ${(error as Error).message}`);
  }
}

/** The text a cell shows, in the forms the value parsers read. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // 15 significant digits, as Excel shows them, so 0.1 + 0.2 reads as 0.3 and not 0.30000000000000004.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) return cell.richText.map((part: { text: string }) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
    if ('error' in cell) return String(cell.error);
  }
  return String(value);
}

/**
 * Excel keeps dates without a zone; exceljs hands them over as the wall-clock time in UTC fields. That
 * wall-clock is Shanghai time, so it is written without an offset. Midnight is written as a bare date,
 * which both date and timestamp columns read.
 */
function dateText(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}
