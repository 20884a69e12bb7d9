import { graphql } from '../gql';

export { overviewVariables } from './overview-variables';

// The overview's three queries and their variables (overview-variables.ts), written once: the page
// runs them, and the page's entry (app/early-requests.ts) asks them before the app's code has
// arrived, with the same variables, so that urql takes those answers.

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
