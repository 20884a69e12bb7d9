// Every metric of DOMAIN.md's table, written once: its labels, unit, direction, whether it depends
// on `asOf`, which base measures it needs, and how it is computed from them (pure).

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
  compute(m: Measures): number | null;
}

/** A ratio; a zero denominator has no value (null), never 0 or infinity. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

const define = (list: MetricDefinition[]) => Object.fromEntries(list.map((d) => [d.key, d])) as Record<MetricKey, MetricDefinition>;

export const METRICS: Record<MetricKey, MetricDefinition> = define([
  { key: 'COMPLAINTS', labelZh: '投诉量', labelEn: 'Complaints', unit: 'COUNT', better: 'LOWER', dependsOnAsOf: false,
    additive: true, needs: ['flow'], compute: (m) => m.complaints },
  { key: 'ASSESSED_COMPLAINTS', labelZh: '考核投诉量', labelEn: 'Assessed complaints', unit: 'COUNT', better: 'LOWER',
    dependsOnAsOf: false, additive: true, needs: ['flow'], compute: (m) => m.assessed },
  { key: 'PER_100M_PREMIUM', labelZh: '亿元保费投诉量', labelEn: 'Complaints per 100 million yuan of premium',
    unit: 'PER_100M_YUAN', better: 'LOWER', dependsOnAsOf: false, additive: false, needs: ['flow', 'premium'],
    compute: (m) => ratio(m.complaints, m.premiumYuan / 1e8) },
  { key: 'PER_10K_POLICIES', labelZh: '万张保单投诉量', labelEn: 'Complaints per 10,000 policies',
    unit: 'PER_10K_POLICIES', better: 'LOWER', dependsOnAsOf: false, additive: false, needs: ['flow', 'premium'],
    compute: (m) => ratio(m.complaints, m.policies / 1e4) },
  { key: 'TIMELY_RATE', labelZh: '投诉处理及时率', labelEn: 'Timely handling rate', unit: 'FRACTION', better: 'HIGHER',
    dependsOnAsOf: true, additive: false, needs: ['flow'], compute: (m) => ratio(m.timely, m.due) },
  { key: 'AVG_HANDLING_DAYS', labelZh: '案均处理天数', labelEn: 'Average handling days', unit: 'DAYS', better: 'LOWER',
    dependsOnAsOf: true, additive: false, needs: ['flow'], compute: (m) => ratio(m.handlingSeconds / 86_400, m.closed) },
  { key: 'ESCALATION_RATE', labelZh: '投诉升级率', labelEn: 'Escalation rate', unit: 'FRACTION', better: 'LOWER',
    dependsOnAsOf: false, additive: false, needs: ['flow'], compute: (m) => ratio(m.escalated, m.complaints) },
  { key: 'SATISFACTION_RATE', labelZh: '回访满意率', labelEn: 'Follow-up satisfaction rate', unit: 'FRACTION',
    better: 'HIGHER', dependsOnAsOf: false, additive: false, needs: ['followups'], compute: (m) => ratio(m.satisfied, m.followups) },
  { key: 'OPEN_BACKLOG', labelZh: '未结投诉', labelEn: 'Open complaints', unit: 'COUNT', better: 'LOWER',
    dependsOnAsOf: true, additive: true, needs: ['stock'], compute: (m) => m.openBacklog },
  { key: 'OVERDUE_OPEN', labelZh: '超时未结', labelEn: 'Overdue open complaints', unit: 'COUNT', better: 'LOWER',
    dependsOnAsOf: true, additive: true, needs: ['stock'], compute: (m) => m.overdueOpen },
  { key: 'PREMIUM', labelZh: '保费收入', labelEn: 'Premium income', unit: 'YUAN', better: 'NONE', dependsOnAsOf: false,
    additive: true, needs: ['premium'], compute: (m) => m.premiumYuan },
  { key: 'POLICIES', labelZh: '保单件数', labelEn: 'Policies', unit: 'COUNT', better: 'NONE', dependsOnAsOf: false,
    additive: true, needs: ['premium'], compute: (m) => m.policies },
]);

/** Every measure zero: what a scope with nothing in it has. */
export const NO_MEASURES: Measures = {
  complaints: 0, assessed: 0, escalated: 0, closed: 0, handlingSeconds: 0, due: 0, timely: 0,
  followups: 0, satisfied: 0, openBacklog: 0, overdueOpen: 0, premiumYuan: 0, policies: 0,
};
