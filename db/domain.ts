// The closed vocabularies of DOMAIN.md, written once. Import validation, the database checks
// (migrations), the entities and the GraphQL enums all read these lists.

export const UNIT_LEVELS = ['HQ', 'PROVINCE', 'CITY', 'COUNTY'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_KINDS = ['BRANCH', 'DEPARTMENT'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const CHANNELS = [
  'HOTLINE_95518',
  'HQ_REFERRAL',
  'REGULATOR_REFERRAL',
  'LETTERS_VISITS',
  'ONSITE',
  'ONLINE',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const LINES = ['AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH'] as const;
export type Line = (typeof LINES)[number];

export const CATEGORIES = ['CLAIMS', 'SALES', 'UNDERWRITING', 'SURRENDER', 'SERVICE', 'OTHER'] as const;
export type Category = (typeof CATEGORIES)[number];

export const OUTCOMES = ['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ACTIVITY_KINDS = ['ONLINE_DUTY', 'ONSITE_RECEPTION', 'TRAINING'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Every local date, month and year in the portal is Shanghai's (UTC+8, no daylight saving). */
export const TIME_ZONE = 'Asia/Shanghai';

/** Who a user is to the portal (server/modules/access says what each may see and do). */
export const ROLES = ['HQ_ADMIN', 'HQ_ANALYST', 'BRANCH', 'REGULATOR'] as const;
export type Role = (typeof ROLES)[number];

/** What the audit log records; later issues add exports and report submissions. */
export const AUDIT_ACTIONS = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'USER_CREATED',
  'USER_UPDATED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'REPORT_CREATED',
  'REPORT_SUBMITTED',
  'REPORT_EXPORTED',
  'REPORT_UPDATED',
  'REPORT_DELETED',
  'RULE_SET_CHANGED',
  'SCORECARD_POINTS_ENTERED',
  'SCORECARD_RULE_SET_SAVED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A report's template (issue 6): a branch's report to headquarters, or the report to the regulator. */
export const REPORT_TEMPLATES = ['BRANCH', 'REGULATOR'] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

/** What a figure is compared with: the same dates a year earlier, as many days just before, nothing. */
export const COMPARISONS = ['YOY', 'PREVIOUS', 'NONE'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** Incidents a scorecard's DEDUCTION items count (RULES.md §5): 媒体负面报道, 重大群体性事件. */
export const INCIDENT_KINDS = ['MEDIA_EXPOSURE', 'MASS_INCIDENT'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** A scorecard rule set is edited as a draft, then published (RULES.md §5). */
export const SCORECARD_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];
