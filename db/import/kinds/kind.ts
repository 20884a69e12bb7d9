// What an import kind declares — its columns, how a row is read, the staging table, the set-based
// checks and the merge — and the SQL pieces kinds share. Checks select (line, column, message) from
// the staging table; `source_ok` marks rows whose own cells were all valid.
import type pg from 'pg';
import type { RowCells } from '../row-cells.js';
import { STAGE_TABLE, type StageColumn } from '../staging.js';

export interface Column {
  name: string;
  required: boolean;
}

export interface KeyPart {
  column: string;
  /** SQL showing the staged value as the file wrote it. */
  shown: string;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
  /** Complaints whose stored deadline the import recomputed and changed (pauses, calendar). */
  recomputed?: number;
}

/** The row's values in `stage` order; problems go to `cells` (null for a missing or invalid cell). */
export type RowParser = (cells: RowCells) => unknown[];

/** Issues a merge found before it wrote anything (its writes are undone), by staged line. */
export class MergeRefused extends Error {
  constructor(readonly issues: { line: number; column: string; message: string }[]) {
    super(`${issues.length} rows refused`);
    this.name = 'MergeRefused';
  }
}

interface KindBase {
  columns: readonly Column[];
  stage: readonly StageColumn[];
  /** The natural key, in staged columns. */
  key: readonly KeyPart[];
  /** Cross-row and referential checks, each a query of (line, column, message). */
  checks: readonly string[];
}

/**
 * Writes the staged rows; runs only when no check found anything. May throw MergeRefused when what
 * it would write breaks a rule only computation can check (a deadline recomputed).
 */
export type Merge = (client: pg.ClientBase) => Promise<MergeCounts>;

/**
 * A merge made while the file is still being read, a chunk at a time (complaints: files of a million
 * rows), so that PostgreSQL merges one chunk while the next is read. The checks still see the whole
 * file before anything commits, and the merged chunks are undone when they find a problem.
 */
export interface ChunkedMerge {
  /**
   * The staged columns the checks and `finish` read (the key among them): the whole file is staged with
   * these only, while each chunk carries every column to its merge (a narrow stage is written, analysed
   * and checked several times faster, and a million rows of it stay in the session's buffers).
   */
  checked: readonly string[];
  /** Before the first chunk. */
  start: (client: pg.ClientBase) => Promise<void>;
  /**
   * Writes the rows of `source` (a table shaped as the stage). It runs before the checks, so it skips
   * rows whose own cells failed (`source_ok`) and must not fail on what the checks refuse (a key twice,
   * an unknown reference): such a file is refused once it is read.
   */
  chunk: (client: pg.ClientBase, source: string) => Promise<MergeCounts>;
  /** After the last chunk, once the checks found nothing; may throw MergeRefused. */
  finish: (client: pg.ClientBase) => Promise<void>;
}

/** A kind parses rows by itself, or first reads what its parser needs from the database, once. */
export type KindDefinition = KindBase &
  ({ parseRow: RowParser } | { prepare: (client: pg.ClientBase) => Promise<RowParser> }) &
  ({ merge: Merge } | { chunked: ChunkedMerge });

export const REQUIRED = { required: true } as const;

export function columns(required: readonly string[], optional: readonly string[] = []): Column[] {
  return [
    ...required.map((name) => ({ name, required: true })),
    ...optional.map((name) => ({ name, required: false })),
  ];
}

export function quoted(column: string): KeyPart {
  return { column, shown: `to_json(${column})::text` };
}

/**
 * A natural key twice in one file: the later rows are reported, naming the first. The keys are
 * counted by hashing (a sort of a million keys took longer), and only the repeated ones are joined back
 * (by `using`, so that the keys' `shown` SQL names them unqualified).
 */
export function duplicateKeyCheck(key: readonly KeyPart[]): string {
  const names = key.map((part) => part.column);
  return `
    select s.source_line as line, '${names.join('+')}' as col,
           format('%s appears more than once in the file (first at line %s)',
             concat_ws(' ', ${key.map((part) => part.shown).join(', ')}), d.first_line) as message
    from ${STAGE_TABLE} s join (
      select ${names.join(', ')}, min(source_line) as first_line
      from ${STAGE_TABLE}
      where ${names.map((name) => `${name} is not null`).join(' and ')}
      group by ${names.join(', ')} having count(*) > 1
    ) d using (${names.join(', ')})
    where s.source_line <> d.first_line`;
}

export function unknownUnitCheck(column: string): string {
  return `
    select s.source_line as line, '${column}' as col, format('unknown unit code %s', to_json(s.${column})) as message
    from ${STAGE_TABLE} s
    where s.${column} is not null and not exists (select 1 from unit u where u.code = s.${column})`;
}

/** A `complaint_ref` that names no stored complaint (follow-ups, issues and pauses refer to complaints). */
export function unknownComplaintCheck(column = 'complaint_ref'): string {
  return `
    select s.source_line as line, '${column}' as col, format('no complaint has ref %s', to_json(s.${column})) as message
    from ${STAGE_TABLE} s
    where s.${column} is not null and not exists (select 1 from complaint c where c.ref = s.${column})`;
}

/**
 * INSERT … ON CONFLICT DO UPDATE only where a value differs, so an unchanged row is not rewritten and
 * counts as unchanged. `source` selects the key columns, then `values`, in that order. A row written
 * is stamped by the database (defaults on insert, a trigger on a real change: `recorded_*`,
 * `changed_*`), so a submitted report's restatement tells which rows arrived or changed after it.
 */
export async function upsert(
  client: pg.ClientBase,
  table: string,
  key: readonly string[],
  values: readonly string[],
  source: string,
): Promise<MergeCounts> {
  const { rows } = await client.query<{ inserted: number; updated: number }>(`
    with merged as (
      insert into ${table} as target (${[...key, ...values].join(', ')})
      ${source}
      on conflict (${key.join(', ')}) do update
        set ${values.map((column) => `${column} = excluded.${column}`).join(', ')}
        where (${values.map((column) => `target.${column}`).join(', ')})
          is distinct from (${values.map((column) => `excluded.${column}`).join(', ')})
      -- xmax is 0 on a freshly inserted row version and set on one an update replaced.
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
    from merged`);
  return rows[0];
}
