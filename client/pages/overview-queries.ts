import type { PeriodRange } from '../app/url-state/period';
import { trendRange } from '../app/url-state/trend-period';
import { complaintFilter, type OverviewState } from '../app/url-state/views';
import { CARD_METRICS } from '../app/vocabulary';
import { graphql } from '../gql';

// The overview's three queries and their variables, written once: the page runs them, and the first
// view (app/first-view.ts) starts them before the page's code has arrived. The same variables make
// the same requests, which urql answers once.

export const OverviewCardsQuery = graphql(`
  query OverviewCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {
    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {
      rows {
        values {
          ...MetricCards_value
        }
      }
    }
  }
`);

export const OverviewRankingQuery = graphql(`
  query OverviewRanking($metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {
    ranking(metric: $metric, period: $period, level: PROVINCE, filter: $filter) {
      benchmark
      rows {
        ...RankingTable_row
      }
    }
  }
`);

export const OverviewTrendQuery = graphql(`
  query OverviewTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {
    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {
      ...TrendChart_point
    }
  }
`);

/** The variables of the overview's queries for a state, its period's dates and the viewer's unit. */
export function overviewVariables(state: OverviewState, range: PeriodRange, unit: string) {
  const filter = complaintFilter(state);
  return {
    cards: { unit, metrics: [...CARD_METRICS], period: range, filter },
    ranking: { metric: state.metric, period: range, filter },
    trend: { unit, metric: state.metric, period: trendRange(range), filter },
  };
}
