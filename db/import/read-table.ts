// A CSV or XLSX file as a header and a stream of records keyed by it — the one shape every kind's
// import reads, whichever file format it came in.
import path from 'node:path';
import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { FILE_COLUMN, SourceProblem } from './issues.js';
import { MAX_ROWS } from './limits.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { SheetRow } from './sheet-row.js';

/** One data row keyed by column name, as `importRecords` takes it. */
export interface SourceRecord {
  line: number;
  /** A caller's record may leave a column out: it reads as an empty cell. */
  values: Readonly<Record<string, string | undefined>>;
}

/** A record read from a file, with what was wrong with the row as a whole, if anything. */
export interface ReadRecord extends SourceRecord {
  rowProblem?: string;
}

export interface Table {
  header: string[];
  headerLine: number;
  records: AsyncGenerator<ReadRecord>;
}

export async function openTable(file: string, encoding?: TextEncoding): Promise<Table> {
  const rows = await openRows(file, encoding);
  const first = await nextNonEmpty(rows);
  if (!first) throw new SourceProblem(1, FILE_COLUMN, 'the file is empty; expected a header row');
  const header = first.cells.map((cell) => cell.trim());
  // Excel often writes empty cells after the last heading; only an unnamed column inside the header counts.
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  return { header, headerLine: first.line, records: toRecords(rows, header) };
}

async function openRows(file: string, encoding?: TextEncoding): Promise<AsyncGenerator<SheetRow>> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return readXlsx(file);
  if (extension === '.xls' || extension === '.xlsm' || extension === '.xlsb') {
    throw new SourceProblem(1, FILE_COLUMN, `${extension} workbooks cannot be read; save the sheet as .xlsx or CSV`);
  }
  return readCsv(file, encoding ?? (await detectEncoding(file)));
}

async function nextNonEmpty(rows: AsyncGenerator<SheetRow>): Promise<SheetRow | undefined> {
  for (;;) {
    const next = await rows.next();
    if (next.done) return undefined;
    if (!isBlank(next.value.cells)) return next.value;
  }
}

async function* toRecords(rows: AsyncGenerator<SheetRow>, header: string[]): AsyncGenerator<ReadRecord> {
  let count = 0;
  try {
    for await (const { line, cells } of rows) {
      count += 1;
      if (count > MAX_ROWS) {
        throw new SourceProblem(
          line,
          FILE_COLUMN,
          `the file has more than ${MAX_ROWS.toLocaleString('en')} rows after its header, the limit; split it`,
        );
      }
      // Spreadsheets leave blank rows (and rows of empty cells) between and after the data.
      if (isBlank(cells)) continue;
      const values: Record<string, string> = {};
      // A short row reads its missing trailing cells as empty, as spreadsheets write them.
      for (let index = 0; index < header.length; index += 1) values[header[index]] = cells[index] ?? '';
      const record: ReadRecord = { line, values };
      if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
        record.rowProblem = `the row has values beyond the ${header.length} columns the header names`;
      }
      yield record;
    }
  } catch (error) {
    // A reader knows a cell's position, the table its column's name.
    if (error instanceof SourceProblem && error.cell !== undefined && header[error.cell]) {
      throw new SourceProblem(error.line, header[error.cell], error.message, error.cell);
    }
    throw error;
  }
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
