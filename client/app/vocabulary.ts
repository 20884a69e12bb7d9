import type {
  AgingBucketKey,
  BreakdownDimension,
  Category,
  Channel,
  Comparison,
  ComplaintOrder,
  ComplaintStatus,
  Line,
  MetricKey,
  ReportTemplate,
  SortOrder,
  UnitLevel,
} from '../gql/graphql';

// The API's closed vocabularies as runtime lists, for pickers and URL validation. codegen gives
// their types only; `every` makes the compiler fail when the schema gains a value missing here.
const every =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)): A =>
    values;

export const METRIC_KEYS = every<MetricKey>()([
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
]);
export const CHANNELS = every<Channel>()([
  'HOTLINE_95518',
  'HQ_REFERRAL',
  'REGULATOR_REFERRAL',
  'LETTERS_VISITS',
  'ONSITE',
  'ONLINE',
]);
export const LINES = every<Line>()(['AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH']);
export const CATEGORIES = every<Category>()(['CLAIMS', 'SALES', 'UNDERWRITING', 'SURRENDER', 'SERVICE', 'OTHER']);
export const UNIT_LEVELS = every<UnitLevel>()(['HQ', 'PROVINCE', 'CITY', 'COUNTY']);
/** Peers to rank: every level but HQ, which has no peers. */
export const RANKING_LEVELS = ['PROVINCE', 'CITY', 'COUNTY'] as const satisfies readonly UnitLevel[];
export const SORT_ORDERS = every<SortOrder>()(['DESC', 'ASC']);
export const BREAKDOWN_DIMENSIONS = every<BreakdownDimension>()(['CATEGORY', 'CHANNEL', 'LINE', 'CHILD_UNIT']);
export const COMPLAINT_STATUSES = every<ComplaintStatus>()(['OPEN', 'OVERDUE', 'CLOSED']);
export const REPORT_TEMPLATES = every<ReportTemplate>()(['BRANCH', 'REGULATOR']);
export const COMPARISONS = every<Comparison>()(['YOY', 'PREVIOUS', 'NONE']);
export const COMPLAINT_ORDERS = every<ComplaintOrder>()(['RECEIVED_DESC', 'RECEIVED_ASC']);
export const AGING_BUCKETS = every<AgingBucketKey>()([
  'NOT_DUE',
  'PAUSED',
  'DAYS_1_7',
  'DAYS_8_15',
  'DAYS_16_30',
  'DAYS_31_90',
  'OVER_90',
]);

/** The six figures of a unit's cards (issue 5): volumes, the premium-based rate, timeliness, backlog. */
export const CARD_METRICS = [
  'COMPLAINTS',
  'ASSESSED_COMPLAINTS',
  'PER_100M_PREMIUM',
  'TIMELY_RATE',
  'AVG_HANDLING_DAYS',
  'OPEN_BACKLOG',
] as const satisfies readonly MetricKey[];
