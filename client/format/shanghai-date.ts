import type { Language } from '../i18n/languages';

// Every local date in the portal is Shanghai's (UTC+8, no daylight saving), whatever zone the
// viewer's machine is in: a complaint at 2012-12-31T17:30Z belongs to 2013-01-01.
export const TIME_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const shanghaiParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai-local calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  const parts = Object.fromEntries(shanghaiParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Shanghai, as YYYY-MM-DD (the default hierarchy date). */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDate(now);
}

/** True for a real calendar date written YYYY-MM-DD (2013-02-29 is not one). */
export function isIsoDate(value: string | null | undefined): value is string {
  return parseIsoDate(value ?? '') !== null;
}

/** The parts of a YYYY-MM-DD date, or null when it is malformed or not a calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 02-30 over to 03-02; a round trip catches that.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** A YYYY-MM-DD date for reading: 2013年1月1日 / 1 Jan 2013. Invalid input comes back unchanged. */
export function formatIsoDate(value: string, language: Language): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  // A calendar date has no zone; format it at UTC midnight in UTC so no offset can move the day.
  const utcMidnight = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return (language === 'en' ? enDate : zhDate).format(utcMidnight);
}

// Made once: a formatter costs far more to make than to use.
const readableDate = (locale: string, month: 'short' | 'long') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month, day: 'numeric' });
const zhDate = readableDate('zh-CN', 'long');
const enDate = readableDate('en-GB', 'short');

const shanghaiDateTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Shanghai wall-clock time, 2013-01-05 09:30, whatever the viewer's zone. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = Object.fromEntries(shanghaiDateTime.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The end of a Shanghai-local day as an instant (23:59:59.999+08:00), e.g. for a backlog at a period's end. */
export function endOfShanghaiDay(date: string): string {
  return `${date}T23:59:59.999+08:00`;
}

/**
 * The instant T a stock or a status is judged at for a period (DOMAIN.md's OPEN_BACKLOG): the end of
 * the period's last day, or now while the period is still running. The backlog card, the complaint
 * list's status and the records page all judge "open" at this one instant.
 */
export function periodInstant(to: string, now: Date = new Date()): string {
  const end = endOfShanghaiDay(to);
  return Date.parse(end) < now.getTime() ? end : now.toISOString();
}

/** A period for reading: 2013年1月1日至2013年7月31日 / 1 Jan 2013 – 31 Jul 2013. */
export function formatPeriod(period: { from: string; to: string }, language: Language): string {
  const from = formatIsoDate(period.from, language);
  const to = formatIsoDate(period.to, language);
  return language === 'en' ? `${from} – ${to}` : `${from}至${to}`;
}
