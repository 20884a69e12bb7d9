// Streams the first worksheet of an .xlsx workbook as rows of cell texts with their sheet row numbers.
// The zip is read with yauzl and the XML with sax, not with exceljs's streaming reader: that one
// holds every text whole (saxes keeps a text node until it ends, the shared strings are cached as
// read) and takes sizes from the zip's local headers, so a small file holding one huge cell ran the
// importer out of memory. Here every part is inflated under a byte count and every cell under a
// length limit (limits.ts), so memory stays flat and a crafted file is refused early.
import { FILE_COLUMN, SourceProblem } from './issues.js';
import type { SheetRow } from './sheet-row.js';
import { readSheet } from './xlsx/sheet.js';
import { readWorkbook } from './xlsx/workbook.js';
import { openZip, type Zip } from './xlsx/zip.js';

export async function* readXlsx(file: string): AsyncGenerator<SheetRow> {
  let zip: Zip | undefined;
  let line = 1;
  try {
    zip = await openZip(file);
    const book = await readWorkbook(zip);
    for await (const row of readSheet(zip, book, cellText)) {
      line = row.line + 1;
      yield row;
    }
  } catch (error) {
    if (error instanceof SourceProblem) throw error;
    // A damaged or mislabelled workbook: say so in words, on the row where reading stopped.
    throw new SourceProblem(line, FILE_COLUMN, `the workbook cannot be read here: ${(error as Error).message}`);
  } finally {
    zip?.close();
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
  // Anything else (a bigint, an object of no known shape) reads as JavaScript writes it.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- that catch-all is meant
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
