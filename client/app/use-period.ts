import { useCallback, useEffect, useMemo } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import { periodInstant } from '../format/shanghai-date';
import { defaultPeriod, lastDayOf, periodRange, type PeriodRange, type PeriodSpec } from './url-state/period';

// A view without ?p= gets the year to date up to the last day with complaints (never past today),
// written into the URL in place, so the first visit shows figures and the link names its period. The
// view uses it as soon as the last day is known, not once the URL has it: its queries start, and its
// first render draws the period and the figures' links, a render earlier.
// The same day anchors the quick picks (上半年, a quarter, the last months), so they fall on data.
export const LatestComplaintQuery = graphql(`
  query LatestComplaint {
    complaints(first: 1, orderBy: RECEIVED_DESC) {
      edges {
        node {
          receivedDate
        }
      }
    }
  }
`);

export interface ResolvedPeriod {
  /** The URL's period, or the default written in its place; null while the default is being worked out. */
  period: PeriodSpec | null;
  /** The period's dates, or null while the default is still being worked out. */
  range: PeriodRange | null;
  /** The last day with complaints the viewer may see (today at the latest), or null until it is known. */
  lastDay: string | null;
  error?: CombinedError;
  retry: () => void;
}

export function useResolvedPeriod(period: PeriodSpec | null, setDefault: (period: PeriodSpec) => void): ResolvedPeriod {
  const [latest, reexecute] = useQuery({ query: LatestComplaintQuery });
  const lastDay = latest.data ? lastDayOf(latest.data) : null;
  useEffect(() => {
    if (period === null && lastDay !== null) setDefault(defaultPeriod(lastDay));
  }, [period, lastDay, setDefault]);
  const resolved = period ?? (lastDay === null ? null : defaultPeriod(lastDay));
  return {
    period: resolved,
    range: resolved && periodRange(resolved),
    lastDay,
    error: resolved ? undefined : latest.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/**
 * useResolvedPeriod for a view whose state lives in its URL (useViewState): the default is written in
 * place, as the view's own fallback rather than a choice of the viewer's.
 */
export function useViewPeriod(
  period: PeriodSpec | null,
  update: (patch: { period: PeriodSpec }, options: { replace: boolean; asDefault: boolean }) => void,
): ResolvedPeriod {
  const setDefault = useCallback(
    (chosen: PeriodSpec) => update({ period: chosen }, { replace: true, asDefault: true }),
    [update],
  );
  return useResolvedPeriod(period, setDefault);
}

/**
 * The instant T a period's stocks and statuses are judged at (the end of its last day, or now while
 * it runs), fixed when the period is chosen: a new "now" on every render would be a new query each time.
 */
export function usePeriodInstant(to: string | null | undefined): string | null {
  return useMemo(() => (to ? periodInstant(to) : null), [to]);
}
