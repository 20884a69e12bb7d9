// Breakdowns: one unit's metric split by channel, line, category or child unit, sorted for a Pareto
// chart with shares where the metric adds up, beside the unit's own total.
export { paretoItems, vocabularyParts, type BreakdownDimension } from './breakdown.service.js';
export {
  breakDown,
  type Breakdown,
  type BreakdownItem,
  type BreakDownQuestion,
  type BreakDownReaders,
} from './break-down.use-case.js';
