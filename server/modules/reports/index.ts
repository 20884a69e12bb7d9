// Reports for headquarters and the regulator: templates, the narrative in Chinese and English,
// drafts and immutable submitted versions, restatements, renderers and their downloads.
export {
  amount,
  benchmarkPhrase,
  metricSentence,
  percent,
  rankSentence,
  type Figure,
  type Language,
} from './narrative.js';
export { periodWords, inPeriod, sentence, activitiesSentence } from './narrative.js';
export { assembleReport, type ReportRequest } from './assemble.js';
export type { ReportReaders } from './report.readers.js';
export { ReportReader, type ExportFormat, type ExportLanguage } from './report.reader.js';
export { reportDownloads } from './report.routes.js';
export type * from './report.content.js';
export { cellText } from './report.content.js';
