// The temporary staging table a file's rows are COPYed into, so that checks across rows and against
// stored data run as set-based SQL and the merge is a few statements, whatever the file's size.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export const STAGE_TABLE = 'import_stage';
/** The rows of one chunk, for a kind that merges its file while it is still being read. */
export const CHUNK_TABLE = 'import_chunk';

export type StageType = 'text' | 'date' | 'timestamptz' | 'boolean' | 'integer' | 'numeric(18,2)';

export interface StageColumn {
  name: string;
  type: StageType;
}

/** Rows go to PostgreSQL in chunks of about this many characters. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Every staged row carries its source line (for messages) and whether its own cells were all valid:
 * rows with a bad cell are staged too, with that cell null, so that their keys still count for
 * duplicates and references and the file's other problems are found in the same run.
 */
export async function createStage(
  client: pg.ClientBase,
  columns: readonly StageColumn[],
  table = STAGE_TABLE,
): Promise<void> {
  await client.query(`drop table if exists pg_temp.${table}`);
  await client.query(
    `create temp table ${table} (source_line integer not null, source_ok boolean not null, ` +
      `${columns.map(declaration).join(', ')}) on commit drop`,
  );
}

/**
 * An instant travels as epoch milliseconds, which JavaScript writes several times faster than an ISO
 * string; the table turns it into a timestamptz (to_timestamp rounds to the microsecond, so the
 * milliseconds arrive exactly). Divided as a float8, which to_timestamp takes: a numeric division
 * (`/ 1000.0`) gave the same nearest double by a slower road (1,000,000 rows, two columns: 0.5–1 s of
 * the server's CPU more).
 */
function declaration(column: StageColumn): string {
  if (column.type !== 'timestamptz') return `${column.name} ${column.type}`;
  return (
    `${copiedName(column)} bigint, ` +
    `${column.name} timestamptz generated always as (to_timestamp(${copiedName(column)}::float8 / 1000)) stored`
  );
}

function copiedName(column: StageColumn): string {
  return column.type === 'timestamptz' ? `${column.name}_epoch_ms` : column.name;
}

export async function dropStage(client: pg.ClientBase): Promise<void> {
  await client.query(`drop table if exists pg_temp.${STAGE_TABLE}, pg_temp.${CHUNK_TABLE}`);
}

/** COPYs `[line, ok, ...values in column order]` rows into the staging table, streaming with backpressure. */
export async function copyIntoStage(
  client: pg.ClientBase,
  columns: readonly StageColumn[],
  rows: AsyncIterable<unknown[]>,
): Promise<void> {
  const names = ['source_line', 'source_ok', ...columns.map(copiedName)];
  const copy = client.query(copyFrom(`copy ${STAGE_TABLE} (${names.join(', ')}) from stdin`));
  const encoders = [String, encodeBoolean, ...columns.map((column) => encoderFor(column.type))];
  await pipeline(Readable.from(chunks(rows, encoders)), copy);
}

async function* chunks(rows: AsyncIterable<unknown[]>, encoders: ((value: never) => string)[]): AsyncGenerator<string> {
  let chunk = '';
  for await (const row of rows) {
    chunk += copyLine(row, encoders);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function copyLine(row: unknown[], encoders: ((value: never) => string)[]): string {
  let line = '';
  for (let index = 0; index < row.length; index += 1) {
    const value = row[index];
    if (index > 0) line += '\t';
    line += value === null || value === undefined ? '\\N' : encoders[index](value as never);
  }
  return line + '\n';
}

/**
 * Stages the rows as `copyIntoStage` does, `rowsPerChunk` at a time, and calls `merge` after each
 * chunk with the chunk's rows in CHUNK_TABLE (every column) and, like all rows before them, in the
 * stage (the `staged` columns, which the stage was created with). The
 * merge runs in PostgreSQL while the next chunk is read here, held as COPY text (so memory holds
 * about one chunk, whatever the file's size): reading and merging share the machine's cores rather
 * than taking turns.
 */
export async function stageInChunks(
  client: pg.ClientBase,
  columns: readonly StageColumn[],
  staged: readonly StageColumn[],
  rows: AsyncIterable<unknown[]>,
  rowsPerChunk: number,
  merge: () => Promise<void>,
): Promise<void> {
  await createStage(client, columns, CHUNK_TABLE);
  const names = ['source_line', 'source_ok', ...columns.map(copiedName)].join(', ');
  const stagedNames = ['source_line', 'source_ok', ...staged.map(copiedName)].join(', ');
  const encoders = [String, encodeBoolean, ...columns.map((column) => encoderFor(column.type))];
  let merging: Promise<void> = Promise.resolve();
  const stageChunk = async (text: Buffer[]) => {
    await merging;
    await client.query(`truncate ${CHUNK_TABLE}`);
    await pipeline(Readable.from(text), client.query(copyFrom(`copy ${CHUNK_TABLE} (${names}) from stdin`)));
    await client.query(`insert into ${STAGE_TABLE} (${stagedNames}) select ${stagedNames} from ${CHUNK_TABLE}`);
    merging = merge();
    // Seen when awaited; until then, an early failure must not count as unhandled.
    merging.catch(() => undefined);
  };
  // A chunk is held as UTF-8 bytes: the strings concatenated line by line are chains of small pieces,
  // several times their text's size until they are flattened, which holding a whole chunk would show.
  let text: Buffer[] = [];
  let part = '';
  let count = 0;
  try {
    for await (const row of rows) {
      part += copyLine(row, encoders);
      if (part.length >= CHUNK_CHARS) {
        text.push(Buffer.from(part));
        part = '';
      }
      count += 1;
      if (count % rowsPerChunk === 0) {
        if (part) text.push(Buffer.from(part));
        part = '';
        await stageChunk(text);
        text = [];
      }
    }
    if (part) text.push(Buffer.from(part));
    if (text.length > 0) await stageChunk(text);
    await merging;
  } finally {
    // The connection is free again only once the last merge has ended; a reading error comes first.
    await merging.catch(() => undefined);
  }
}

function encoderFor(type: StageType): (value: never) => string {
  switch (type) {
    case 'text':
      return encodeText;
    case 'boolean':
      return encodeBoolean;
    default:
      return String;
  }
}

function encodeBoolean(value: boolean): string {
  return value ? 't' : 'f';
}

const SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** COPY's text format: backslash, tab, newline and carriage return are escaped. */
function encodeText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  // The pattern matches only the characters COPY_ESCAPES has.
  return value.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char as keyof typeof COPY_ESCAPES]);
}
