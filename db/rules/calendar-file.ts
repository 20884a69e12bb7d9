// The shipped working-day calendar as a file (db/rules/calendar.csv), for what computes deadlines
// without a database: the demo generator. The database's copy (table working_day) is the one imports use.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkingDayCalendar } from './calendar.js';

/** Beside this file, or the source tree's when this runs compiled from dist/db/rules/ (tsc copies no .csv). */
const CALENDAR_FILE =
  [new URL('./calendar.csv', import.meta.url), new URL('../../../db/rules/calendar.csv', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((file) => existsSync(file)) ?? fileURLToPath(new URL('./calendar.csv', import.meta.url));

export function shippedCalendar(): WorkingDayCalendar {
  const rows = readFileSync(CALENDAR_FILE, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [date, working] = line.split(',');
      return { date, isWorkingDay: working === 'true' };
    });
  return new WorkingDayCalendar(rows);
}
