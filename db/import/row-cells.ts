// One source row, read cell by cell by a kind's row parser. Every problem is reported with the row's
// line and the cell's column; a cell that is empty or wrong reads as null, so a parser can go on and
// find the row's other problems too.
import type { IssueList } from './issues.js';
import {
  Invalid,
  parseAmount,
  parseBoolean,
  parseCount,
  parseDate,
  parseEnum,
  parseMonth,
  parseText,
  parseTimestamp,
} from './values.js';

interface Need {
  required?: boolean;
}

export class RowCells {
  /** False once any cell of the row was reported. */
  ok = true;

  /** Columns whose cell was refused before parsing: they read as empty, and no more is said of them. */
  private refused?: Set<string>;

  constructor(
    private readonly values: Readonly<Record<string, string | undefined>>,
    readonly line: number,
    private readonly issues: IssueList,
  ) {}

  /** The trimmed text of a cell; undefined when the cell is empty (empty cell = no value). */
  raw(column: string): string | undefined {
    if (this.refused?.has(column)) return undefined;
    const text = this.values[column]?.trim();
    return text === '' ? undefined : text;
  }

  fail(column: string, message: string): void {
    this.ok = false;
    this.issues.add(this.line, column, message);
  }

  /** Reports the cell and keeps its value from the row (it stages as null). */
  refuse(column: string, message: string): void {
    this.fail(column, message);
    (this.refused ??= new Set()).add(column);
  }

  text(column: string, maxLength: number, need: Need = {}): string | null {
    return this.read(column, need, (text) => parseText(text, maxLength));
  }

  enumValue<T extends string>(column: string, values: readonly T[], need: Need = {}): T | null {
    return this.read(column, need, (text) => parseEnum(text, values));
  }

  /** A boolean; an empty cell gives `fallback` when there is one. */
  boolean(column: string, fallback?: boolean): boolean | null {
    if (fallback !== undefined && this.raw(column) === undefined) return fallback;
    return this.read(column, { required: true }, parseBoolean);
  }

  timestamp(column: string, need: Need = {}): number | null {
    return this.read(column, need, parseTimestamp);
  }

  date(column: string, need: Need = {}): string | null {
    return this.read(column, need, parseDate);
  }

  month(column: string, need: Need = {}): string | null {
    return this.read(column, need, parseMonth);
  }

  amount(column: string, need: Need = {}): string | null {
    return this.read(column, need, parseAmount);
  }

  count(column: string, need: Need = {}): number | null {
    return this.read(column, need, parseCount);
  }

  private read<T>(column: string, need: Need, parse: (text: string) => T | Invalid): T | null {
    const text = this.raw(column);
    if (text === undefined) {
      if (need.required && !this.refused?.has(column)) this.fail(column, 'a value is required but the cell is empty');
      return null;
    }
    const value = parse(text);
    if (value instanceof Invalid) {
      this.fail(column, value.message);
      return null;
    }
    return value;
  }
}
