// Streams a CSV file as rows of cells with their physical line numbers, decoding as it goes so that
// memory stays flat whatever the file's size.
import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { parse, CsvError, type Options } from 'csv-parse';
import iconv from 'iconv-lite';
import type { TextEncoding } from './detect-encoding.js';
import { FILE_COLUMN, SourceProblem } from './issues.js';
import { MAX_CSV_ROW_BYTES } from './limits.js';
import type { SheetRow } from './sheet-row.js';

export async function* readCsv(file: string, encoding: TextEncoding): AsyncGenerator<SheetRow> {
  // The line the next record starts on. Counted as records are parsed, not as they are consumed: on an
  // error the stream drops records it had buffered, and the error's line must still be right.
  let line = 1;
  const options: Options<SheetRow, string[]> = {
    relax_column_count: true,
    relax_quotes: true,
    // Stated, not detected: detection takes the first line's ending and then misreads mixed files.
    record_delimiter: ['\r\n', '\n'],
    // A row (quoted line breaks and all) is held whole while it is parsed: bounded, so one huge cell
    // is refused rather than read into memory.
    max_record_size: MAX_CSV_ROW_BYTES,
    // csv-parse miscounts lines inside quoted cells with CRLF endings, so they are counted here: one
    // record ending, plus every line break kept inside a quoted cell.
    on_record: (cells: string[]): SheetRow => {
      const row = { line, cells };
      line += 1;
      for (const cell of cells) {
        for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line += 1;
      }
      return row;
    },
  };
  const parser = pipeline(
    Readable.from(decode(createReadStream(file), encoding)),
    // The typings tie on_record's result to the record type; records here become rows with their line.
    parse(options as unknown as Options),
    () => {
      // Errors reach the loop below through the parser; this callback only keeps them from going unhandled.
    },
  );
  try {
    yield* parser as AsyncIterable<SheetRow>;
  } catch (error) {
    throw asSourceProblem(error, line, encoding);
  }
}

async function* decode(bytes: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<string> {
  if (encoding === 'utf8') {
    // Fatal: a byte that is not UTF-8 stops the import rather than being stored as U+FFFD (mojibake).
    // The decoder also drops a leading byte-order mark.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
    return;
  }
  const decoder = iconv.getDecoder('gb18030');
  for await (const chunk of bytes) yield checked(decoder.write(chunk));
  yield checked(decoder.end() ?? '');
}

/** iconv-lite replaces undecodable bytes with U+FFFD; refuse them instead of storing mojibake. */
function checked(text: string): string {
  if (text.includes('\uFFFD')) throw new UndecodableText('gb18030');
  return text;
}

class UndecodableText extends Error {
  constructor(readonly encoding: TextEncoding) {
    super(`not ${encoding} text`);
  }
}

const ENCODING_NAMES: Record<TextEncoding, string> = { utf8: 'UTF-8', gb18030: 'GB18030' };

function asSourceProblem(error: unknown, line: number, encoding: TextEncoding): unknown {
  if (
    error instanceof UndecodableText ||
    (error instanceof TypeError && (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
  ) {
    const other = encoding === 'utf8' ? 'gb18030' : 'utf8';
    return new SourceProblem(
      line,
      FILE_COLUMN,
      `the file is not valid ${ENCODING_NAMES[encoding]} text from about this line on; ` +
        `if it is ${ENCODING_NAMES[other]}, import it with --encoding ${other}`,
    );
  }
  if (error instanceof CsvError) return new SourceProblem(line, FILE_COLUMN, csvMessage(error));
  return error;
}

function csvMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell starting here is never closed (a missing " )';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell is followed by other characters before the next comma';
    case 'CSV_MAX_RECORD_SIZE':
      return `the row starting here is longer than ${MAX_CSV_ROW_BYTES.toLocaleString('en')} bytes, the limit`;
    default:
      return `the CSV cannot be read here: ${error.message}`;
  }
}
