// Every metric of DOMAIN.md's table, written once: its labels, its definition (what is counted, a
// ratio's numerator and denominator, what the assessed basis changes) in DOMAIN.md's words, unit,
// direction, whether it depends on `asOf`, which base measures it needs, and how it is computed (pure).

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
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_UNITS = ['COUNT', 'YUAN', 'FRACTION', 'DAYS', 'PER_100M_YUAN', 'PER_10K_POLICIES'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const DIRECTIONS = ['LOWER', 'HIGHER', 'NONE'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The groups of base measures the SQL computes; a metric asks only for those it needs. */
export type MeasureGroup = 'flow' | 'followups' | 'stock' | 'premium';

/** Base measures of one scope (unit subtree, period, hierarchy date, asOf, filter). */
export interface Measures {
  /** In scope: received in the period, responsible unit in the subtree, matching the filter. */
  complaints: number;
  assessed: number;
  escalated: number;
  /** In scope and closed by asOf, and the sum of their handling times in seconds. */
  closed: number;
  handlingSeconds: number;
  /** In scope and (closed by asOf or dueAt < asOf); `timely`: closed by asOf and closedAt <= dueAt. */
  due: number;
  timely: number;
  /** Follow-ups of in-scope complaints, and the satisfied ones. */
  followups: number;
  satisfied: number;
  /** At T = min(asOf, end of `to`): received by T, not closed by T; and of those, dueAt < T. */
  openBacklog: number;
  overdueOpen: number;
  /** Of the subtree in the period for the filter's lines, prorated for partial months. */
  premiumYuan: number;
  policies: number;
}

/** A text in both languages (the definitions are read in either). */
export interface MetricText {
  zh: string;
  en: string;
}

export interface MetricDefinition {
  key: MetricKey;
  labelZh: string;
  labelEn: string;
  /** What is counted, in DOMAIN.md's words. */
  definition: MetricText;
  /** A ratio's numerator and denominator; null for a count or an amount. */
  numerator: MetricText | null;
  denominator: MetricText | null;
  /** How the assessed basis (考核口径, assessedOnly) changes the figure, or that it does not. */
  basisNote: MetricText;
  unit: MetricUnit;
  better: Direction;
  dependsOnAsOf: boolean;
  /** The values of disjoint parts add up to the whole (counts, premium, policies); a ratio's do not. */
  additive: boolean;
  needs: readonly MeasureGroup[];
  compute(m: Measures): number | null;
}

/** A ratio; a zero denominator has no value (null), never 0 or infinity. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

const define = (list: MetricDefinition[]) => Object.fromEntries(list.map((d) => [d.key, d])) as Record<MetricKey, MetricDefinition>;

export const METRICS: Record<MetricKey, MetricDefinition> = define([
  { key: 'COMPLAINTS', labelZh: '投诉量', labelEn: 'Complaints', unit: 'COUNT', better: 'LOWER', dependsOnAsOf: false,
    definition: { zh: '责任单位在本机构辖内（按层级日期）、受理时间在期间内、符合筛选条件的投诉宗数。',
      en: "Complaints whose responsible unit is in the unit's subtree (on the hierarchy date), received in the period and matching the filter." },
    numerator: null, denominator: null,
    basisNote: { zh: '全部投诉计入每一宗投诉；考核口径只计考核投诉（有效、非公司政策因素、非重复投诉）。',
      en: 'All complaints counts every complaint; the assessed basis counts assessed complaints only (valid, not caused by company policy, not a repeat).' },
    additive: true, needs: ['flow'], compute: (m) => m.complaints },
  { key: 'ASSESSED_COMPLAINTS', labelZh: '考核投诉量', labelEn: 'Assessed complaints', unit: 'COUNT', better: 'LOWER',
    dependsOnAsOf: false,
    definition: { zh: '范围内的考核投诉宗数：有效投诉，且非公司政策因素、非重复投诉。',
      en: 'In-scope complaints that are assessed: valid, not caused by company policy and not repeating an earlier complaint.' },
    numerator: null, denominator: null,
    basisNote: { zh: '本身即考核口径：选择考核口径不改变其数值。', en: 'Assessed by definition: the assessed basis does not change it.' },
    additive: true, needs: ['flow'], compute: (m) => m.assessed },
  { key: 'PER_100M_PREMIUM', labelZh: '亿元保费投诉量', labelEn: 'Complaints per 100 million yuan of premium',
    unit: 'PER_100M_YUAN', better: 'LOWER', dependsOnAsOf: false,
    definition: { zh: '每亿元保费的投诉量：范围内投诉量 ÷（本机构辖内期间保费 ÷ 1亿元）；保费按筛选的险种计，不足一月的按天数折算。',
      en: "Complaints per 100 million yuan of premium: in-scope complaints ÷ (premium of the unit's subtree in the period, for the filter's lines, ÷ 100,000,000); part of a month counts in proportion to its days." },
    numerator: { zh: '范围内投诉量', en: 'In-scope complaints' },
    denominator: { zh: '本机构辖内期间保费收入（亿元）', en: "Premium of the unit's subtree in the period, in 100 million yuan" },
    basisNote: { zh: '考核口径只改变分子（只计考核投诉），分母保费不变。',
      en: 'The assessed basis changes the numerator only (assessed complaints); the premium stays.' },
    additive: false, needs: ['flow', 'premium'],
    compute: (m) => ratio(m.complaints, m.premiumYuan / 1e8) },
  { key: 'PER_10K_POLICIES', labelZh: '万张保单投诉量', labelEn: 'Complaints per 10,000 policies',
    unit: 'PER_10K_POLICIES', better: 'LOWER', dependsOnAsOf: false,
    definition: { zh: '每万张保单的投诉量：范围内投诉量 ÷（本机构辖内期间保单件数 ÷ 10,000）；保单按筛选的险种计，不足一月的按天数折算。',
      en: "Complaints per 10,000 policies: in-scope complaints ÷ (policies of the unit's subtree in the period, for the filter's lines, ÷ 10,000); part of a month counts in proportion to its days." },
    numerator: { zh: '范围内投诉量', en: 'In-scope complaints' },
    denominator: { zh: '本机构辖内期间保单件数（万张）', en: "Policies of the unit's subtree in the period, in 10,000s" },
    basisNote: { zh: '考核口径只改变分子（只计考核投诉），分母保单件数不变。',
      en: 'The assessed basis changes the numerator only (assessed complaints); the policies stay.' },
    additive: false, needs: ['flow', 'premium'],
    compute: (m) => ratio(m.complaints, m.policies / 1e4) },
  { key: 'TIMELY_RATE', labelZh: '投诉处理及时率', labelEn: 'Timely handling rate', unit: 'FRACTION', better: 'HIGHER',
    dependsOnAsOf: true,
    definition: { zh: '应办结投诉中按时办结的比例（随数据截至时点变化）。',
      en: 'The share of complaints due that were handled in time (depends on asOf).' },
    numerator: { zh: '及时办结的投诉：截至数据截至时点已办结，且办结时间不晚于办结期限',
      en: 'Timely complaints: closed by asOf, no later than their deadline (dueAt)' },
    denominator: { zh: '应办结的投诉：截至数据截至时点已办结，或办结期限已过', en: 'Complaints due: closed by asOf, or with a deadline before asOf' },
    basisNote: { zh: '考核口径时分子、分母都只计考核投诉。', en: 'On the assessed basis both count assessed complaints only.' },
    additive: false, needs: ['flow'], compute: (m) => ratio(m.timely, m.due) },
  { key: 'AVG_HANDLING_DAYS', labelZh: '案均处理天数', labelEn: 'Average handling days', unit: 'DAYS', better: 'LOWER',
    dependsOnAsOf: true,
    definition: { zh: '截至数据截至时点已办结的范围内投诉，从受理到办结的平均天数（一天为86,400秒）。',
      en: 'The mean time from receipt to closure, in days of 86,400 s, of in-scope complaints closed by asOf.' },
    numerator: { zh: '已办结投诉的处理时长之和（天）', en: 'The handling times of the closed complaints, summed, in days' },
    denominator: { zh: '截至数据截至时点已办结的投诉宗数', en: 'Complaints closed by asOf' },
    basisNote: { zh: '考核口径时分子、分母都只计考核投诉。', en: 'On the assessed basis both count assessed complaints only.' },
    additive: false, needs: ['flow'], compute: (m) => ratio(m.handlingSeconds / 86_400, m.closed) },
  { key: 'ESCALATION_RATE', labelZh: '投诉升级率', labelEn: 'Escalation rate', unit: 'FRACTION', better: 'LOWER',
    dependsOnAsOf: false,
    definition: { zh: '范围内投诉中升级（转向监管机构或诉讼）的比例。',
      en: 'The share of in-scope complaints taken further (to the regulator or a court).' },
    numerator: { zh: '升级的投诉', en: 'Escalated complaints' },
    denominator: { zh: '范围内投诉量', en: 'In-scope complaints' },
    basisNote: { zh: '考核口径时分子、分母都只计考核投诉。', en: 'On the assessed basis both count assessed complaints only.' },
    additive: false, needs: ['flow'], compute: (m) => ratio(m.escalated, m.complaints) },
  { key: 'SATISFACTION_RATE', labelZh: '回访满意率', labelEn: 'Follow-up satisfaction rate', unit: 'FRACTION',
    better: 'HIGHER', dependsOnAsOf: false,
    definition: { zh: '范围内投诉的回访中，客户表示满意的回访所占比例。',
      en: 'The share of follow-ups of in-scope complaints in which the customer was satisfied.' },
    numerator: { zh: '满意的回访次数', en: 'Satisfied follow-ups' },
    denominator: { zh: '范围内投诉的回访次数', en: 'Follow-ups of in-scope complaints' },
    basisNote: { zh: '考核口径时只计考核投诉的回访。', en: 'On the assessed basis only follow-ups of assessed complaints count.' },
    additive: false, needs: ['followups'], compute: (m) => ratio(m.satisfied, m.followups) },
  { key: 'OPEN_BACKLOG', labelZh: '未结投诉', labelEn: 'Open complaints', unit: 'COUNT', better: 'LOWER',
    dependsOnAsOf: true,
    definition: { zh: '时点T（数据截至时点与期末当日结束时二者中较早者）的未结投诉：本机构辖内、符合筛选条件、T时已受理且尚未办结的投诉。这是存量，期间开始前受理的也计入。',
      en: "Open at the instant T = the earlier of asOf and the end of the period's last day: complaints of the unit's subtree matching the filter, received by T and not closed by T. A stock: complaints received before the period count." },
    numerator: null, denominator: null,
    basisNote: { zh: '考核口径时只计考核投诉。', en: 'On the assessed basis only assessed complaints count.' },
    additive: true, needs: ['stock'], compute: (m) => m.openBacklog },
  { key: 'OVERDUE_OPEN', labelZh: '超时未结', labelEn: 'Overdue open complaints', unit: 'COUNT', better: 'LOWER',
    dependsOnAsOf: true,
    definition: { zh: '时点T的未结投诉中，办结期限早于T的投诉（超时未结）。',
      en: 'Of the complaints open at T, those whose deadline (dueAt) is before T.' },
    numerator: null, denominator: null,
    basisNote: { zh: '考核口径时只计考核投诉。', en: 'On the assessed basis only assessed complaints count.' },
    additive: true, needs: ['stock'], compute: (m) => m.overdueOpen },
  { key: 'PREMIUM', labelZh: '保费收入', labelEn: 'Premium income', unit: 'YUAN', better: 'NONE', dependsOnAsOf: false,
    definition: { zh: '本机构辖内期间保费收入（元），按筛选的险种计，不足一月的按天数折算。',
      en: "Premium of the unit's subtree in the period, in yuan, for the filter's lines; part of a month counts in proportion to its days." },
    numerator: null, denominator: null,
    basisNote: { zh: '不是投诉数据：口径不改变其数值。', en: 'Not a complaint figure: the basis does not change it.' },
    additive: true, needs: ['premium'], compute: (m) => m.premiumYuan },
  { key: 'POLICIES', labelZh: '保单件数', labelEn: 'Policies', unit: 'COUNT', better: 'NONE', dependsOnAsOf: false,
    definition: { zh: '本机构辖内期间保单件数，按筛选的险种计，不足一月的按天数折算。',
      en: "Policies of the unit's subtree in the period, for the filter's lines; part of a month counts in proportion to its days." },
    numerator: null, denominator: null,
    basisNote: { zh: '不是投诉数据：口径不改变其数值。', en: 'Not a complaint figure: the basis does not change it.' },
    additive: true, needs: ['premium'], compute: (m) => m.policies },
]);

/** Every measure zero: what a scope with nothing in it has. */
export const NO_MEASURES: Measures = {
  complaints: 0, assessed: 0, escalated: 0, closed: 0, handlingSeconds: 0, due: 0, timely: 0,
  followups: 0, satisfied: 0, openBacklog: 0, overdueOpen: 0, premiumYuan: 0, policies: 0,
};
