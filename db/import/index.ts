// Import of branch spreadsheets (spec/IMPORT-FORMAT.md): one kind of record per CSV or XLSX file,
// validated as a whole and merged all-or-nothing. The only public entry of db/import/.
//
//   importFile(url, kind, file)   the command line and the demo loader: reads the file, runs its own transaction
//   importRecords(client, kind, records)   any other write path (the API): records it has already keyed
//                                 by column name, on a connection inside a transaction the caller owns;
//                                 the same validation and merge, so every path agrees on what is valid.

export { IMPORT_LOCK, importFile, type ImportOptions, type ImportSummary } from './import-file.js';
export { importRecords, type RecordsOptions, type RecordsSummary } from './import-records.js';
export { formatIssue, ImportRejected, type ImportIssue } from './issues.js';
export { IMPORT_KINDS, type ImportKind } from './kinds/index.js';
export type { SourceRecord } from './read-table.js';
export {
  loadDeadlineRules,
  recomputeDeadlines,
  type DeadlineRules,
  type Recomputed,
  type SqlClient,
} from './deadlines.js';
