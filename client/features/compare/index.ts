// Compare: units side by side on several metrics against the company benchmark and the peers.
// Pages import from here only.
export { compareExportColumns, compareLines, CompareTable, CompareTable_table } from './CompareTable';
