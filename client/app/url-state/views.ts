import type {
  AgingBucketKey,
  Category,
  Channel,
  Comparison,
  ComplaintFilter,
  ComplaintOrder,
  Line,
  MetricKey,
  ReportTemplate,
  UnitLevel,
} from '../../gql/graphql';
import {
  AGING_BUCKETS,
  BREAKDOWN_DIMENSIONS,
  CATEGORIES,
  CHANNELS,
  COMPARISONS,
  COMPLAINT_ORDERS,
  COMPLAINT_STATUSES,
  LINES,
  METRIC_KEYS,
  RANKING_LEVELS,
  REPORT_TEMPLATES,
  SORT_ORDERS,
} from '../vocabulary';
import {
  cursorStackField,
  dateField,
  enumField,
  enumListField,
  flagField,
  instantField,
  optionalEnumField,
  periodField,
  unitField,
  unitListField,
  type Schema,
} from './params';
import type { PeriodSpec } from './period';

// Each view's state as it lives in the URL, written once. Shared keys mean the same everywhere
// (p period, m metric, ch/ln/cat/assessed the complaint filter), so moving between views can carry
// them along.

export interface FilterState {
  channels: readonly Channel[];
  lines: readonly Line[];
  categories: readonly Category[];
  assessedOnly: boolean;
}

const filterFields: Schema<FilterState> = {
  channels: enumListField('ch', CHANNELS),
  lines: enumListField('ln', LINES),
  categories: enumListField('cat', CATEGORIES),
  assessedOnly: flagField('assessed'),
};

/** The API's ComplaintFilter of a view's filter; empty lists are left out (they mean "all"). */
export function complaintFilter(state: FilterState): ComplaintFilter {
  return {
    ...(state.channels.length ? { channels: [...state.channels] } : {}),
    ...(state.lines.length ? { lines: [...state.lines] } : {}),
    ...(state.categories.length ? { categories: [...state.categories] } : {}),
    ...(state.assessedOnly ? { assessedOnly: true } : {}),
  };
}

export interface OverviewState extends FilterState {
  period: PeriodSpec | null;
  /** The metric of the province ranking and the trend. */
  metric: MetricKey;
}

export const overviewSchema: Schema<OverviewState> = {
  period: periodField('p'),
  metric: enumField('m', METRIC_KEYS, 'PER_100M_PREMIUM'),
  ...filterFields,
};

export interface RankingsState extends FilterState {
  period: PeriodSpec | null;
  metric: MetricKey;
  /** The peers: every unit at a level, or (when parent is set, which wins) a parent's children. */
  level: UnitLevel;
  parent: string | null;
  order: 'ASC' | 'DESC';
  /** The unit picked out in the table and chart. */
  highlight: string | null;
}

export const rankingsSchema: Schema<RankingsState> = {
  period: periodField('p'),
  metric: enumField('m', METRIC_KEYS, 'PER_100M_PREMIUM'),
  level: enumField('level', RANKING_LEVELS, 'PROVINCE'),
  parent: unitField('parent'),
  order: enumField('order', SORT_ORDERS, 'DESC'),
  highlight: unitField('hl'),
  ...filterFields,
};

export interface ScorecardState {
  period: PeriodSpec | null;
  /** The unit whose scorecard is shown; none: the viewer's own (headquarters: the best-scored). */
  unit: string | null;
}

export const scorecardSchema: Schema<ScorecardState> = {
  period: periodField('p'),
  unit: unitField('u'),
};

/** The API's limit is 50 units × 12 metrics; more than 12 lines on one chart cannot be read. */
export const MAX_COMPARED_UNITS = 12;

export interface CompareState extends FilterState {
  period: PeriodSpec | null;
  units: readonly string[];
  metrics: readonly MetricKey[];
  /** The metric of the overlaid trend lines; null: the first compared metric. */
  trendMetric: MetricKey | null;
}

export const compareSchema: Schema<CompareState> = {
  period: periodField('p'),
  units: unitListField('units', MAX_COMPARED_UNITS),
  metrics: enumListField('metrics', METRIC_KEYS, [
    'COMPLAINTS',
    'ASSESSED_COMPLAINTS',
    'PER_100M_PREMIUM',
    'TIMELY_RATE',
  ]),
  trendMetric: optionalEnumField('tm', METRIC_KEYS),
  ...filterFields,
};

export interface UnitViewState extends FilterState {
  period: PeriodSpec | null;
  /** The metric of the trend and the breakdowns. */
  metric: MetricKey;
  by: (typeof BREAKDOWN_DIMENSIONS)[number];
  status: (typeof COMPLAINT_STATUSES)[number] | null;
  sort: (typeof COMPLAINT_ORDERS)[number];
  /** Cursors of the complaint list's pages before the current one (last: the current page's `after`). */
  pages: readonly string[];
}

export const unitViewSchema: Schema<UnitViewState> = {
  period: periodField('p'),
  metric: enumField('m', METRIC_KEYS, 'COMPLAINTS'),
  by: enumField('by', BREAKDOWN_DIMENSIONS, 'CATEGORY'),
  status: optionalEnumField('status', COMPLAINT_STATUSES),
  sort: enumField('sort', COMPLAINT_ORDERS, 'RECEIVED_DESC'),
  pages: cursorStackField('pg'),
  ...filterFields,
};

/** The part of a figure whose complaints are listed: a ratio's numerator or denominator (a count's is its numerator). */
export const FIGURE_PARTS = ['numerator', 'denominator'] as const;
export type FigurePartParam = (typeof FIGURE_PARTS)[number];

/**
 * /records — the complaints behind a figure (issue 11's drill-through): the figure's unit, hierarchy
 * date, period, metric and part, filter and asOf, as the contract names them (unit, at, p, m, part,
 * ch/ln/cat/assessed, asOf), and the list's own order and pages.
 */
export interface RecordsState extends FilterState {
  /** null: the viewer's own unit. */
  unit: string | null;
  /** The hierarchy date of the unit's subtree; null: the period's last day. */
  at: string | null;
  period: PeriodSpec | null;
  metric: MetricKey;
  part: FigurePartParam;
  /** The instant closures and deadlines are counted to; null: now, fixed when the page opens. */
  asOf: string | null;
  /** The backlog bucket the reader came from, which no figure lists alone (the page says so). */
  bucket: AgingBucketKey | null;
  sort: ComplaintOrder;
  pages: readonly string[];
}

export const recordsSchema: Schema<RecordsState> = {
  unit: unitField('unit'),
  at: dateField('at'),
  period: periodField('p'),
  metric: enumField('m', METRIC_KEYS, 'COMPLAINTS'),
  part: enumField('part', FIGURE_PARTS, 'numerator'),
  asOf: instantField('asOf'),
  bucket: optionalEnumField('bucket', AGING_BUCKETS),
  sort: enumField('sort', COMPLAINT_ORDERS, 'RECEIVED_DESC'),
  pages: cursorStackField('pg'),
  ...filterFields,
};

/** The report builder's choices: a link to /reports/new?… opens the same preview. */
export interface ReportBuilderState {
  template: ReportTemplate;
  /** A unit (BRANCH) or a jurisdiction (REGULATOR); null: the viewer's own unit. */
  unit: string | null;
  period: PeriodSpec | null;
  comparison: Comparison;
  /** The draft being edited (its id), whose parameters the builder saves; null: a new draft. */
  edit: string | null;
}

export const reportBuilderSchema: Schema<ReportBuilderState> = {
  template: enumField('t', REPORT_TEMPLATES, 'BRANCH'),
  unit: unitField('unit'),
  period: periodField('p'),
  comparison: enumField('cmp', COMPARISONS, 'YOY'),
  edit: {
    key: 'edit',
    fallback: null,
    parse: (raw) => (/^[1-9][0-9]{0,9}$/.test(raw) ? raw : undefined),
    format: (id) => id ?? '',
  },
};

/** The tab of a report's page. */
export interface ReportViewState {
  tab: 'content' | 'versions' | 'restatement';
}

export const reportViewSchema: Schema<ReportViewState> = {
  tab: enumField('tab', ['content', 'versions', 'restatement'] as const, 'content'),
};

/** The keys carried from one view to another by the menu, so the period and filter follow the viewer. */
export const SHARED_KEYS = ['p', 'ch', 'ln', 'cat', 'assessed'] as const;
