import type { TFunction } from 'i18next';
import type { ExportHeader } from './table-export';

// What an export answers, said once and written twice: in the file's name (what, the unit, the
// metric, the filter, the basis and the dates: 机构排名_亿元保费投诉量_考核口径_2013-01-01_2013-07-31)
// and in the header block above its table (with the period in words, asOf, and the time of export,
// which the export menu adds when the file is made). Two exports of different questions never
// share a name.

export interface ExportSubject {
  /** What the table is: 机构排名, 投诉清单. */
  what: string;
  /** The unit or units measured, as a reader names them: 广州市分公司（GZ）, 省级分公司. */
  unit?: string;
  /** The unit's code for the file name, when there is one unit. */
  unitCode?: string;
  metric?: string;
  /** The period in words, and its dates for the file name (one date for a stock at an instant). */
  period: string;
  dates: readonly string[];
  /** 考核口径 / 全部投诉, or null when no figure counts complaints. */
  basis: string | null;
  /** The channel, line and category filter in words; '' for none. */
  filter: string;
  /** The instant statuses and asOf-dependent figures were judged at, in words. */
  asOf: string;
}

/** The longest filter text a file name carries; a longer one is cut (the header block has it whole). */
const FILTER_IN_NAME = 40;

export function exportFileParts(subject: ExportSubject): string[] {
  const filter =
    subject.filter.length > FILTER_IN_NAME ? `${subject.filter.slice(0, FILTER_IN_NAME)}…` : subject.filter;
  return [subject.unitCode, subject.what, subject.metric, filter, subject.basis ?? undefined, ...subject.dates].filter(
    (part): part is string => !!part,
  );
}

/** The header block's lines, but the time of export. */
export function exportHeader(subject: ExportSubject, t: TFunction): ExportHeader {
  return [
    [t('export.what'), subject.what],
    ...(subject.unit ? [[t('export.unit'), subject.unit] as const] : []),
    ...(subject.metric ? [[t('export.metric'), subject.metric] as const] : []),
    [t('export.period'), subject.period],
    [t('export.basis'), subject.basis ?? t('export.noBasis')],
    [t('export.filter'), subject.filter || t('export.noFilter')],
    [t('export.asOf'), subject.asOf],
  ];
}

/** The file name's parts and the header block of a subject, as ExportMenu takes them. */
export function describeExport(subject: ExportSubject, t: TFunction): { fileName: string[]; header: ExportHeader } {
  return { fileName: exportFileParts(subject), header: exportHeader(subject, t) };
}
