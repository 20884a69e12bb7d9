// Parsing one cell's text into a value, as IMPORT-FORMAT.md spells the formats. Pure functions: each
// returns the value or an `Invalid` saying, in words naming the text, what is wrong with it.
import { quote } from './issues.js';

export class Invalid {
  constructor(readonly message: string) {}
}

// DOMAIN.md: Shanghai is UTC+8 with no daylight saving; a timestamp without an offset is read there.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MINUTE = 60_000;

const TRUE_WORDS = new Set(['true', '1', '是']);
const FALSE_WORDS = new Set(['false', '0', '否']);

export function parseBoolean(text: string): boolean | Invalid {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new Invalid(`${quote(text)} is not a boolean; expected true, false, 1, 0, 是 or 否`);
}

export function parseEnum<T extends string>(text: string, values: readonly T[]): T | Invalid {
  if ((values as readonly string[]).includes(text)) return text as T;
  return new Invalid(`${quote(text)} is not one of ${values.join(', ')}`);
}

export function parseText(text: string, maxLength: number): string | Invalid {
  // varchar(n) counts characters (code points), not UTF-16 units; only count them when it could matter.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- varchar counts code points, not graphemes
  if (text.length > maxLength && [...text].length > maxLength) {
    return new Invalid(`${quote(text)} is longer than ${maxLength} characters`);
  }
  return text;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?: ?([Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/;

/** A calendar date as `YYYY-MM-DD` (the form PostgreSQL takes for `date`). */
export function parseDate(text: string): string | Invalid {
  const match = DATE.exec(text);
  if (!match || !validDay(+match[1], +match[2], +match[3])) {
    return new Invalid(`${quote(text)} is not a date; expected YYYY-MM-DD`);
  }
  return text;
}

/** A month as the date of its first day, `YYYY-MM-01`. */
export function parseMonth(text: string): string | Invalid {
  const match = MONTH.exec(text);
  if (!match || +match[2] < 1 || +match[2] > 12) {
    return new Invalid(`${quote(text)} is not a month; expected YYYY-MM`);
  }
  return `${text}-01`;
}

/**
 * An instant in epoch milliseconds. With `Z` or an offset it is that instant; without one it is
 * Shanghai wall-clock time. A bare date is that day's Shanghai midnight, because spreadsheets show a
 * timestamp at midnight as a date.
 */
export function parseTimestamp(text: string): number | Invalid {
  const match = TIMESTAMP.exec(text);
  if (!match) return invalidTimestamp(text);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = ''] = match;
  // Optional groups the text did not fill are undefined, whatever the match's type says.
  const zone = match.at(8);
  if (!validDay(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) return invalidTimestamp(text);
  const offset = zone === undefined ? SHANGHAI_OFFSET_MINUTES : parseOffset(zone);
  if (offset === undefined) return invalidTimestamp(text);
  const millis = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, millis) - offset * MINUTE;
}

function invalidTimestamp(text: string): Invalid {
  return new Invalid(
    `${quote(text)} is not a timestamp; expected ISO 8601 such as 2013-01-05T09:30:00+08:00 or 2013-01-05 09:30:00`,
  );
}

function parseOffset(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A non-negative amount with at most two decimals and 16 integer digits (numeric(18,2)), kept as text. */
export function parseAmount(text: string): string | Invalid {
  if (!DECIMAL.test(text)) return new Invalid(`${quote(text)} is not a number`);
  if (text.startsWith('-') && /[1-9]/.test(text)) return new Invalid(`${quote(text)} must not be negative`);
  const [whole, decimals = ''] = text.replace('-', '').split('.');
  if (decimals.length > 2) return new Invalid(`${quote(text)} has more than 2 decimal places`);
  if (whole.replace(/^0+(?=\d)/, '').length > 16) return new Invalid(`${quote(text)} is too large`);
  return text.replace('-', '');
}

const INT_MAX = 2_147_483_647;

/** A non-negative whole number that fits PostgreSQL's int. */
export function parseCount(text: string): number | Invalid {
  if (!DECIMAL.test(text)) return new Invalid(`${quote(text)} is not a number`);
  const value = Number(text);
  if (value < 0) return new Invalid(`${quote(text)} must not be negative`);
  if (!Number.isInteger(value)) return new Invalid(`${quote(text)} is not a whole number`);
  if (value > INT_MAX) return new Invalid(`${quote(text)} is too large`);
  return value;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
