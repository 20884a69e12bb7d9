import { isIsoDate, parseIsoDate } from '../../format/shanghai-date';

// The period a view looks at, as the viewer chose it (a month, a quarter, a year, the year to a
// date, or any range), and how it is written in the URL's ?p=:
//   2013-07 · 2013-Q3 · 2013 · ytd-2013-07-31 · 2013-01-01..2013-07-31
// Every date is a Shanghai calendar date (DOMAIN.md); the range is inclusive.

export type PeriodKind = 'month' | 'quarter' | 'year' | 'ytd' | 'custom';

export type PeriodSpec =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  | { kind: 'ytd'; to: string }
  | { kind: 'custom'; from: string; to: string };

export interface PeriodRange {
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YTD = /^ytd-(\d{4}-\d{2}-\d{2})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** The period written in ?p=, or null when the text is not one (a date that does not exist, to before from). */
export function parsePeriod(text: string): PeriodSpec | null {
  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(text))) return { kind: 'year', year: Number(match[1]) };
  if ((match = MONTH.exec(text))) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(match[1]), month } : null;
  }
  if ((match = QUARTER.exec(text))) return { kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) };
  if ((match = YTD.exec(text))) return isIsoDate(match[1]) ? { kind: 'ytd', to: match[1] } : null;
  if ((match = RANGE.exec(text))) {
    const [from, to] = [match[1], match[2]];
    return isIsoDate(from) && isIsoDate(to) && from <= to ? { kind: 'custom', from, to } : null;
  }
  return null;
}

export function serialisePeriod(spec: PeriodSpec): string {
  switch (spec.kind) {
    case 'year':
      return String(spec.year);
    case 'month':
      return `${spec.year}-${pad(spec.month)}`;
    case 'quarter':
      return `${spec.year}-Q${spec.quarter}`;
    case 'ytd':
      return `ytd-${spec.to}`;
    case 'custom':
      return `${spec.from}..${spec.to}`;
  }
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The inclusive range of Shanghai dates the period covers, as the API's PeriodInput. */
export function periodRange(spec: PeriodSpec): PeriodRange {
  switch (spec.kind) {
    case 'year':
      return { from: `${spec.year}-01-01`, to: `${spec.year}-12-31` };
    case 'month':
      return {
        from: `${spec.year}-${pad(spec.month)}-01`,
        to: `${spec.year}-${pad(spec.month)}-${pad(lastDayOfMonth(spec.year, spec.month))}`,
      };
    case 'quarter': {
      const first = (spec.quarter - 1) * 3 + 1;
      const last = first + 2;
      return { from: `${spec.year}-${pad(first)}-01`, to: `${spec.year}-${pad(last)}-${pad(lastDayOfMonth(spec.year, last))}` };
    }
    case 'ytd':
      return { from: `${spec.to.slice(0, 4)}-01-01`, to: spec.to };
    case 'custom':
      return { from: spec.from, to: spec.to };
  }
}

/** The same period re-expressed as another kind, anchored on its end (the picker's kind switch). */
export function convertPeriod(spec: PeriodSpec, kind: PeriodKind): PeriodSpec {
  const range = periodRange(spec);
  const end = parseIsoDate(range.to)!;
  switch (kind) {
    case 'year':
      return { kind, year: end.year };
    case 'month':
      return { kind, year: end.year, month: end.month };
    case 'quarter':
      return { kind, year: end.year, quarter: Math.ceil(end.month / 3) };
    case 'ytd':
      return { kind, to: range.to };
    case 'custom':
      return { kind, from: range.from, to: range.to };
  }
}

/** The default period: the year to the last day with data (or today), so a first visit shows figures. */
export function defaultPeriod(lastDate: string): PeriodSpec {
  return { kind: 'ytd', to: lastDate };
}

/**
 * Quick picks relative to a day (today, or the last day with data): the year to that day, its
 * quarter to that day, the month before it, the whole year before it.
 */
export function periodPresets(anchor: string): { ytd: PeriodRange; thisQuarter: PeriodRange; lastMonth: PeriodRange; lastYear: PeriodRange } {
  const { year, month } = parseIsoDate(anchor)!;
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
  const previousMonth = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return {
    ytd: { from: `${year}-01-01`, to: anchor },
    thisQuarter: { from: `${year}-${pad(quarterStart)}-01`, to: anchor },
    lastMonth: periodRange({ kind: 'month', ...previousMonth }),
    lastYear: periodRange({ kind: 'year', year: year - 1 }),
  };
}
