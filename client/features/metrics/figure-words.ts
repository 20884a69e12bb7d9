import type { TFunction } from 'i18next';
import { type Basis, companyFigureKind, figureBasis } from '../../format/metric';
import type { MetricKey } from '../../gql/graphql';
import type { MetricDefinitions } from './use-metric-definitions';

// The company-wide figure's name wherever it stands beside others (cards, ranking and compare rows,
// the chart's line): a total for metrics that add up, a level for ratios (the "average" that
// was a total). A row across both kinds says so.
export function companyLabel(metrics: readonly { additive: boolean }[], t: TFunction): string {
  const kind = companyFigureKind(metrics);
  return t(kind === 'total' ? 'figure.companyTotal' : kind === 'level' ? 'figure.companyLevel' : 'figure.companyMixed');
}

/** The basis of each metric's figures under a view's filter, for tables of several metrics. */
export function basisResolver(definitions: MetricDefinitions | null | undefined, assessedOnly: boolean): (metric: MetricKey) => Basis | null {
  return (metric) => {
    const definition = definitions?.get(metric);
    return definition ? figureBasis(definition, assessedOnly) : null;
  };
}
