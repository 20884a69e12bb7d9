// The working-day calendar (RULES.md §2): a date is a working day if its row says so, else if it is
// Monday to Friday. A year is known when the calendar holds a row dated in it, and then its rows are
// its complete list of exceptions; a computation that needs a date of an unknown year fails, naming
// the year — never a weekends-only guess. Dates are `YYYY-MM-DD` strings (Shanghai-local).

import { dateOfDay, dayNumber } from './days.js';

export interface CalendarRow {
  date: string;
  isWorkingDay: boolean;
  note?: string | null;
}

/** A working-day computation needed a year the calendar does not know (RULES.md: CALENDAR_MISSING). */
export class CalendarMissing extends Error {
  constructor(readonly year: number) {
    super(`no working-day calendar for ${year}`);
    this.name = 'CalendarMissing';
  }
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

export class WorkingDayCalendar {
  private readonly exceptions: ReadonlyMap<string, boolean>;
  private readonly years: ReadonlySet<number>;

  constructor(rows: readonly CalendarRow[]) {
    this.exceptions = new Map(rows.map((row) => [row.date, row.isWorkingDay]));
    this.years = new Set(rows.map((row) => Number(row.date.slice(0, 4))));
  }

  knows(year: number): boolean {
    return this.years.has(year);
  }

  /** The known years, ascending. */
  get knownYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (!this.years.has(year)) throw new CalendarMissing(year);
    const exception = this.exceptions.get(date);
    if (exception !== undefined) return exception;
    // 1970-01-01, day 0, was a Thursday.
    const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7;
    return weekday >= 1 && weekday <= 5;
  }

  /** The n-th working day after `date` (`date` itself never counts); `date` for n = 0. */
  nthWorkingDayAfter(date: string, n: number): string {
    let day = date;
    for (let found = 0; found < n;) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) found += 1;
    }
    return day;
  }

  /** How many of the `count` dates from `start` on (start included) are working days. */
  workingDaysAmong(start: string, count: number): number {
    let found = 0;
    for (let i = 0; i < count; i += 1) if (this.isWorkingDay(addDays(start, i))) found += 1;
    return found;
  }
}
