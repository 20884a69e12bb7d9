// Trends: a metric per month beside last year's line. Pages import from here only.
export { axisFormatter, pointLabel, TrendChart, TrendChart_point } from './TrendChart';
