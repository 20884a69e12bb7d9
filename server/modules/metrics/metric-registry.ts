// Every metric of DOMAIN.md's table, written once: its labels, unit, direction, whether it depends
// on `asOf`, which base measures it needs, and how it is computed from them (pure). The base measures
// (complaints, timely, premiumYuan, …) and their groups are the catalog's (measure-catalog.repository.ts).
import type { ComplaintSet, MeasureGroup, Measures } from './measure-catalog.repository.js';

export { NO_MEASURES, type ComplaintSet, type MeasureGroup, type Measures } from './measure-catalog.repository.js';

export const METRIC_KEYS = [
  'COMPLAINTS',
  'ASSESSED_COMPLAINTS',
  'PER_100M_PREMIUM',
  'PER_10K_POLICIES',
  'TIMELY_RATE',
  'AVG_HANDLING_DAYS',
  'ESCALATION_RATE',
  'SATISFACTION_RATE',
  'OPEN_BACKLOG',
  'OVERDUE_OPEN',
  'PREMIUM',
  'POLICIES',
  'ISSUES',
  'CLOSED_WITHIN_3_WORKING_DAYS',
  'CLOSED_WITHIN_8_WEEKS',
  'UPHELD_RATE',
  'COMPLAINT_INDEX',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_UNITS = [
  'COUNT',
  'YUAN',
  'FRACTION',
  'DAYS',
  'PER_100M_YUAN',
  'PER_10K_POLICIES',
  'INDEX',
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const DIRECTIONS = ['LOWER', 'HIGHER', 'NONE'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A text in Chinese and English. */
export interface Localized {
  zh: string;
  en: string;
}

/** A definition's text, as the reports' glossary reads it. */
export type MetricText = Localized;

/** The parts of a figure: a ratio's numerator and denominator; a count's NUMERATOR is the count itself. */
export const FIGURE_PARTS = ['NUMERATOR', 'DENOMINATOR'] as const;
export type FigurePart = (typeof FIGURE_PARTS)[number];

export interface MetricDefinition {
  key: MetricKey;
  labelZh: string;
  labelEn: string;
  unit: MetricUnit;
  better: Direction;
  dependsOnAsOf: boolean;
  /** The values of disjoint parts add up to the whole (counts, premium, policies); a ratio's do not. */
  additive: boolean;
  needs: readonly MeasureGroup[];
  /** From one scope's measures; a metric relative to peers has `amongPeers` instead and no value alone. */
  compute: (m: Measures) => number | null;
  /**
   * A metric relative to a peer set (COMPLAINT_INDEX): from the scope's measures and the peers' summed.
   * The peers are a ranking's own; elsewhere the units at the unit's level on the hierarchy date.
   */
  amongPeers?: (own: Measures, peers: Measures) => number | null;
  /** What is counted, in DOMAIN.md's words. */
  definition: Localized;
  /** A ratio's numerator and denominator; null for a count or an amount. */
  numerator: Localized | null;
  denominator: Localized | null;
  /** How the assessed basis (考核口径, assessedOnly) changes the figure, or that it does not. */
  basisNote: Localized;
  /** The complaints behind each part that has any (none for premium and policies). */
  sets: Partial<Record<FigurePart, ComplaintSet>>;
  /** The parts whose complaints can be listed: the keys of `sets`, in FIGURE_PARTS order. */
  drillable: FigurePart[];
}

/** A ratio; a zero denominator has no value (null), never 0 or infinity. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

const define = (list: Omit<MetricDefinition, 'drillable'>[]) =>
  Object.fromEntries(
    list.map((d) => [d.key, { ...d, drillable: FIGURE_PARTS.filter((part) => d.sets[part]) }]),
  ) as Record<MetricKey, MetricDefinition>;

// The words shared by several definitions.
const IN_SCOPE: Localized = {
  zh: '统计期内受理（按上海时间日期）、责任单位在该机构层级日期时的辖属范围内、符合筛选条件的投诉',
  en: "complaints received in the period (Shanghai dates) whose responsible unit is in the unit's subtree on the hierarchy date, matching the filter",
};
const T: Localized = {
  zh: '时点T（asOf与统计期末日上海时间23:59:59.999中较早者）',
  en: 'the instant T, the earlier of asOf and the end of the period\u2019s last day (23:59:59.999 Shanghai)',
};
const ASSESSED_ONLY: Localized = {
  zh: '考核口径只计考核投诉（有效、非政策因素、非重复投诉）；全部口径计全部投诉。',
  en: 'On the assessed basis only assessed complaints count (valid, not caused by company policy, not a repeat); on the basis of all complaints, every one.',
};
const per = (zh: string, en: string): Localized => ({ zh, en });
const CLOSED_BY_AS_OF: Localized = {
  zh: '统计范围内截至asOf已办结的投诉件数',
  en: 'Complaints in scope closed by asOf',
};
const BOTH_ASSESSED: Localized = {
  zh: '考核口径时分子、分母都只计考核投诉。',
  en: 'On the assessed basis both numerator and denominator count assessed complaints only.',
};
/** C_U ÷ ΣC over P_U ÷ ΣP (RULES.md §4); null when ΣC = 0 or P_U = 0 (ΣP ≥ P_U then is not 0). */
function complaintIndex(own: Measures, peers: Measures): number | null {
  if (peers.complaints === 0 || own.premiumYuan === 0) return null;
  return own.complaints / peers.complaints / (own.premiumYuan / peers.premiumYuan);
}
const sentence = (text: Localized, zh: string, en: string): Localized => ({
  zh: zh.replace('%', text.zh),
  en: en.replace('%', text.en),
});

export const METRICS: Record<MetricKey, MetricDefinition> = define([
  {
    key: 'COMPLAINTS',
    labelZh: '投诉量',
    labelEn: 'Complaints',
    unit: 'COUNT',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: true,
    needs: ['received'],
    compute: (m) => m.complaints,
    definition: sentence(IN_SCOPE, '%的件数。', 'The number of %.'),
    numerator: null,
    denominator: null,
    basisNote: ASSESSED_ONLY,
    sets: { NUMERATOR: 'IN_SCOPE' },
  },
  {
    key: 'ASSESSED_COMPLAINTS',
    labelZh: '考核投诉量',
    labelEn: 'Assessed complaints',
    unit: 'COUNT',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: true,
    needs: ['received'],
    compute: (m) => m.assessed,
    definition: sentence(
      IN_SCOPE,
      '%中，考核投诉（有效、非政策因素、非重复投诉）的件数。',
      'The number of % that are assessed: valid, not caused by company policy and not a repeat.',
    ),
    numerator: null,
    denominator: null,
    basisNote: per(
      '只计考核投诉，全部口径与考核口径结果相同。',
      'Assessed complaints by definition: the same on either basis.',
    ),
    sets: { NUMERATOR: 'ASSESSED' },
  },
  {
    key: 'PER_100M_PREMIUM',
    labelZh: '亿元保费投诉量',
    labelEn: 'Complaints per 100 million yuan of premium',
    unit: 'PER_100M_YUAN',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: false,
    needs: ['received', 'premium'],
    compute: (m) => ratio(m.complaints, m.premiumYuan / 1e8),
    definition: per(
      '统计范围内投诉件数除以该机构辖属同期保费收入（亿元）；部分覆盖的月份按期内天数折算当月保费。',
      "Complaints in scope per 100 million yuan of the subtree's premium in the period; a month partly in the period counts its premium in proportion to its days in it.",
    ),
    numerator: sentence(IN_SCOPE, '%的件数', 'The number of %'),
    denominator: per(
      '该机构辖属同期保费收入（按筛选的险种）÷ 100,000,000元',
      "The subtree's premium in the period, for the filter's lines, ÷ 100,000,000 yuan",
    ),
    basisNote: per(
      '考核口径时分子只计考核投诉，分母保费不变。',
      'On the assessed basis the numerator counts assessed complaints only; the premium is the same.',
    ),
    sets: { NUMERATOR: 'IN_SCOPE' },
  },
  {
    key: 'PER_10K_POLICIES',
    labelZh: '万张保单投诉量',
    labelEn: 'Complaints per 10,000 policies',
    unit: 'PER_10K_POLICIES',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: false,
    needs: ['received', 'premium'],
    compute: (m) => ratio(m.complaints, m.policies / 1e4),
    definition: per(
      '统计范围内投诉件数除以该机构辖属同期保单件数（万张）；部分覆盖的月份按期内天数折算。',
      "Complaints in scope per 10,000 of the subtree's policies in the period; a month partly in the period counts its policies in proportion to its days in it.",
    ),
    numerator: sentence(IN_SCOPE, '%的件数', 'The number of %'),
    denominator: per(
      '该机构辖属同期保单件数（按筛选的险种）÷ 10,000',
      "The subtree's policies in the period, for the filter's lines, ÷ 10,000",
    ),
    basisNote: per(
      '考核口径时分子只计考核投诉，分母保单件数不变。',
      'On the assessed basis the numerator counts assessed complaints only; the policies are the same.',
    ),
    sets: { NUMERATOR: 'IN_SCOPE' },
  },
  {
    key: 'TIMELY_RATE',
    labelZh: '投诉处理及时率',
    labelEn: 'Timely handling rate',
    unit: 'FRACTION',
    better: 'HIGHER',
    dependsOnAsOf: true,
    additive: false,
    needs: ['flow'],
    compute: (m) => ratio(m.timely, m.due),
    definition: per(
      '到期投诉中及时办结的比例：到期指统计范围内截至asOf已办结或已超过处理时限的投诉，及时指截至asOf已办结且办结时间不晚于处理时限。',
      'The share of due complaints handled in time: due are the complaints in scope closed by asOf or past their deadline at asOf; timely, those closed by asOf no later than their deadline.',
    ),
    numerator: per(
      '统计范围内截至asOf已办结、且办结时间不晚于处理时限的投诉件数',
      'Complaints in scope closed by asOf, no later than their deadline (closedAt ≤ dueAt)',
    ),
    denominator: per(
      '统计范围内截至asOf已办结或处理时限早于asOf的投诉件数',
      'Complaints in scope closed by asOf, or whose deadline is before asOf',
    ),
    basisNote: per(
      '考核口径时分子、分母都只计考核投诉。',
      'On the assessed basis both numerator and denominator count assessed complaints only.',
    ),
    sets: { NUMERATOR: 'TIMELY', DENOMINATOR: 'DUE' },
  },
  {
    key: 'AVG_HANDLING_DAYS',
    labelZh: '案均处理天数',
    labelEn: 'Average handling days',
    unit: 'DAYS',
    better: 'LOWER',
    dependsOnAsOf: true,
    additive: false,
    needs: ['flow'],
    compute: (m) => ratio(m.handlingSeconds / 86_400, m.closed),
    definition: per(
      '统计范围内截至asOf已办结投诉从受理到办结的平均时长，以天计（每天86,400秒）。',
      'The mean time from receipt to closure of the complaints in scope closed by asOf, in days of 86,400 seconds.',
    ),
    numerator: per('这些投诉的处理时长之和（天）', 'The sum of their handling times, in days'),
    denominator: per('统计范围内截至asOf已办结的投诉件数', 'Complaints in scope closed by asOf'),
    basisNote: per('考核口径时只计已办结的考核投诉。', 'On the assessed basis only closed assessed complaints count.'),
    // the numerator is a sum of days over the same complaints: only the denominator is a list
    sets: { DENOMINATOR: 'CLOSED' },
  },
  {
    key: 'ESCALATION_RATE',
    labelZh: '投诉升级率',
    labelEn: 'Escalation rate',
    unit: 'FRACTION',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: false,
    needs: ['received', 'flow'],
    compute: (m) => ratio(m.escalated, m.complaints),
    definition: per(
      '统计范围内投诉中升级（转至监管机构或诉讼）的比例。',
      'The share of the complaints in scope taken further, to the regulator or a court.',
    ),
    numerator: per('统计范围内已升级的投诉件数', 'Escalated complaints in scope'),
    denominator: sentence(IN_SCOPE, '%的件数', 'The number of %'),
    basisNote: per(
      '考核口径时分子、分母都只计考核投诉。',
      'On the assessed basis both numerator and denominator count assessed complaints only.',
    ),
    sets: { NUMERATOR: 'ESCALATED', DENOMINATOR: 'IN_SCOPE' },
  },
  {
    key: 'SATISFACTION_RATE',
    labelZh: '回访满意率',
    labelEn: 'Follow-up satisfaction rate',
    unit: 'FRACTION',
    better: 'HIGHER',
    dependsOnAsOf: false,
    additive: false,
    needs: ['followups'],
    compute: (m) => ratio(m.satisfied, m.followups),
    definition: per(
      '统计范围内投诉的回访中客户表示满意的比例，按回访次数计。',
      'Of the follow-up calls to complaints in scope, the share in which the customer was satisfied, counted by calls.',
    ),
    numerator: per('满意的回访次数', 'Satisfied follow-up calls'),
    denominator: per('统计范围内投诉的回访次数', 'Follow-up calls to complaints in scope'),
    basisNote: per(
      '考核口径时只计考核投诉的回访。',
      'On the assessed basis only the follow-ups of assessed complaints count.',
    ),
    sets: { NUMERATOR: 'WITH_SATISFIED_FOLLOWUPS', DENOMINATOR: 'WITH_FOLLOWUPS' },
  },
  {
    key: 'OPEN_BACKLOG',
    labelZh: '未结投诉',
    labelEn: 'Open complaints',
    unit: 'COUNT',
    better: 'LOWER',
    dependsOnAsOf: true,
    additive: true,
    needs: ['stock'],
    compute: (m) => m.openBacklog,
    definition: sentence(
      T,
      '%时，该机构辖属范围内符合筛选条件、在T之前（含T）受理且T时尚未办结的投诉件数。这是存量：统计期之前受理的也计入。',
      "At %: the complaints of the unit's subtree matching the filter received by T and not closed by T. A stock, not a flow: a complaint received before the period counts.",
    ),
    numerator: null,
    denominator: null,
    basisNote: ASSESSED_ONLY,
    sets: { NUMERATOR: 'OPEN' },
  },
  {
    key: 'OVERDUE_OPEN',
    labelZh: '超时未结',
    labelEn: 'Overdue open complaints',
    unit: 'COUNT',
    better: 'LOWER',
    dependsOnAsOf: true,
    additive: true,
    needs: ['stock'],
    compute: (m) => m.overdueOpen,
    definition: sentence(
      T,
      '%时的未结投诉中，处理时限早于T的件数。',
      'Of the open complaints at %, those whose deadline is before T.',
    ),
    numerator: null,
    denominator: null,
    basisNote: ASSESSED_ONLY,
    sets: { NUMERATOR: 'OVERDUE' },
  },
  {
    key: 'PREMIUM',
    labelZh: '保费收入',
    labelEn: 'Premium income',
    unit: 'YUAN',
    better: 'NONE',
    dependsOnAsOf: false,
    additive: true,
    needs: ['premium'],
    compute: (m) => m.premiumYuan,
    definition: per(
      '该机构辖属同期保费收入（元），按筛选的险种；部分覆盖的月份按期内天数折算。',
      "The subtree's premium in the period, in yuan, for the filter's lines; a month partly in the period counts in proportion to its days in it.",
    ),
    numerator: null,
    denominator: null,
    basisNote: per('不是投诉数据：全部口径与考核口径结果相同。', 'Not a complaint figure: the same on either basis.'),
    sets: {},
  },
  {
    key: 'POLICIES',
    labelZh: '保单件数',
    labelEn: 'Policies',
    unit: 'COUNT',
    better: 'NONE',
    dependsOnAsOf: false,
    additive: true,
    needs: ['premium'],
    compute: (m) => m.policies,
    definition: per(
      '该机构辖属同期保单件数，按筛选的险种；部分覆盖的月份按期内天数折算。',
      "The subtree's policies in the period, for the filter's lines; a month partly in the period counts in proportion to its days in it.",
    ),
    numerator: null,
    denominator: null,
    basisNote: per('不是投诉数据：全部口径与考核口径结果相同。', 'Not a complaint figure: the same on either basis.'),
    sets: {},
  },
  {
    key: 'ISSUES',
    labelZh: '投诉事项数',
    labelEn: 'Issues',
    unit: 'COUNT',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: true,
    needs: ['issues'],
    compute: (m) => m.issues,
    definition: sentence(
      IN_SCOPE,
      '%所反映的投诉事项数：一件投诉可反映多个事项，各有其类别；没有事项记录的投诉计为一个事项，类别即投诉的类别。按类别筛选时，在符合其余筛选条件的投诉中按事项自身的类别选取事项。',
      'The issues raised by % (投诉事项): a complaint may raise several, each with its own category; one without issue rows is one issue of its own category. A category filter chooses issues by their own category, among the complaints matching the rest of the filter.',
    ),
    numerator: null,
    denominator: null,
    basisNote: per(
      '考核口径时只计考核投诉的事项。',
      'On the assessed basis only the issues of assessed complaints count.',
    ),
    sets: { NUMERATOR: 'RAISING_ISSUES' },
  },
  {
    key: 'CLOSED_WITHIN_3_WORKING_DAYS',
    labelZh: '3个工作日内办结率',
    labelEn: 'Closed within 3 working days',
    unit: 'FRACTION',
    better: 'HIGHER',
    dependsOnAsOf: true,
    additive: false,
    needs: ['flow'],
    compute: (m) => ratio(m.closedIn3WorkingDays, m.closed),
    definition: per(
      '截至asOf已办结的投诉中，在受理日（上海时间，不计入）后第3个工作日结束前办结的比例；工作日按工作日历（节假日不计，调休上班日计入），不扣除暂停期间。',
      'Of the complaints in scope closed by asOf, the share closed by the end of the 3rd working day after the day of receipt (Shanghai; the day of receipt never counts), by the working-day calendar (holidays skipped, make-up working days counted), with no pauses counted.',
    ),
    numerator: per(
      '统计范围内截至asOf已办结、且不晚于受理日后第3个工作日23:59:59.999办结的投诉件数',
      'Complaints in scope closed by asOf, no later than 23:59:59.999 of the 3rd working day after the day of receipt',
    ),
    denominator: CLOSED_BY_AS_OF,
    basisNote: BOTH_ASSESSED,
    sets: { NUMERATOR: 'CLOSED_IN_3_WORKING_DAYS', DENOMINATOR: 'CLOSED' },
  },
  {
    key: 'CLOSED_WITHIN_8_WEEKS',
    labelZh: '8周内办结率',
    labelEn: 'Closed within 8 weeks',
    unit: 'FRACTION',
    better: 'HIGHER',
    dependsOnAsOf: true,
    additive: false,
    needs: ['flow'],
    compute: (m) => ratio(m.closedIn8Weeks, m.closed),
    definition: per(
      '截至asOf已办结的投诉中，在受理日（上海时间）后第56天结束前办结的比例，按日历日计，不扣除暂停期间。',
      'Of the complaints in scope closed by asOf, the share closed by the end of the 56th day after the day of receipt (Shanghai), in calendar days, with no pauses counted.',
    ),
    numerator: per(
      '统计范围内截至asOf已办结、且不晚于受理日后第56天23:59:59.999办结的投诉件数',
      'Complaints in scope closed by asOf, no later than 23:59:59.999 of the 56th day after the day of receipt',
    ),
    denominator: CLOSED_BY_AS_OF,
    basisNote: BOTH_ASSESSED,
    sets: { NUMERATOR: 'CLOSED_IN_8_WEEKS', DENOMINATOR: 'CLOSED' },
  },
  {
    key: 'UPHELD_RATE',
    labelZh: '投诉支持率',
    labelEn: 'Upheld rate',
    unit: 'FRACTION',
    better: 'NONE',
    dependsOnAsOf: true,
    additive: false,
    needs: ['flow'],
    compute: (m) => ratio(m.upheld, m.decided),
    definition: per(
      '截至asOf已办结且有处理结果的投诉中，结果为支持或部分支持的比例（撤诉计入分母）。',
      'Of the complaints in scope closed by asOf with an outcome, the share upheld in whole or in part (withdrawn ones count in the denominator).',
    ),
    numerator: per(
      '统计范围内截至asOf已办结、结果为支持或部分支持的投诉件数',
      'Complaints in scope closed by asOf, upheld or partially upheld',
    ),
    denominator: per(
      '统计范围内截至asOf已办结且有处理结果（支持、部分支持、不支持、撤诉）的投诉件数',
      'Complaints in scope closed by asOf with an outcome (upheld, partially upheld, not upheld, withdrawn)',
    ),
    basisNote: BOTH_ASSESSED,
    sets: { NUMERATOR: 'UPHELD', DENOMINATOR: 'DECIDED' },
  },
  {
    key: 'COMPLAINT_INDEX',
    labelZh: '投诉指数',
    labelEn: 'Complaint index',
    unit: 'INDEX',
    better: 'LOWER',
    dependsOnAsOf: false,
    additive: false,
    needs: ['received', 'premium'],
    // alone a unit has no index: it is relative to its peers
    compute: () => null,
    amongPeers: complaintIndex,
    definition: per(
      '该机构投诉量占同组机构投诉量之和的份额，除以其保费收入占同组保费收入之和的份额（即其亿元保费投诉量除以同组合计的亿元保费投诉量）；1.00为平均水平。同组机构：排名中为参与排名的机构，其他场合为层级日期时与该机构同一层级的全部机构。同组投诉量为0或该机构保费为0时无值。',
      "The unit's share of its peers' complaints divided by its share of their premium (its complaints per 100 million yuan over the peers' pooled figure); 1.00 is average. Peers: in a ranking, the units ranked; elsewhere, every unit at the unit's level on the hierarchy date. No value when the peers have no complaints or the unit no premium.",
    ),
    numerator: per(
      '该机构统计范围内投诉件数 ÷ 同组机构投诉件数之和',
      "The unit's complaints in scope ÷ the sum of its peers' complaints",
    ),
    denominator: per(
      '该机构同期保费收入（按筛选的险种）÷ 同组机构保费收入之和',
      "The unit's premium in the period (for the filter's lines) ÷ the sum of its peers' premium",
    ),
    basisNote: per(
      '考核口径时投诉件数只计考核投诉，保费不变。',
      'On the assessed basis the complaints count assessed complaints only; the premium is the same.',
    ),
    sets: { NUMERATOR: 'IN_SCOPE' },
  },
]);
