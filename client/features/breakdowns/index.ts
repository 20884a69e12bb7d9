// Breakdowns: one unit's metric by category, channel, line or child unit (Pareto). Pages import from here only.
export { breakdownExport, BreakdownPanel, BreakdownPanel_breakdown } from './BreakdownPanel';
