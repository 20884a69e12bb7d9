// Metrics of DOMAIN.md: the registry (each metric defined once), base measures in one SQL statement
// for many scopes, pure comparisons, and the metric / metricDefinitions queries.
export { MetricResolver, HQ_CODE } from './metric.resolver.js';
export { METRICS, type MetricKey } from './metric-registry.js';
export { ComparisonEnum, MetricKeyEnum } from './metric.type.js';
export { comparisonPeriod, compare, periodsToMeasure, yearEarlier, type Comparison } from './metric.service.js';
export { metricValues } from './metric.values.js';
export type { MeasureRequest } from './measure.repository.js';
