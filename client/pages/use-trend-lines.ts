import { useEffect, useState } from 'react';
import { CombinedError, useClient } from 'urql';
import type { PeriodRange } from '../app/url-state/period';
import { getFragmentData, graphql } from '../gql';
import type { ComplaintFilter, MetricKey, TrendChart_PointFragment } from '../gql/graphql';
import { TrendChart_point } from '../features/trends';

// One trend per compared unit, fetched side by side. The API's trend takes one unit; a document
// cannot alias a variable number of fields and stay typed, so this runs the same typed query per
// unit (in parallel, each answered from urql's cache when seen before).
const CompareTrendQuery = graphql(`
  query CompareTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {
    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {
      ...TrendChart_point
    }
  }
`);

export interface TrendLines {
  fetching: boolean;
  error?: CombinedError;
  /** Per unit code, in the order asked. */
  lines: { unit: string; points: TrendChart_PointFragment[] }[];
  retry: () => void;
}

/** The lines answered for one request (its key), kept on screen while the next one is fetched. */
interface Answer {
  key: string;
  error?: CombinedError;
  lines: TrendLines['lines'];
}

export function useTrendLines(
  units: readonly string[],
  metric: MetricKey,
  period: PeriodRange | null,
  filter: ComplaintFilter,
): TrendLines {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  // The request by value: new arrays holding the same units are the same request, not a refetch.
  // Adjusted while rendering, so the effect below runs once per request.
  const key = JSON.stringify([units, metric, period, filter, attempt]);
  const [request, setRequest] = useState({ key, units, metric, period, filter, attempt });
  if (request.key !== key) setRequest({ key, units, metric, period, filter, attempt });
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    const { units, metric, period, filter, attempt } = request;
    if (!period || units.length === 0) return;
    let current = true;
    const policy = attempt > 0 ? 'network-only' : 'cache-first';
    void Promise.all(
      units.map((unit) =>
        client.query(CompareTrendQuery, { unit, metric, period, filter }, { requestPolicy: policy }).toPromise(),
      ),
    ).then((results) => {
      if (!current) return;
      const failed = results.find((result) => result.error);
      setAnswer({
        key: request.key,
        error: failed?.error,
        lines: failed
          ? []
          : results.map((result, index) => ({
              unit: units[index],
              points: result.data ? [...getFragmentData(TrendChart_point, result.data.trend)] : [],
            })),
      });
    });
    return () => {
      current = false;
    };
  }, [request, client]);

  const answered = answer?.key === key;
  return {
    fetching: !answered,
    error: answered ? answer.error : undefined,
    lines: answer?.lines ?? [],
    retry: () => setAttempt((n) => n + 1),
  };
}
