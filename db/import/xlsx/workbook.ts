// What reading a workbook's first sheet needs besides the sheet: where the sheet is, which cell
// styles are dates (a date cell holds a serial day number), the 1904 date system flag, and the shared
// strings the sheet refers to by number. Each part is located through the relationships, as Excel does.
import path from 'node:path';
import { MAX_CELL_CHARS, MAX_PART_BYTES, MAX_SHARED_STRINGS, MAX_SMALL_PART_BYTES } from '../limits.js';
import { tooLarge, type Zip } from './zip.js';
import { attribute, readXml } from './xml.js';

export interface Workbook {
  sheet: string;
  /** By cell style number (a cell's `s`): whether its number format shows a date or time. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  sharedStrings: readonly string[];
}

/**
 * Text kept while a cell is read, before `_xHHHH_` escapes are decoded: room for Excel's own limit
 * even if every character were escaped. Beyond it a text is refused without being read further.
 */
export const MAX_RAW_CELL_CHARS = 8 * MAX_CELL_CHARS;

export class NotAWorkbook extends Error {}

export async function readWorkbook(zip: Zip): Promise<Workbook> {
  const main =
    (await relationships(zip, '_rels/.rels', '')).find((r) => r.type.endsWith('/officeDocument'))?.target ??
    'xl/workbook.xml';
  if (!zip.has(main)) throw new NotAWorkbook(`it has no ${main}`);
  const book = await workbookPart(zip, main);
  const related = await relationships(
    zip,
    path.posix.join(path.posix.dirname(main), '_rels', `${path.posix.basename(main)}.rels`),
    main,
  );
  const sheet = related.find((r) => r.id === book.firstSheetId)?.target;
  if (!sheet || !zip.has(sheet)) throw new NotAWorkbook('its first sheet is missing');
  const part = (type: string) => related.find((r) => r.type.endsWith(type) && zip.has(r.target))?.target;
  const styles = part('/styles');
  const strings = part('/sharedStrings');
  return {
    sheet,
    date1904: book.date1904,
    dateStyles: styles ? await dateStyles(zip, styles) : [],
    sharedStrings: strings ? await sharedStrings(zip, strings) : [],
  };
}

interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the zip. */
  target: string;
}

async function relationships(zip: Zip, name: string, source: string): Promise<Relationship[]> {
  const found: Relationship[] = [];
  if (!zip.has(name)) return found;
  await readXml(zip.read(name, MAX_SMALL_PART_BYTES), {
    open(element, attributes) {
      if (element !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = attributes.Target ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(source), target);
      found.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: path.posix.normalize(resolved) });
    },
  });
  return found;
}

async function workbookPart(zip: Zip, name: string): Promise<{ firstSheetId?: string; date1904: boolean }> {
  let firstSheetId: string | undefined;
  let date1904 = false;
  await readXml(zip.read(name, MAX_SMALL_PART_BYTES), {
    open(element, attributes) {
      if (element === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (element === 'sheet' && firstSheetId === undefined) firstSheetId = attribute(attributes, 'id');
    },
  });
  return { firstSheetId, date1904 };
}

/** Excel's built-in number formats that show dates or times (ids 14–22, 27–36, 45–47, 50–58). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format shows a date if, outside quoted text and [brackets], it has a date or time letter (as exceljs reads it). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

async function dateStyles(zip: Zip, name: string): Promise<boolean[]> {
  const customDates = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await readXml(zip.read(name, MAX_SMALL_PART_BYTES), {
    open(element, attributes) {
      if (element === 'numFmt') customDates.set(Number(attributes.numFmtId), isDateFormat(attributes.formatCode ?? ''));
      else if (element === 'cellXfs') inCellXfs = true;
      else if (element === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(customDates.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(element) {
      if (element === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** Each `<si>`: its text, or its rich-text runs' texts joined; phonetic guides (`<rPh>`) are not text. */
async function sharedStrings(zip: Zip, name: string): Promise<string[]> {
  const strings: string[] = [];
  let text: string | undefined;
  let inText = false;
  let inPhonetic = false;
  // No row is known yet (a string may serve many cells): the workbook as a whole is refused.
  const tooLong = () =>
    tooLarge(
      `the workbook's shared string ${strings.length + 1} (in ${name}) has more than ${MAX_CELL_CHARS.toLocaleString('en')} characters, Excel's limit for a cell`,
    );
  await readXml(zip.read(name, MAX_PART_BYTES), {
    open(element) {
      if (element === 'si') {
        if (strings.length >= MAX_SHARED_STRINGS) {
          throw tooLarge(
            `the workbook has more than ${MAX_SHARED_STRINGS.toLocaleString('en')} shared strings, the limit`,
          );
        }
        text = '';
      } else if (element === 'rPh') inPhonetic = true;
      else if (element === 't' && !inPhonetic) inText = text !== undefined;
    },
    close(element) {
      if (element === 'si' && text !== undefined) {
        const decoded = decodeEscapes(text);
        if (decoded.length > MAX_CELL_CHARS) throw tooLong();
        strings.push(decoded);
        text = undefined;
      } else if (element === 'rPh') inPhonetic = false;
      else if (element === 't') inText = false;
    },
    text(piece) {
      // inText holds only inside an <si>, where text is the string so far.
      if (!inText || text === undefined) return;
      text += piece;
      if (text.length > MAX_RAW_CELL_CHARS) throw tooLong();
    },
  });
  return strings;
}

/** Excel writes characters XML cannot carry (control characters) as `_xHHHH_`, and `_` before such a text as `_x005F_`. */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
