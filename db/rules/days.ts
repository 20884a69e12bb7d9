// Dates (`YYYY-MM-DD`) and the day numbers they stand for (days since 1970-01-01), each way worked out
// once per distinct day and then looked up: an import computes a deadline per complaint, and parsing
// and printing the same few thousand dates again for each of a million rows (Date.parse,
// toISOString) was about a quarter of the importer's own CPU. Both tables are bounded: at most a
// century of days each, emptied when full.

const DAY_MS = 86_400_000;
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
