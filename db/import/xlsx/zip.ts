// The parts (zip entries) of an .xlsx, read with yauzl from the zip's central directory, so any part
// can be read in any order without inflating the others. A part's declared size must be within its
// limit, and the parts' declared sizes within the workbook's; then every byte is counted as it is
// inflated, and a part that inflates past its declared size is refused at the next chunk (at most
// 64 KB beyond), whatever its directory claims: a zip bomb stops where its claim ends.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { MAX_WORKBOOK_BYTES, MAX_ZIP_ENTRIES } from '../limits.js';
import { FILE_COLUMN, NO_LINE, SourceProblem } from '../issues.js';

export interface Zip {
  has: (name: string) => boolean;
  /** The part's bytes as inflated, at most `limit` of them; refused past it or past the declared size. */
  read: (name: string, limit: number) => AsyncGenerator<Buffer>;
  close: () => void;
}

const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;

/** A limit passed: the file as a whole is refused (`file: message`). */
export const tooLarge = (message: string) => new SourceProblem(NO_LINE, FILE_COLUMN, message);

export async function openZip(file: string): Promise<Zip> {
  // validateEntrySizes is off because the counting below does it, with the importer's own words.
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: false }, (error, opened) =>
      error ? reject(error) : resolve(opened),
    ),
  );
  try {
    const entries = await readDirectory(zip);
    let declaredTotal = 0;
    return {
      has: (name) => entries.has(name),
      async *read(name, limit) {
        const entry = entries.get(name);
        // The workbook's readers ask only for parts `has` found.
        if (!entry) throw new Error(`the workbook has no part ${name}`);
        const declared = entry.uncompressedSize;
        if (declared > limit) {
          throw tooLarge(
            `the workbook's part ${name} declares ${bytes(declared)} uncompressed, more than the limit of ${bytes(limit)}`,
          );
        }
        // The parts' declared sizes together, since counting keeps each to its declared size.
        declaredTotal += declared;
        if (declaredTotal > MAX_WORKBOOK_BYTES) {
          throw tooLarge(
            `the workbook's parts read declare more than ${bytes(MAX_WORKBOOK_BYTES)} uncompressed together, the limit`,
          );
        }
        const stream = await new Promise<Readable>((resolve, reject) =>
          zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
        );
        let count = 0;
        try {
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            count += chunk.length;
            if (count > declared) {
              throw tooLarge(
                `the workbook's part ${name} inflates to more than the ${bytes(declared)} its zip directory declares`,
              );
            }
            yield chunk;
          }
        } finally {
          stream.destroy();
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readDirectory(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    throw tooLarge(
      `the workbook has ${zip.entryCount.toLocaleString('en')} zip entries, more than the limit of ${MAX_ZIP_ENTRIES.toLocaleString('en')}`,
    );
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}
