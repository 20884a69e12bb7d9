// Rankings: peers ranked on a metric, as a table (with its export columns) and as bars.
// Pages import from here only.
export { RankingChart } from './RankingChart';
export { rankingExportColumns, rankingExportRows } from './ranking-columns';
export { RankingTable, RankingTable_row, type RankingReference } from './RankingTable';
