import type { TFunction } from 'i18next';
import { type Basis, companyFigureKind, figureBasis } from '../../format/metric';
import type { FigurePartParam } from '../../app/url-state/views';
import type { FigurePart, MetricKey } from '../../gql/graphql';
import { METRIC_KEYS } from '../../app/vocabulary';
import type { MetricOption } from '../../components/MetricSelect';
import type { Language } from '../../i18n/languages';
import { localized, metricLabel, type MetricDefinitions } from './use-metric-definitions';

// The company-wide figure's name wherever it stands beside others (cards, ranking and compare rows,
// the chart's line): a total for metrics that add up, a level for ratios (the "average" that
// was a total). A row across both kinds says so.
export function companyLabel(metrics: readonly { additive: boolean }[], t: TFunction): string {
  const kind = companyFigureKind(metrics);
  return t(kind === 'total' ? 'figure.companyTotal' : kind === 'level' ? 'figure.companyLevel' : 'figure.companyMixed');
}

/** The basis of each metric's figures under a view's filter, for tables of several metrics. */
export function basisResolver(
  definitions: MetricDefinitions | null | undefined,
  assessedOnly: boolean,
): (metric: MetricKey) => Basis | null {
  return (metric) => {
    const definition = definitions?.get(metric);
    return definition ? figureBasis(definition, assessedOnly) : null;
  };
}

/**
 * The part of a figure a link to its complaints opens: the numerator, or the first part that lists
 * complaints (案均处理天数 lists its denominator, the closed complaints); null for a metric with none
 * (premium, policies), whose figures are not links.
 */
export function drillPart(definition: { drillable: readonly FigurePart[] }): FigurePartParam | null {
  const part = definition.drillable.at(0);
  return part ? (part === 'NUMERATOR' ? 'numerator' : 'denominator') : null;
}

/** Every metric of the registry as a picker's option, in the registry's order, with its definition. */
export function metricOptions(definitions: MetricDefinitions | null | undefined, language: Language): MetricOption[] {
  return METRIC_KEYS.flatMap((key) => {
    const definition = definitions?.get(key);
    return definition
      ? [{ key, label: metricLabel(definition, language), description: localized(definition.definition, language) }]
      : [];
  });
}
