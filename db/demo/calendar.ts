// Shanghai calendar arithmetic for the generator. Instants are whole seconds since the epoch (UTC);
// every local date and month is Shanghai's (UTC+8, no daylight saving), as in DOMAIN.md.

const SHANGHAI_OFFSET = 8 * 3600;
export const DAY = 86_400;

/** The demo months, 2010-01 .. 2013-12. */
const FIRST_YEAR = 2010;
const LAST_YEAR = 2013;

export interface Month {
  year: number;
  /** 1..12 */
  month: number;
}

export function demoMonths(): Month[] {
  const months: Month[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) months.push({ year, month });
  }
  return months;
}

/** The instant of a Shanghai wall-clock time. */
export function shanghai(year: number, month: number, day: number, secondOfDay = 0): number {
  return Date.UTC(year, month - 1, day) / 1000 - SHANGHAI_OFFSET + secondOfDay;
}

/** The last instant the demo data knows of: closures and return calls after it have not happened. */
export const DATA_END = shanghai(2013, 12, 31, 18 * 3600);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Shanghai midnight that starts the local day of `instant`. */
export function startOfLocalDay(instant: number): number {
  return Math.floor((instant + SHANGHAI_OFFSET) / DAY) * DAY - SHANGHAI_OFFSET;
}

/** `2012-03-24T10:15:00+08:00`: an instant as Shanghai local time with its offset. */
export function formatInstant(instant: number): string {
  const local = new Date((instant + SHANGHAI_OFFSET) * 1000).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/** `2012-03-24` */
export function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `2012-03` */
export function formatMonth({ year, month }: Month): string {
  return `${year}-${pad2(month)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
