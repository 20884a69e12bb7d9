// The import itself, for any source of records: rows are read and checked one by one in JavaScript,
// COPYed into a staging table, checked together in SQL, then merged — or refused as a whole.
import type pg from 'pg';
import { IMPORT_TIME } from './kinds/bounds.js';
import { KINDS, type ImportKind } from './kinds/index.js';
import { MergeRefused, type KindDefinition, type MergeCounts, type RowParser } from './kinds/kind.js';
import { IssueList, MAX_ISSUES, ROW_COLUMN, SourceProblem, type ImportIssue } from './issues.js';
import type { ReadRecord, SourceRecord } from './read-table.js';
import { RowCells } from './row-cells.js';
import { copyIntoStage, createStage, dropStage, STAGE_TABLE } from './staging.js';

export interface RecordsOptions {
  /** The name issues are reported under (a file name, or e.g. "request"). */
  source?: string;
  onProgress?: (rowsRead: number) => void;
  /** The import's time, which no record may be dated more than a day after; now by default. */
  now?: Date;
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
  await createStage(client, definition.stage);
  const reading = stagedRows(definition.columns, parseRow, records, issues, options.onProgress);
  await copyIntoStage(client, definition.stage, reading.rows);
  options.onProgress?.(reading.count());

  // After a read that stopped part-way, the set-based checks would report rows that are only missing
  // because they were never read; the reading problem comes first.
  if (reading.completed()) {
    // A temporary table is never analysed automatically; the checks' joins need its size.
    await client.query(`analyze ${STAGE_TABLE}`);
    const found = await runChecks(client, definition.checks, now);
    issues.merge(found.issues, found.total);
  }
  if (issues.total > 0) {
    await dropStage(client);
    throw issues.rejection();
  }
  const merged = await mergeOrRefuse(client, definition.merge, issues);
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

/** The merge in a savepoint: a merge that refuses rows leaves nothing written, as the checks do. */
async function mergeOrRefuse(
  client: pg.ClientBase,
  merge: (client: pg.ClientBase) => Promise<MergeCounts>,
  issues: IssueList,
): Promise<MergeCounts> {
  await client.query('savepoint import_merge');
  try {
    const merged = await merge(client);
    await client.query('release savepoint import_merge');
    return merged;
  } catch (error) {
    if (!(error instanceof MergeRefused)) throw error;
    await client.query('rollback to savepoint import_merge');
    await dropStage(client);
    issues.merge(error.issues.slice(0, MAX_ISSUES), error.issues.length);
    throw issues.rejection();
  }
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

  return { rows: rows(), count: () => count, completed: () => completed };
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
