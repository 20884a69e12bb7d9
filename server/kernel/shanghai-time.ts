// Time in the portal: Shanghai-local dates, days and periods (DOMAIN.md, "Time"). Pure functions;
// SQL does its own conversions with the zone named explicitly.
import { TIME_ZONE } from '../../db/domain.js';
import { endOfShanghaiDay } from '../../db/rules/days.js';
import { badInput } from '../errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const localDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai-local date (`YYYY-MM-DD`) of an instant. */
export function shanghaiDate(instant: Date): string {
  return localDate.format(instant);
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2013-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The first instant of a Shanghai-local date (UTC+8 all year: no daylight saving since 1991). */
export function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * The end of a Shanghai-local day, DOMAIN.md's instant: 23:59:59.999 Shanghai. Every "end of `to`"
 * of the server is this function (stockInstant), the one the deadlines are computed with at import
 * (db/rules/days.ts); the rollups' database function has its one SQL twin, end_of_shanghai_day
 * (db/functions/end_of_shanghai_day.sql), which a test checks against it.
 */
export { endOfShanghaiDay };

/**
 * T, the instant a stock (open, overdue) and a list's status are judged at for a period ending on
 * `to`: the end of `to` (endOfShanghaiDay), or asOf when earlier (DOMAIN.md, OPEN_BACKLOG).
 */
export function stockInstant(to: string, asOf: Date): Date {
  const end = endOfShanghaiDay(to);
  return asOf.getTime() < end.getTime() ? asOf : end;
}

export interface Period {
  from: string;
  to: string;
}

/** Checks a period's dates and order, naming what is wrong. */
export function checkPeriod(period: Period): Period {
  for (const name of ['from', 'to'] as const) {
    const value = period[name];
    if (!isCalendarDate(value)) throw badInput(`period.${name} "${value}" is not a date (YYYY-MM-DD)`);
  }
  if (period.from > period.to) {
    throw badInput(`period.from ${period.from} is after period.to ${period.to}`);
  }
  return period;
}
