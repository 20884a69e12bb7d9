import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayInShanghai } from '../format/shanghai-date';
import type { AgingBucketKey, MetricKey } from '../gql/graphql';
import { serialiseState } from './url-state/params';
import type { PeriodRange, PeriodSpec } from './url-state/period';
import { useSearchWriter } from './url-state/use-search-writer';
import { recordsSchema, type FigurePartParam, type FilterState } from './url-state/views';

// Paths and URL state, written once. What the viewer looks at lives in the URL (the unit in the
// path, the hierarchy date in ?at=), so a copied link reproduces the view and back/forward work.
// This module imports no page, so pages and features may use it.

export const AT_PARAM = 'at';

/** The units page, on one unit (or on none: code null), at a hierarchy date (none: today). */
export function unitPath(code: string | null, at?: string | null): string {
  const path = code === null ? '/units' : `/units/${encodeURIComponent(code)}`;
  return at ? `${path}?${AT_PARAM}=${at}` : path;
}

export interface HierarchyDate {
  /** The date queries use: ?at= when valid, else today in Shanghai. */
  at: string;
  /** ?at= when it is a valid date, else null (links then also mean "today"). */
  explicit: string | null;
  /** ?at= when it is present but not a date, so the page can say so. */
  invalid: string | null;
  /** Sets ?at= (null clears it) as a new history entry. */
  setAt: (date: string | null) => void;
}

export function useHierarchyDate(): HierarchyDate {
  const [params] = useSearchParams();
  const write = useSearchWriter();
  const raw = params.get(AT_PARAM);
  const explicit = isIsoDate(raw) ? raw : null;
  const setAt = useCallback(
    (date: string | null) =>
      write((previous) => {
        const next = new URLSearchParams(previous);
        if (date) next.set(AT_PARAM, date);
        else next.delete(AT_PARAM);
        return next;
      }),
    [write],
  );
  return {
    at: explicit ?? todayInShanghai(),
    explicit,
    invalid: raw !== null && explicit === null ? raw : null,
    setAt,
  };
}

/** Builds links to units that keep the current hierarchy date. */
export function useUnitHref(): (code: string) => string {
  const { explicit } = useHierarchyDate();
  return useCallback((code: string) => unitPath(code, explicit), [explicit]);
}

/** The drill-down page of a unit (机构分析); `search` carries the period and filter along. */
export function orgPath(code: string, search = ''): string {
  return `/org/${encodeURIComponent(code)}${search}`;
}

/** A complaint's detail page. */
export function complaintPath(ref: string, search = ''): string {
  return `/complaints/${encodeURIComponent(ref)}${search}`;
}

/** ?… with only the parameters every view shares (period, filter, hierarchy date), or ''. */
export function sharedSearch(params: URLSearchParams, keys: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/** The reports list, a report, and the builder (its choices in the query string). */
export function reportsPath(): string {
  return '/reports';
}

export function reportPath(id: string, search = ''): string {
  return `/reports/${encodeURIComponent(id)}${search}`;
}

export function newReportPath(search = ''): string {
  return `/reports/new${search}`;
}

/** A figure whose complaints /records lists: the unit's subtree, the period, the metric's part, the filter. */
export interface RecordsLink {
  unit: string;
  metric: MetricKey;
  part?: FigurePartParam;
  period: PeriodSpec | PeriodRange;
  filter: FilterState;
  /** The hierarchy date; left out: the period's last day. */
  at?: string | null;
  /** The instant closures and deadlines count to; left out: now. */
  asOf?: string | null;
  bucket?: AgingBucketKey | null;
}

/** The records page of a figure, its state written as the page reads it (url-state/views.ts). */
export function recordsPath(link: RecordsLink): string {
  const period: PeriodSpec =
    'kind' in link.period ? link.period : { kind: 'custom', from: link.period.from, to: link.period.to };
  const params = serialiseState(recordsSchema, {
    unit: link.unit,
    at: link.at ?? null,
    period,
    metric: link.metric,
    part: link.part ?? 'numerator',
    asOf: link.asOf ?? null,
    bucket: link.bucket ?? null,
    sort: 'RECEIVED_DESC',
    pages: [],
    channels: link.filter.channels,
    lines: link.filter.lines,
    categories: link.filter.categories,
    assessedOnly: link.filter.assessedOnly,
  });
  // The metric is always written, so a link says which figure it opens even when it is the default.
  params.set('m', link.metric);
  return `/records?${params}`;
}
