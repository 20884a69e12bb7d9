// Reports for headquarters and the regulator: templates, the narrative in Chinese and English,
// snapshots and renderers. Composes other modules and writes no metric SQL of its own.
export { amount, benchmarkPhrase, metricSentence, percent, rankSentence, type ComparisonKind, type Figure, type Language } from './narrative.js';
export { periodWords, inPeriod, sentence, activitiesSentence } from './narrative.js';
export { assembleReport, type ReportReaders, type ReportRequest } from './assemble.js';
export type * from './report.content.js';
