// The plausible dates of IMPORT-FORMAT.md ("Plausibility and limits") as SQL for the kinds' checks:
// nothing dated before 1990 or later than a day after the import's time (deadlines are the rules',
// computed as a complaint is read). Checked on the staging table in one pass per kind, like every other check.
import { STAGE_TABLE } from '../staging.js';

/** The earliest date (Shanghai) a record may carry: no earlier record is expected. */
export const EARLIEST_DATE = '1990-01-01';
/** Its first instant, in milliseconds, for checks made as a row is read. */
export const EARLIEST_INSTANT = Date.parse(`${EARLIEST_DATE}T00:00:00+08:00`);

/** In a check: the import's time, the checks' one parameter (`RecordsOptions.now`, else the start of the import). */
export const IMPORT_TIME = '$1::timestamptz';

/**
 * Shanghai as the file's instants are read (values.ts) and deadlines computed: UTC+8 all year, as
 * DOMAIN.md says. PostgreSQL's Asia/Shanghai has local mean time before 1901 and the summer time of
 * 1986–1991, which would show a value otherwise than the file wrote it.
 */
const SHANGHAI = `interval '+08:00'`;

/** A day's margin over the import's time: the source system's clock, or a zone the file got wrong. */
const LATEST = `(${IMPORT_TIME} + interval '1 day')`;
const LATEST_DATE = `(${LATEST} at time zone ${SHANGHAI})::date`;
const EARLIEST = `('${EARLIEST_DATE}'::timestamp at time zone ${SHANGHAI})`;

/** An instant as the file would write it in Shanghai time. */
export const localTime = (instant: string) => `to_char(${instant} at time zone ${SHANGHAI}, 'YYYY-MM-DD HH24:MI:SS')`;
/** An instant's Shanghai date. */
export const localDate = (instant: string) => `(${instant} at time zone ${SHANGHAI})::date`;

const afterImport = (shown: string) =>
  `format('%s is more than a day after the import (run at %s)', ${shown}, ${localTime(IMPORT_TIME)})`;

/** The message for an instant before 1990, else null. */
export const instantNotBefore1990 = (column: string) =>
  `case when ${column} < ${EARLIEST} then format('%s is before ${EARLIEST_DATE}', ${localTime(column)}) end`;

/** The message for an instant more than a day after the import's time, else null. */
export const instantNotAfterImport = (column: string) =>
  `case when ${column} > ${LATEST} then ${afterImport(localTime(column))} end`;

/** The message for a date (or a month, `monthly`, shown as YYYY-MM) outside 1990 … a day after the import, else null. */
export function dateWithinBounds(column: string, monthly = false): string {
  const shown = `to_char(${column}, '${monthly ? 'YYYY-MM' : 'YYYY-MM-DD'}')`;
  const earliest = monthly ? EARLIEST_DATE.slice(0, 7) : EARLIEST_DATE;
  return `case when ${column} < '${EARLIEST_DATE}'::date then format('%s is before ${earliest}', ${shown})
               when ${column} > ${LATEST_DATE} then ${monthly ? `format('%s begins more than a day after the import (run at %s)', ${shown}, ${localTime(IMPORT_TIME)})` : afterImport(shown)} end`;
}

/**
 * One check over the staging table (`s`, with `joins`) reporting, per row, every cell whose message
 * SQL gives a message: `(column, message or null)` pairs, in one pass whatever their number.
 */
export function cellsCheck(cells: readonly (readonly [column: string, message: string])[], joins = ''): string {
  return `
    select s.source_line as line, v.col, v.message
    from ${STAGE_TABLE} s ${joins}
    cross join lateral (values ${cells.map(([column, message]) => `('${column}', ${message})`).join(',\n      ')}) v(col, message)
    -- The few rows with a message are found first: the pairs are made for them only.
    where coalesce(${cells.map(([, message]) => message).join(', ')}) is not null and v.message is not null`;
}
