// Metrics of DOMAIN.md: the registry (each metric defined once), the catalog of base measures (each
// defined once), base measures in one SQL statement for many scopes, the cache of measures, pure comparisons, the reader that measures granted subtrees only, and the
// metric / metricDefinitions queries.
export { ComplaintFilter } from './complaint-filter.input.js';
export {
  METRIC_KEYS,
  METRICS,
  ratio,
  type ComplaintSet,
  type Direction,
  type FigurePart,
  type MetricDefinition as MetricEntry,
  type MetricKey,
  type MetricText,
} from './metric-registry.js';
export { inSet, SET_KIND } from './measure-catalog.repository.js';
export {
  createDataStates,
  createMeasureCache,
  readDataState,
  type DataState,
  type DataStates,
  type MeasureCache,
} from './measure.cache.js';
export {
  ComparisonEnum,
  FigurePartEnum,
  HierarchyBasisEnum,
  MetricDefinition,
  MetricKeyEnum,
  MetricValue,
} from './metric.type.js';
export {
  comparisonPeriod,
  compare,
  periodsToMeasure,
  yearEarlier,
  type Compared,
  type HierarchyBasis,
  type MeasuredPeriod,
} from './metric.service.js';
export { createMetricReader, type GrantedMeasure, type MetricReader, type Subject } from './metric.reader.js';
export { createMetricLoaders } from './metric.loaders.js';
export type { MeasureFilter, MeasureRequest } from './measure.repository.js';
