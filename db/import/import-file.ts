// One file, one kind, one transaction: the header is checked before anything is read, then every
// record goes through `importRecords` on a connection of its own, committed only if all are valid.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { TextEncoding } from './detect-encoding.js';
import { checkHeader } from './header.js';
import { ImportRejected, IssueList, SourceProblem } from './issues.js';
import { importRecords } from './import-records.js';
import { KINDS, type ImportKind } from './kinds/index.js';
import { openTable, type Table } from './read-table.js';

export interface ImportSummary {
  kind: ImportKind;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Complaints whose stored deadline changed with this import (a pauses or calendar import). */
  recomputed?: number;
  milliseconds: number;
}

export interface ImportOptions {
  /** The CSV's encoding when detection should not decide (XLSX files ignore it). */
  encoding?: TextEncoding;
  onProgress?: (rowsRead: number) => void;
  /** The import's time, which no record may be dated more than a day after; now by default (tests set it). */
  now?: Date;
  /** Rows merged at a time while the file is read (complaints); tests set a few. */
  rowsPerChunk?: number;
}

/**
 * Imports run one at a time: each checks the file against the stored data, and two imports at once
 * could each pass against data the other is about to change. Differs from the migration lock.
 */
export const IMPORT_LOCK = 815_020_111;

/** Room for the sorts and hashes of the set-based checks over a million staged rows. */
const WORK_MEM = '128MB';

/** Keeps a large staging table in memory (settable only before the session's first temporary table). */
const TEMP_BUFFERS = '256MB';

export async function importFile(
  databaseUrl: string,
  kind: ImportKind,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const table = await openChecked(kind, file, options.encoding);
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    await client.query(`set temp_buffers = '${TEMP_BUFFERS}'`);
    await client.query('begin');
    await client.query(`set local work_mem = '${WORK_MEM}'`);
    // Compiling the large statements' plans costs more than it saves, as on the portal's connections.
    await client.query('set local jit = off');
    await client.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const counts = await importRecords(client, kind, table.records, {
      source: file,
      onProgress: options.onProgress,
      now: options.now,
      rowsPerChunk: options.rowsPerChunk,
    });
    await client.query('commit');
    return { kind, file, ...counts, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('rollback').catch(() => {
      // The import's own error is the one to report; a failed rollback ends with the connection.
    });
    if (error instanceof ImportRejected) throw error;
    throw new Error(`importing ${file} failed and nothing was written: ${(error as Error).message}`, { cause: error });
  } finally {
    await table.records.return(undefined);
    await client.end().catch(() => {
      // The import is over either way; a connection that will not close cleanly changes nothing.
    });
  }
}

/** Opens the file and checks its header; a file that cannot be read as the kind is refused here. */
async function openChecked(kind: ImportKind, file: string, encoding?: TextEncoding): Promise<Table> {
  const issues = new IssueList(file);
  let table: Table;
  try {
    table = await openTable(file, encoding);
  } catch (error) {
    if (!(error instanceof SourceProblem)) throw error;
    issues.add(error.line, error.column, error.message);
    throw issues.rejection();
  }
  checkHeader(table.header, table.headerLine, KINDS[kind].columns, issues);
  if (issues.total > 0) {
    await table.records.return(undefined);
    throw issues.rejection();
  }
  return table;
}
