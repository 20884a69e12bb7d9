// A worksheet's rows as they are inflated: each `<row>` becomes its row number and its cells' texts,
// in the forms the value parsers read (see cellText). A cell's text is bounded while it is read, and
// one longer than Excel allows (MAX_CELL_CHARS) stops the reading at its row and column.
import { MAX_CELL_CHARS, MAX_PART_BYTES } from '../limits.js';
import { FILE_COLUMN, SourceProblem } from '../issues.js';
import type { SheetRow } from '../sheet-row.js';
import { decodeEscapes, MAX_RAW_CELL_CHARS, type Workbook } from './workbook.js';
import { parseXml } from './xml.js';
import type { Zip } from './zip.js';

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/** A cell's value as the reader hands it to `cellText`. */
export type CellValue = string | number | boolean | Date;

/** A `<c>` being read: its column, type (`t`), style (`s`) and raw text so far. */
interface OpenCell {
  index: number;
  type: string;
  style: number;
  raw: string;
}

export function readSheet(zip: Zip, book: Workbook, toText: (value: CellValue) => string): AsyncGenerator<SheetRow> {
  const done: SheetRow[] = [];
  let row: SheetRow | undefined;
  let lastRow = 0;
  let cell: OpenCell | undefined;
  let capturing = false;
  let inPhonetic = false;

  const problem = (message: string, index?: number) =>
    new SourceProblem(
      row?.line ?? lastRow + 1,
      index === undefined ? FILE_COLUMN : `column ${index + 1}`,
      message,
      index,
    );

  function value({ index, type, raw, style }: OpenCell): CellValue {
    switch (type) {
      case 's': {
        // The number comes from the file: it may name a string the workbook does not have.
        const text = book.sharedStrings[Number(raw)] as string | undefined;
        if (text === undefined)
          throw problem(`the cell refers to shared string ${raw}, which the workbook does not have`, index);
        return text;
      }
      case 'inlineStr':
      case 'str':
        return checkedLength(decodeEscapes(raw), index);
      case 'b':
        return Number(raw) !== 0;
      case 'e':
      case 'd':
        return checkedLength(raw, index);
      default: {
        if (raw.trim() === '') return '';
        const number = Number(raw);
        if (!book.dateStyles[style]) return number;
        // Serial days since 1899-12-30 (1904-01-01 in the 1904 system), as exceljs converts them.
        return new Date(Math.round((number - 25569 + (book.date1904 ? 1462 : 0)) * 86_400_000));
      }
    }
  }

  const tooLong = (index: number) =>
    problem(
      `the cell has more than ${MAX_CELL_CHARS.toLocaleString('en')} characters, Excel's limit for a cell`,
      index,
    );
  const checkedLength = (text: string, index: number) => {
    if (text.length > MAX_CELL_CHARS) throw tooLong(index);
    return text;
  };

  const drain = () => done.splice(0, done.length);
  return parseXml<SheetRow>(
    zip.read(book.sheet, MAX_PART_BYTES),
    {
      open(element, attributes) {
        switch (element) {
          case 'row':
            row = { line: attributes.r ? Number(attributes.r) : lastRow + 1, cells: [] };
            break;
          case 'c': {
            if (!row) break;
            const given = attributes.r ? columnIndex(attributes.r) : -1;
            const index = given >= 0 ? given : row.cells.length;
            if (index >= MAX_COLUMNS) throw problem(`the cell ${attributes.r} is beyond column XFD, Excel's last`);
            cell = { index, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), raw: '' };
            break;
          }
          // A value (<v>), or an inline string's text (<is><t>, also in rich-text runs), but not a
          // formula (<f>) or a phonetic guide (<rPh>).
          case 'v':
            capturing = cell !== undefined;
            break;
          case 't':
            capturing = cell !== undefined && !inPhonetic;
            break;
          case 'rPh':
            inPhonetic = true;
            break;
        }
      },
      close(element) {
        switch (element) {
          case 'v':
          case 't':
            capturing = false;
            break;
          case 'rPh':
            inPhonetic = false;
            break;
          case 'c':
            if (cell && row) {
              while (row.cells.length < cell.index) row.cells.push('');
              row.cells[cell.index] = toText(value(cell));
            }
            cell = undefined;
            break;
          case 'row':
            if (row) {
              done.push(row);
              lastRow = row.line;
            }
            row = undefined;
            break;
        }
      },
      text(piece) {
        // capturing holds only inside a cell.
        if (!capturing || !cell) return;
        cell.raw += piece;
        // Stop reading a text that could not come within the limit even with every character escaped.
        if (cell.raw.length > MAX_RAW_CELL_CHARS) throw tooLong(cell.index);
      },
    },
    drain,
  );
}

/** The 0-based column of a cell reference: `A1` → 0, `AB7` → 27. */
function columnIndex(reference: string): number {
  let index = 0;
  for (let at = 0; at < reference.length; at += 1) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    if (index > MAX_COLUMNS) break;
  }
  return index - 1;
}
