import { TIME_ZONE } from '../../../../db/domain.js';
import { ordinal, type Language } from '../narrative.js';
import type { ReportVerdict } from '../report.cells.js';
import {
  cellText,
  type ReportCell,
  type ReportContent,
  type ReportValueFormat,
  type ReportVersionMeta,
} from '../report.content.js';

// How a report's figures and header read, in one place for both exports, so the XLSX's visible
// text, the PDF and (through the same rules) the preview cannot drift apart. Values arrive raw
// (fractions, yuan); only here do they become text.

export const NO_VALUE = '—';

const grouped = (value: number, digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** Sign shown on a change; a zero change carries none (and never a "-0.00"). */
const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text.replace(/^-(0(\.0+)?)$/, '$1'));

/**
 * One cell as a reader sees it: COUNT 12,345; DECIMAL 1,234.57; PERCENT 38.72%; POINTS +52.09个百分点
 * (+52.09 pp); DAYS 7.19天 (7.19 days); YUAN in 万元 (CNY m in English), 2 decimals; RANK 第3名 (3rd); TEXT as is; null —.
 */
export function formatCell(value: ReportCell, format: ReportValueFormat, language: Language): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return NO_VALUE;
  // A label in a figure's column (a template's "合计", say) is shown as written.
  if (typeof value !== 'number') return cellText(value, language) ?? NO_VALUE;
  if (format === 'TEXT') return String(value);
  const zh = language === 'zh-CN';
  switch (format) {
    case 'COUNT':
      return grouped(Math.round(value), 0);
    case 'DECIMAL':
      return grouped(value, 2);
    case 'PERCENT':
      return `${grouped(value * 100, 2)}%`;
    case 'POINTS':
      return `${signed(grouped(value * 100, 2), value)}${zh ? '个百分点' : ' pp'}`;
    case 'DAYS':
      return zh ? `${grouped(value, 2)}天` : `${grouped(value, 2)} days`;
    case 'YUAN':
      // 万元 in Chinese, millions in English: one scale per column, as the browser's preview reads it.
      return zh ? `${grouped(value / 10_000, 2)}万元` : `CNY ${grouped(value / 1_000_000, 2)} m`;
    case 'RANK':
      return zh ? `第${Math.round(value)}名` : ordinal(Math.round(value));
  }
}

/** The colours of a judged change on paper: green for better, red for worse (an unchanged one stays black). */
export const VERDICT_COLOURS: Record<ReportVerdict, string> = {
  IMPROVED: '#237804',
  WORSE: '#cf1322',
  UNCHANGED: '#000000',
};

/** A change with its verdict beside it, the sign kept: "-539 改善", "+2.10个百分点 恶化", "-2 improved". */
export function formatJudged(
  value: ReportCell,
  format: ReportValueFormat,
  verdict: ReportVerdict | null,
  language: Language,
): string {
  const text = formatCell(value, format, language);
  if (!verdict) return text;
  // A rise carries its sign like a fall does ("+20 恶化"), as the XLSX's format shows it.
  const signed = typeof value === 'number' && value > 0 && !text.startsWith('+') ? `+${text}` : text;
  return `${signed} ${LABELS[language].verdicts[verdict]}`;
}

/** An instant as Shanghai wall-clock time: 2026年12月2日 10:15 / 2 Dec 2026 10:15. */
export function formatInstant(iso: string, language: Language): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const month = Number(parts.month);
  return language === 'zh-CN'
    ? `${parts.year}年${month}月${parts.day}日 ${parts.hour}:${parts.minute}`
    : `${parts.day} ${MONTHS[month - 1]} ${parts.year} ${parts.hour}:${parts.minute}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (no zone): 2013-07-31 → 2013年7月31日 / 31 Jul 2013. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  return language === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatPeriod(period: ReportContent['period'], language: Language): string {
  return `${formatDate(period.from, language)} — ${formatDate(period.to, language)}`;
}

/** The words both exports print around the figures. */
export const LABELS = {
  'zh-CN': {
    summary: '概要',
    title: '标题',
    unit: '机构',
    period: '期间',
    comparison: '比较',
    comparisons: { YOY: '同比', PREVIOUS: '环比', NONE: '无' },
    asOf: '数据截至',
    version: '版本',
    draft: '草稿（实时数据）',
    submittedBy: '提交人',
    submittedAt: '提交时间',
    fingerprint: '数据指纹',
    reason: '更正原因',
    narrative: '综述',
    page: (page: number, pages: number) => `第 ${page} 页 / 共 ${pages} 页`,
    verdicts: { IMPROVED: '改善', WORSE: '恶化', UNCHANGED: '持平' },
    versionNumber: (version: number) => `第 ${version} 版`,
  },
  en: {
    summary: 'Summary',
    title: 'Title',
    unit: 'Unit',
    period: 'Period',
    comparison: 'Comparison',
    comparisons: { YOY: 'Year on year', PREVIOUS: 'On the previous period', NONE: 'None' },
    asOf: 'Figures as of',
    version: 'Version',
    draft: 'DRAFT (live figures)',
    submittedBy: 'Submitted by',
    submittedAt: 'Submitted at',
    fingerprint: 'Fingerprint',
    reason: 'Reason for correction',
    narrative: 'Narrative',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    verdicts: { IMPROVED: 'improved', WORSE: 'worse', UNCHANGED: 'unchanged' },
    versionNumber: (version: number) => `Version ${version}`,
  },
} as const;

export const text = (localized: { zh: string; en: string }, language: Language) =>
  language === 'zh-CN' ? localized.zh : localized.en;

/** "第 2 版" for a submitted version, "草稿（实时数据）" for a live draft (meta null). */
export function versionLabel(meta: ReportVersionMeta | null, language: Language): string {
  return meta ? LABELS[language].versionNumber(meta.version) : LABELS[language].draft;
}

/** The report's title, marked when it is a live draft so a printout cannot pass for a submission. */
export function reportTitle(content: ReportContent, meta: ReportVersionMeta | null, language: Language): string {
  const title = text(content.title, language);
  return meta ? title : `${title} — ${LABELS[language].draft}`;
}

/** The label/value lines of the report's header, shared by the XLSX summary sheet and the PDF. */
export function headerFacts(
  content: ReportContent,
  meta: ReportVersionMeta | null,
  language: Language,
): [string, string][] {
  const words = LABELS[language];
  const facts: [string, string][] = [
    [words.title, reportTitle(content, meta, language)],
    [
      words.unit,
      language === 'zh-CN'
        ? `${content.unit.name.zh}（${content.unit.code}）`
        : `${content.unit.name.en} (${content.unit.code})`,
    ],
    [words.period, formatPeriod(content.period, language)],
    [words.comparison, words.comparisons[content.comparison]],
    [words.asOf, formatInstant(content.asOf, language)],
    [words.version, versionLabel(meta, language)],
  ];
  if (meta) {
    facts.push(
      [words.submittedBy, meta.submittedBy],
      [words.submittedAt, formatInstant(meta.submittedAt, language)],
      [words.fingerprint, meta.fingerprint],
    );
    if (meta.reason) facts.push([words.reason, meta.reason]);
  }
  return facts;
}
