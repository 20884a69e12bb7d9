// Metrics: the registry's definitions as the client reads them, the words of figures, and the
// metric cards. Pages import from here only.
export { basisResolver, companyLabel, drillPart, metricOptions } from './figure-words';
export { MetricCards, MetricCards_value } from './MetricCards';
export { METRIC_SLOT, MetricDefinitionText, MetricLabel, MetricTitle } from './MetricLabel';
export {
  metricFormat,
  localized,
  metricLabel,
  MetricDefinitionsDocument,
  useMetricDefinitions,
  type MetricDefinition,
  type MetricDefinitions,
} from './use-metric-definitions';
