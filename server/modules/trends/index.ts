// Trends: a unit's metric per month, quarter or year of a period, each point clipped to the period and
// set beside the same dates a year earlier, all on the tree at the period's end, in one statement.
export { buckets, type Granularity } from './trend.service.js';
export { unitTrend, type TrendPoint, type UnitTrendQuestion, type UnitTrendReaders } from './unit-trend.use-case.js';
