// Metrics of DOMAIN.md: the registry (each metric defined once), base measures in one SQL statement
// for many scopes, pure comparisons, and the metric / metricDefinitions queries.
export { MetricResolver, HQ_CODE } from './metric.resolver.js';
export { METRICS, ratio, type MetricKey } from './metric-registry.js';
export { ComparisonEnum, HierarchyBasisEnum, MetricDefinition, MetricKeyEnum, MetricValue } from './metric.type.js';
export {
  comparisonPeriod,
  compare,
  periodsToMeasure,
  yearEarlier,
  type Compared,
  type Comparison,
  type HierarchyBasis,
  type MeasuredPeriod,
} from './metric.service.js';
export { comparedValues, metricValues } from './metric.values.js';
export type { MeasureFilter, MeasureRequest } from './measure.repository.js';
