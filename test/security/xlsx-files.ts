// Workbooks built byte by byte for the import-limits tests: a minimal .xlsx (workbook, relationships,
// sheet, shared strings) whose parts are deflated as streams, so a part that inflates to hundreds of
// megabytes is written without ever being held, and whose zip directory may lie about a part's size.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import zlib from 'node:zlib';

/** A part's content: text, or chunks produced on demand (a huge part). */
export type PartContent = string | (() => Iterable<Buffer | string>);

export interface Part {
  name: string;
  content: PartContent;
  /** The uncompressed size the zip's directory claims; the true size when absent. */
  declaredSize?: number;
}

const crc32 = (zlib as unknown as { crc32: (data: Buffer, value?: number) => number }).crc32;

/** Writes a zip of deflated parts (sizes and CRC in a data descriptor and the central directory). */
export async function writeZip(file: string, parts: Part[]): Promise<void> {
  const out = createWriteStream(file);
  let offset = 0;
  const write = async (bytes: Buffer) => {
    offset += bytes.length;
    if (!out.write(bytes)) await once(out, 'drain');
  };
  const central: Buffer[] = [];
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const start = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([local, name]));

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = zlib.createDeflateRaw({ level: 9 });
    const drained = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        compressed += chunk.length;
        await write(chunk);
      }
    })();
    const chunks = typeof part.content === 'string' ? [part.content] : part.content();
    for (const piece of chunks) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    }
    deflate.end();
    await drained;

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await write(descriptor);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0808, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(compressed, 20);
    entry.writeUInt32LE(part.declaredSize ?? size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(start, 42);
    central.push(Buffer.concat([entry, name]));
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([directory, end]));
  out.end();
  await once(out, 'finish');
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A cell as written: inline text, or a reference to the shared string of that index. */
export type Cell = string | { shared: number };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellXml(cell: Cell, column: number, row: number): string {
  const ref = `${String.fromCharCode(65 + column)}${row}`;
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  return `<c r="${ref}" t="s"><v>${cell.shared}</v></c>`;
}

/** A sheet of rows 1, 2, …; XML text, so any character (a raw NUL too) can be put in it. */
export function sheetXml(rows: Cell[][]): string {
  const body = rows.map(
    (cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => cellXml(cell, c, r + 1)).join('')}</row>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${body.join('')}</sheetData></worksheet>`;
}

export function sharedStringsXml(strings: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`;
}

/** The parts around a sheet: content types, package and workbook relationships, the workbook. */
export function workbookParts(
  sheet: PartContent,
  sharedStrings?: PartContent,
  declared: { sheet?: number; sharedStrings?: number } = {},
): Part[] {
  const strings =
    sharedStrings === undefined
      ? ''
      : `<Relationship Id="rId2" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`;
  return [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>${strings}</Relationships>`,
    },
    ...(sharedStrings === undefined
      ? []
      : [{ name: 'xl/sharedStrings.xml', content: sharedStrings, declaredSize: declared.sharedStrings }]),
    { name: 'xl/worksheets/sheet1.xml', content: sheet, declaredSize: declared.sheet },
  ];
}

/** `before`, then `count` MiB of one repeated character, then `after`: a huge text produced 1 MiB at a time. */
export function repeated(before: string, count: number, after: string): () => Iterable<Buffer | string> {
  return function* () {
    yield before;
    const mebibyte = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < count; i += 1) yield mebibyte;
    yield after;
  };
}
