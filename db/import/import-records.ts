// The import itself, for any source of records: rows are read and checked one by one in JavaScript,
// COPYed into a staging table, checked together in SQL, then merged — or refused as a whole.
import type pg from 'pg';
import { IMPORT_TIME } from './kinds/bounds.js';
import { KINDS, type ImportKind } from './kinds/index.js';
import {
  MergeRefused,
  type ChunkedMerge,
  type KindDefinition,
  type Merge,
  type MergeCounts,
  type RowParser,
} from './kinds/kind.js';
import { ImportRejected, IssueList, MAX_ISSUES, ROW_COLUMN, SourceProblem, type ImportIssue } from './issues.js';
import type { ReadRecord, SourceRecord } from './read-table.js';
import { RowCells } from './row-cells.js';
import {
  CHUNK_TABLE,
  copyIntoStage,
  createStage,
  dropStage,
  STAGE_TABLE,
  stageInChunks,
  type StageColumn,
} from './staging.js';

export interface RecordsOptions {
  /** The name issues are reported under (a file name, or e.g. "request"). */
  source?: string;
  onProgress?: (rowsRead: number) => void;
  /** The import's time, which no record may be dated more than a day after; now by default. */
  now?: Date;
  /** Rows merged at a time by a kind that merges while reading (ROWS_PER_CHUNK by default; tests set a few). */
  rowsPerChunk?: number;
}

export interface RecordsSummary {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Complaints whose stored deadline changed with this import (a pauses or calendar import). */
  recomputed?: number;
}

/** Progress is reported every this many rows, and once at the end. */
const PROGRESS_EVERY = 1000;

/**
 * Rows merged at a time by a kind that merges while reading: large enough that a file of millions is
 * a few dozen statements, small enough that the last one (merged after the reading ends) is short and
 * a chunk's COPY text is a few tens of megabytes in memory.
 */
const ROWS_PER_CHUNK = 100_000;

/**
 * Validates and upserts records of one kind on `client`, which must be inside a transaction the
 * caller owns (the staging table lives until it ends). Throws `ImportRejected` listing the problems
 * when any record is invalid; nothing is written to the stored tables then, and the caller may go on
 * or roll back. Any other error leaves the transaction to be rolled back.
 */
export async function importRecords(
  client: pg.ClientBase,
  kind: ImportKind,
  records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
  options: RecordsOptions = {},
): Promise<RecordsSummary> {
  const definition = KINDS[kind];
  const now = options.now ?? new Date();
  const issues = new IssueList(options.source ?? kind);
  const parseRow = 'prepare' in definition ? await definition.prepare(client) : definition.parseRow;
  const staged = 'chunked' in definition ? checkedColumns(definition, definition.chunked) : definition.stage;
  await createStage(client, staged);
  const reading = stagedRows(definition.columns, parseRow, records, issues, options.onProgress);
  const merged =
    'chunked' in definition
      ? await mergeWhileReading(
          client,
          definition,
          definition.chunked,
          staged,
          reading,
          issues,
          now,
          options.rowsPerChunk,
        )
      : await mergeOnceRead(client, definition, definition.merge, reading, issues, now);
  await dropStage(client);
  const rows = reading.count();
  const { inserted, updated, recomputed } = merged;
  return {
    rows,
    inserted,
    updated,
    unchanged: rows - inserted - updated,
    ...(recomputed === undefined ? {} : { recomputed }),
  };
}

type Reading = ReturnType<typeof stagedRows>;

/** Stages every row, checks them together, then merges them: the merge waits for the whole file. */
async function mergeOnceRead(
  client: pg.ClientBase,
  definition: KindDefinition,
  merge: Merge,
  reading: Reading,
  issues: IssueList,
  now: Date,
): Promise<MergeCounts> {
  await copyIntoStage(client, definition.stage, reading.rows);
  await checkStaged(client, definition, reading, issues, now);
  if (issues.total > 0) {
    await dropStage(client);
    throw issues.rejection();
  }
  return mergeOrRefuse(client, merge, issues);
}

/** The merge in a savepoint: a merge that refuses rows leaves nothing written, as the checks do. */
async function mergeOrRefuse(client: pg.ClientBase, merge: Merge, issues: IssueList): Promise<MergeCounts> {
  await client.query('savepoint import_merge');
  try {
    const merged = await merge(client);
    await client.query('release savepoint import_merge');
    return merged;
  } catch (error) {
    if (!(error instanceof MergeRefused)) throw error;
    await client.query('rollback to savepoint import_merge');
    await dropStage(client);
    throw refusal(issues, error);
  }
}

/**
 * Merges each chunk as soon as it is staged, while the next is read; the checks run on the whole
 * file once it is read, as for any kind, and a problem anywhere undoes every chunk merged (they are
 * all in one savepoint). A file whose rows already showed a problem is read to its end for the rest
 * of its problems, but not merged further.
 */
async function mergeWhileReading(
  client: pg.ClientBase,
  definition: KindDefinition,
  merge: ChunkedMerge,
  /** The columns the stage was created with (its checked ones). */
  staged: readonly StageColumn[],
  reading: Reading,
  issues: IssueList,
  now: Date,
  rowsPerChunk = ROWS_PER_CHUNK,
): Promise<MergeCounts> {
  await client.query('savepoint import_merge');
  try {
    await merge.start(client);
    const counts = { inserted: 0, updated: 0 };
    await stageInChunks(client, definition.stage, staged, reading.rows, rowsPerChunk, async () => {
      if (issues.total > 0) return;
      const merged = await merge.chunk(client, CHUNK_TABLE);
      counts.inserted += merged.inserted;
      counts.updated += merged.updated;
    });
    await checkStaged(client, definition, reading, issues, now);
    if (issues.total > 0) throw issues.rejection();
    await merge.finish(client);
    await client.query('release savepoint import_merge');
    return counts;
  } catch (error) {
    if (!(error instanceof ImportRejected || error instanceof MergeRefused)) throw error;
    await client.query('rollback to savepoint import_merge');
    await dropStage(client);
    throw error instanceof MergeRefused ? refusal(issues, error) : error;
  }
}

/** The stage's columns a chunked kind's checks read, in stage order; a name the stage lacks is a mistake. */
function checkedColumns(definition: KindDefinition, merge: ChunkedMerge): StageColumn[] {
  const unknown = merge.checked.filter((name) => !definition.stage.some((column) => column.name === name));
  if (unknown.length > 0) throw new Error(`checked columns not in the stage: ${unknown.join(', ')}`);
  return definition.stage.filter((column) => merge.checked.includes(column.name));
}

/** After the last row: the set-based checks over the whole stage, their problems added to `issues`. */
async function checkStaged(
  client: pg.ClientBase,
  definition: KindDefinition,
  reading: Reading,
  issues: IssueList,
  now: Date,
): Promise<void> {
  reading.reportProgress();
  // After a read that stopped part-way, the set-based checks would report rows that are only missing
  // because they were never read; the reading problem comes first.
  if (!reading.completed()) return;
  // A temporary table is never analysed automatically; the checks' joins need its size.
  await client.query(`analyze ${STAGE_TABLE}`);
  const found = await runChecks(client, definition.checks, now);
  issues.merge(found.issues, found.total);
}

function refusal(issues: IssueList, refused: MergeRefused): ImportRejected {
  issues.merge(refused.issues.slice(0, MAX_ISSUES), refused.issues.length);
  return issues.rejection();
}

function stagedRows(
  columns: KindDefinition['columns'],
  parseRow: RowParser,
  records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
  issues: IssueList,
  onProgress?: (rowsRead: number) => void,
) {
  const known = new Set(columns.map((column) => column.name));
  const reportedUnknown = new Set<string>();
  let count = 0;
  let completed = false;

  async function* rows(): AsyncGenerator<unknown[]> {
    try {
      for await (const record of records) {
        count += 1;
        if (count % PROGRESS_EVERY === 0) onProgress?.(count);
        const cells = new RowCells(record.values, record.line, issues);
        for (const column in record.values) {
          if (!known.has(column) && !reportedUnknown.has(column)) {
            reportedUnknown.add(column);
            cells.fail(column, 'unknown column');
          }
          // PostgreSQL cannot store NUL in text: COPY would fail on it with no line to show.
          if (record.values[column]?.includes('\0')) cells.refuse(column, 'the cell contains a NUL character (U+0000)');
        }
        const rowProblem = (record as ReadRecord).rowProblem;
        if (rowProblem) cells.fail(ROW_COLUMN, rowProblem);
        const values = parseRow(cells);
        yield [record.line, cells.ok, ...values];
      }
      completed = true;
    } catch (error) {
      if (!(error instanceof SourceProblem)) throw error;
      issues.add(error.line, error.column, error.message);
    }
  }

  return {
    rows: rows(),
    count: () => count,
    completed: () => completed,
    /** Once the last row is read: the count, whatever its last thousand. */
    reportProgress: () => onProgress?.(count),
  };
}

/** Every check in one statement, whose one parameter is the import's time (IMPORT_TIME in the checks). */
async function runChecks(
  client: pg.ClientBase,
  checks: readonly string[],
  now: Date,
): Promise<{ issues: Omit<ImportIssue, 'file'>[]; total: number }> {
  if (checks.length === 0) return { issues: [], total: 0 };
  // The first CTE types the parameter, which a kind without date checks does not use.
  const { rows } = await client.query<{ line: number; col: string; message: string; total: number }>(
    `with import_time as (select ${IMPORT_TIME} as at),
     issue (line, col, message) as (${checks.map((check) => `(${check})`).join(' union all ')})
    select line, col, message, (count(*) over ())::int as total
    from issue order by line, col limit ${MAX_ISSUES}`,
    [now.toISOString()],
  );
  return {
    issues: rows.map((row) => ({ line: row.line, column: row.col, message: row.message })),
    total: rows[0]?.total ?? 0,
  };
}
