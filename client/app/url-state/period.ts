import { isIsoDate, parseIsoDate, todayInShanghai } from '../../format/shanghai-date';
import type { LatestComplaintQuery } from '../../gql/graphql';

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

/** The parts of a date that must be one (a period's own end, the last day with data): anything else is a bug. */
function dateParts(date: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`not a calendar date: ${date}`);
  return parts;
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
      return {
        from: `${spec.year}-${pad(first)}-01`,
        to: `${spec.year}-${pad(last)}-${pad(lastDayOfMonth(spec.year, last))}`,
      };
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
  const end = dateParts(range.to);
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

/** A quick pick's name: what it is, and the numbers its words need. */
export type QuickPeriodName =
  | { id: 'ytd' }
  | { id: 'half'; year: number; half: 1 | 2 }
  | { id: 'quarter'; year: number; quarter: number }
  | { id: 'month'; year: number; month: number }
  | { id: 'lastMonths'; count: number }
  | { id: 'year'; year: number };

export interface QuickPeriod {
  key: string;
  name: QuickPeriodName;
  period: PeriodSpec;
  /** True when the period is cut at the anchor (it has not ended by the last day with data). */
  toDate: boolean;
}

const addMonths = (year: number, month: number, by: number) => {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

/**
 * Quick picks counted from a day (the last day with data, so the demo's 2013 is offered, not an
 * empty today): the year to that day; the latest first and second half-years and the latest of each
 * quarter that have begun by it (a later one of the year before when this year's has not), cut at
 * that day; its month and the month before; the last 3, 6 and 12 months to it; the whole year before.
 * Whole periods keep their own kind (2013-Q2, 2013-06, 2012) so links stay short.
 */
export function quickPeriods(anchor: string): QuickPeriod[] {
  const { year, month } = dateParts(anchor);
  /** A range ending at `to` or at the anchor, whichever is first; `whole` when it is not cut. */
  const cut = (from: string, to: string, whole: PeriodSpec): { period: PeriodSpec; toDate: boolean } =>
    to <= anchor ? { period: whole, toDate: false } : { period: { kind: 'custom', from, to: anchor }, toDate: true };
  const halves: QuickPeriod[] = [];
  const quarters: QuickPeriod[] = [];
  for (const half of [1, 2] as const) {
    const first = half === 1 ? 1 : 7;
    const y = month >= first ? year : year - 1;
    const from = `${y}-${pad(first)}-01`;
    const to = `${y}-${pad(first + 5)}-${pad(lastDayOfMonth(y, first + 5))}`;
    halves.push({
      key: `h${half}`,
      name: { id: 'half', year: y, half },
      ...cut(from, to, { kind: 'custom', from, to }),
    });
  }
  for (let quarter = 1; quarter <= 4; quarter++) {
    const y = month >= (quarter - 1) * 3 + 1 ? year : year - 1;
    const whole: PeriodSpec = { kind: 'quarter', year: y, quarter };
    const { from, to } = periodRange(whole);
    quarters.push({ key: `q${quarter}`, name: { id: 'quarter', year: y, quarter }, ...cut(from, to, whole) });
  }
  const byStart = (a: QuickPeriod, b: QuickPeriod) =>
    periodRange(a.period).from < periodRange(b.period).from ? -1 : 1;
  const picks: QuickPeriod[] = [
    { key: 'ytd', name: { id: 'ytd' }, period: { kind: 'ytd', to: anchor }, toDate: false },
    ...halves.sort(byStart),
    ...quarters.sort(byStart),
  ];
  const previous = addMonths(year, month, -1);
  for (const [key, m] of [
    ['thisMonth', { year, month }],
    ['lastMonth', previous],
  ] as const) {
    const whole: PeriodSpec = { kind: 'month', ...m };
    const { from, to } = periodRange(whole);
    picks.push({ key, name: { id: 'month', ...m }, ...cut(from, to, whole) });
  }
  for (const count of [3, 6, 12]) {
    const start = addMonths(year, month, -(count - 1));
    picks.push({
      key: `last${count}`,
      name: { id: 'lastMonths', count },
      period: { kind: 'custom', from: `${start.year}-${pad(start.month)}-01`, to: anchor },
      toDate: false,
    });
  }
  picks.push({
    key: 'lastYear',
    name: { id: 'year', year: year - 1 },
    period: { kind: 'year', year: year - 1 },
    toDate: false,
  });
  return picks;
}

/** The last day with complaints the viewer may see, today at the latest (and today when there are none). */
export function lastDayOf(latest: LatestComplaintQuery): string {
  const today = todayInShanghai();
  const lastDate = latest.complaints.edges[0]?.node.receivedDate ?? today;
  return lastDate < today ? lastDate : today;
}
