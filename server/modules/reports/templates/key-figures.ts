import type { ActivityKind, Channel } from '../../../../db/domain.js';
import { ACTIVITY_LABELS } from '../../activities/index.js';
import { CHANNEL_LABELS } from '../../vocabulary/index.js';
import type { MeasureFilter, MetricKey } from '../../metrics/index.js';
import { METRICS, type MetricEntry as MetricDefinition } from '../../metrics/index.js';
import type { LocalizedText, ReportFigureRef, ReportValueFormat } from '../report.content.js';

// Which figures a report shows: a metric of the registry with a filter, and its label composed from
// the labels the server already has (the registry's, the channels'), never written anew.

export interface FigureSpec {
  key: MetricKey;
  filter: MeasureFilter;
  label: LocalizedText;
  definition: MetricDefinition;
}

const labelOf = (definition: MetricDefinition): LocalizedText => ({ zh: definition.labelZh, en: definition.labelEn });

export const plain = (key: MetricKey): FigureSpec => ({
  key,
  filter: {},
  label: labelOf(METRICS[key]),
  definition: METRICS[key],
});

/** Counting assessed complaints only (考核口径: valid, not policy-caused, not repeated). */
export const assessedOnly = (key: MetricKey): FigureSpec => ({
  ...plain(key),
  filter: { assessedOnly: true },
  label: { zh: `${METRICS[key].labelZh}（考核口径）`, en: `${METRICS[key].labelEn} (assessed)` },
});

/** Complaints of one channel: "总公司渠道投诉量". */
export const ofChannel = (key: MetricKey, channel: Channel): FigureSpec => ({
  ...plain(key),
  filter: { channels: [channel] },
  label: {
    zh: `${CHANNEL_LABELS[channel].zh}${METRICS[key].labelZh}`,
    en: `${METRICS[key].labelEn} (${CHANNEL_LABELS[channel].en})`,
  },
});

/** Which complaints a figure counts: all, or assessed ones only (考核口径); premium and policies have no basis. */
export type Basis = 'ALL' | 'ASSESSED';

/** The basis in the contract's words, beside every figure whose basis can differ. */
export const BASIS_WORDS: Record<Basis, LocalizedText> = {
  ALL: { zh: '全部投诉', en: 'All complaints' },
  ASSESSED: { zh: '考核口径', en: 'Assessed basis' },
};

export function basisOf(spec: FigureSpec): Basis | null {
  if (spec.definition.needs.every((group) => group === 'premium')) return null;
  return spec.filter.assessedOnly || spec.key === 'ASSESSED_COMPLAINTS' ? 'ASSESSED' : 'ALL';
}

/**
 * The spec's label with its basis, as a column heading: "投诉量（全部投诉）". An assessed figure's label
 * says its basis already ("亿元保费投诉量（考核口径）", "考核投诉量").
 */
export function headingOf(spec: FigureSpec): LocalizedText {
  if (basisOf(spec) !== 'ALL') return spec.label;
  return {
    zh: `${spec.label.zh}（${BASIS_WORDS.ALL.zh}）`,
    en: `${spec.label.en} (${BASIS_WORDS.ALL.en.toLowerCase()})`,
  };
}

/** A filter as a report's row or column names it (only what it sets). */
export function filterRef(filter: MeasureFilter): ReportFigureRef {
  const { assessedOnly, channels, lines, categories } = filter;
  return {
    ...(assessedOnly ? { assessedOnly: true } : {}),
    ...(channels?.length ? { channels: [...channels] } : {}),
    ...(lines?.length ? { lines: [...lines] } : {}),
    ...(categories?.length ? { categories: [...categories] } : {}),
  };
}

/** The figure a spec is, as a row or column of a report names it: the metric and its filter. */
export const refOf = (spec: FigureSpec): ReportFigureRef => ({ metric: spec.key, ...filterRef(spec.filter) });

/** The spec's metric under the spec's label: what narrative sentences take. */
export const relabelled = (spec: FigureSpec): MetricDefinition => ({
  ...spec.definition,
  labelZh: spec.label.zh,
  labelEn: spec.label.en,
});

export const SPECS = {
  complaints: plain('COMPLAINTS'),
  assessed: plain('ASSESSED_COMPLAINTS'),
  hqReferral: ofChannel('COMPLAINTS', 'HQ_REFERRAL'),
  /** The source's "亿元保费投诉量" counts assessed complaints (S13, S14). */
  per100mAssessed: assessedOnly('PER_100M_PREMIUM'),
  per10k: plain('PER_10K_POLICIES'),
  timely: plain('TIMELY_RATE'),
  avgDays: plain('AVG_HANDLING_DAYS'),
  escalation: plain('ESCALATION_RATE'),
  satisfaction: plain('SATISFACTION_RATE'),
  open: plain('OPEN_BACKLOG'),
  overdue: plain('OVERDUE_OPEN'),
} satisfies Record<string, FigureSpec>;

/**
 * The key figures in three tables, because a column has one format: counts (with change and change
 * rate), ratios to business and days (two decimals), and rates (percentages, changing by points).
 */
export interface FigureGroup {
  key: 'metrics' | 'ratios' | 'rates';
  title: LocalizedText;
  format: ReportValueFormat;
  specs: FigureSpec[];
  /** Rates change by percentage points and have no change rate (DOMAIN.md "Metrics"). */
  rates: boolean;
  /** A company-wide count is not an average of anything: counts have no benchmark column. */
  benchmark: boolean;
}

export const FIGURE_GROUPS: FigureGroup[] = [
  {
    key: 'metrics',
    title: { zh: '投诉量', en: 'Complaint volumes' },
    format: 'COUNT',
    specs: [SPECS.complaints, SPECS.assessed, SPECS.hqReferral, SPECS.open, SPECS.overdue],
    rates: false,
    benchmark: false,
  },
  {
    key: 'ratios',
    title: { zh: '投诉强度与处理天数', en: 'Complaints relative to business, and handling days' },
    format: 'DECIMAL',
    specs: [SPECS.per100mAssessed, SPECS.per10k, SPECS.avgDays],
    rates: false,
    benchmark: true,
  },
  {
    key: 'rates',
    title: { zh: '处理及时率、升级率与满意率', en: 'Timeliness, escalation and satisfaction' },
    format: 'PERCENT',
    specs: [SPECS.timely, SPECS.escalation, SPECS.satisfaction],
    rates: true,
    benchmark: true,
  },
];

/** How a metric's values read in a column of their own. */
export function formatOf(definition: MetricDefinition): ReportValueFormat {
  return (
    {
      COUNT: 'COUNT',
      YUAN: 'YUAN',
      FRACTION: 'PERCENT',
      DAYS: 'DAYS',
      PER_100M_YUAN: 'DECIMAL',
      PER_10K_POLICIES: 'DECIMAL',
      INDEX: 'DECIMAL',
    } as const
  )[definition.unit];
}

/** An activity with what it counts, as a row or column heading: "投诉处理培训（人次）". */
export function activityHeading(kind: ActivityKind): LocalizedText {
  const label = ACTIVITY_LABELS[kind];
  return { zh: `${label.zh}（${label.unit.zh}）`, en: `${label.en} (${label.unit.en})` };
}
