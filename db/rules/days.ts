// Dates (`YYYY-MM-DD`) and the day numbers they stand for (days since 1970-01-01), each way worked out
// once per distinct day and then looked up: an import computes a deadline per complaint, and parsing
// and printing the same few thousand dates again for each of a million rows (Date.parse,
// toISOString) was about a quarter of the importer's own CPU. Both tables are bounded: at most a
// century of days each, emptied when full. Then, on them, an instant's Shanghai date and the end of a
// Shanghai day: the one JavaScript definition of each, for the import's deadlines and the server alike.

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;
const MOST = 40_000;

const numbers = new Map<string, number>();
const dates = new Map<number, string>();

/** The day number of a `YYYY-MM-DD` date (NaN for a string that is not one). */
export function dayNumber(date: string): number {
  let day = numbers.get(date);
  if (day === undefined) {
    day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    if (numbers.size >= MOST) numbers.clear();
    numbers.set(date, day);
  }
  return day;
}

/** The `YYYY-MM-DD` date of a day number (a RangeError past JavaScript's dates, as toISOString throws). */
export function dateOfDay(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size >= MOST) dates.clear();
    dates.set(day, date);
  }
  return date;
}

/** The Shanghai-local date of an instant (UTC+8 all year, DOMAIN.md). */
export const shanghaiDateOf = (instant: Date) => dateOfDay(Math.floor((instant.getTime() + SHANGHAI_MS) / DAY_MS));

/**
 * The end of a Shanghai-local day, DOMAIN.md's instant: 23:59:59.999 Shanghai (RULES.md's deadlines,
 * the server's "end of `to`": server/kernel/shanghai-time.ts hands this one on).
 */
export const endOfShanghaiDay = (date: string) => new Date((dayNumber(date) + 1) * DAY_MS - SHANGHAI_MS - 1);
