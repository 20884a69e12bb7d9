// Comparison tables: several units × several metrics over one period side by side, each metric with
// the company-wide benchmark and the compared units' mean and median, in one measuring statement.
export {
  compareUnits,
  type CompareUnitsQuestion,
  type CompareUnitsReaders,
  type FigureAsked,
} from './compare-units.use-case.js';
export type { CompareCell, ComparisonTable } from './compare.service.js';
