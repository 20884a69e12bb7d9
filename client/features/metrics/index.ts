// Metrics: the registry's definitions as the client reads them, and the metric cards.
// Pages import from here only.
export { MetricCards, MetricCards_value } from './MetricCards';
export {
  metricFormat,
  metricLabel,
  useMetricDefinitions,
  type MetricDefinition,
  type MetricDefinitions,
} from './use-metric-definitions';
