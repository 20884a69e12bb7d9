// How a refused file is described: every problem located as `file:line: column: message`, the first
// hundred kept (a file with a million bad rows must not fill memory), all of them counted.

export interface ImportIssue {
  file: string;
  /** The line (CSV) or sheet row (XLSX); NO_LINE for a problem of the file as a whole. */
  line: number;
  column: string;
  message: string;
}

/** How many issues a rejection carries; the rest are only counted. */
export const MAX_ISSUES = 100;

/** Column label for problems that belong to the file or to a whole row rather than one cell. */
export const FILE_COLUMN = '(file)';
export const ROW_COLUMN = '(row)';

/** The line of a problem no line of the file shows (an XLSX part too large): formatted `file: message`. */
export const NO_LINE = 0;

export function formatIssue(issue: ImportIssue): string {
  if (issue.line === NO_LINE) return `${issue.file}: ${issue.message}`;
  return `${issue.file}:${issue.line}: ${issue.column}: ${issue.message}`;
}

/** The file was refused and nothing was written. `issues` are the first 100 by line, of `totalIssues`. */
export class ImportRejected extends Error {
  constructor(
    readonly issues: ImportIssue[],
    readonly totalIssues: number,
  ) {
    super(rejectionSummary(totalIssues, issues.length));
    this.name = 'ImportRejected';
  }
}

export function rejectionSummary(total: number, shown: number): string {
  const errors = `${total} ${total === 1 ? 'error' : 'errors'}`;
  return shown < total ? `${errors} (the first ${shown} shown); nothing was written` : `${errors}; nothing was written`;
}

/**
 * A problem that stops reading the file (unreadable bytes, a broken quote, a limit passed): what was
 * read before it still gets reported, nothing after it is. `cell` is the 0-based position of the cell
 * it is about, when it is about one, so that the table can name the cell's column by its header.
 */
export class SourceProblem extends Error {
  constructor(
    readonly line: number,
    readonly column: string,
    message: string,
    readonly cell?: number,
  ) {
    super(message);
    this.name = 'SourceProblem';
  }
}

/** Issues of one file in line order; keeps the first MAX_ISSUES, counts them all. */
export class IssueList {
  private readonly kept: ImportIssue[] = [];
  private count = 0;

  constructor(readonly file: string) {}

  add(line: number, column: string, message: string): void {
    this.count += 1;
    if (this.kept.length < MAX_ISSUES) this.kept.push({ file: this.file, line, column, message });
  }

  /** Adds issues found later by SQL (already sorted and cut to MAX_ISSUES) and their full count. */
  merge(issues: Omit<ImportIssue, 'file'>[], total: number): void {
    this.count += total;
    this.kept.push(...issues.map((issue) => ({ file: this.file, ...issue })));
    this.kept.sort((a, b) => a.line - b.line);
    this.kept.length = Math.min(this.kept.length, MAX_ISSUES);
  }

  get total(): number {
    return this.count;
  }

  rejection(): ImportRejected {
    return new ImportRejected([...this.kept], this.count);
  }
}

/** A value as it appears in a message: quoted, and cut short when long. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}
