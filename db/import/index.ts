// Import of branch spreadsheets (spec/IMPORT-FORMAT.md): one kind of record per CSV or XLSX file,
// validated as a whole and merged all-or-nothing. The only public entry of db/import/.
import type pg from 'pg';

export type ImportKind = 'units' | 'premiums' | 'complaints' | 'followups' | 'activities';
export const IMPORT_KINDS: readonly ImportKind[] = ['units', 'premiums', 'complaints', 'followups', 'activities'];

/** One invalid cell or row, located as `file:line: column: message`. */
export interface ImportIssue {
  file: string;
  line: number;
  column: string;
  message: string;
}

export interface ImportSummary {
  kind: ImportKind;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  milliseconds: number;
}

export interface ImportOptions {
  encoding?: 'utf8' | 'gb18030';
  onProgress?: (rowsRead: number) => void;
}

/** The file was refused; nothing was written. `issues` holds the first 100 of `totalIssues`. */
export class ImportRejected extends Error {
  constructor(
    readonly issues: ImportIssue[],
    readonly totalIssues: number,
  ) {
    super(`${totalIssues} ${totalIssues === 1 ? 'error' : 'errors'}; nothing was written`);
    this.name = 'ImportRejected';
  }
}

export function formatIssue(issue: ImportIssue): string {
  return `${issue.file}:${issue.line}: ${issue.column}: ${issue.message}`;
}

export async function importFile(
  _databaseUrl: string,
  _kind: ImportKind,
  _file: string,
  _options: ImportOptions = {},
): Promise<ImportSummary> {
  throw new Error('importFile: not implemented yet');
}

export type { pg };
