import { ROLES, type ReportTemplate, type Role } from '../../../db/domain.js';

// What each role may see, written once (issue 4). Everything that decides who sees what reads this
// table: the scope (units, peers, personal data) and the resolvers' coarse @Authorized lists.

export interface RoleRule {
  /** ALL: every unit; BOUND: the subtrees of the user's own units, at the date a query is about. */
  units: 'ALL' | 'BOUND';
  /**
   * Rankings among peers beyond the user's own subtrees: the peers' names and ranked values, nothing
   * else (headquarters circulates rankings to branches). Without it a ranking lists the user's own units only.
   */
  rankedPeers: boolean;
  /** Customers' names and phone numbers: RAW, or MASKED (张** / 138****1234) in the database's answer itself. */
  personalData: 'RAW' | 'MASKED';
  /** Whether the role must be bound to at least one unit. */
  needsUnits: boolean;
  /**
   * Reports (issue 6): DRAFTS — create, preview and submit reports for units it may see, read their
   * live figures and restatements, and see drafts and submissions; SUBMITTED — see submitted versions only.
   */
  reports: 'DRAFTS' | 'SUBMITTED';
  /**
   * The reports' templates whose reports the role may read: a report to headquarters (BRANCH) is
   * internal and never shown to a regulator, which reads the reports made for it (REGULATOR).
   */
  reportTemplates: readonly ReportTemplate[];
  /**
   * Headquarters' annual scorecard (服务效能考评, RULES.md §5) is internal: a branch sees its own and
   * its peers' totals and ranks; a regulator sees none of it.
   */
  scorecard: boolean;
}

export const ROLE_RULES: Record<Role, RoleRule> = {
  /** Everything, plus user administration and the audit log (see ADMINS). */
  HQ_ADMIN: {
    units: 'ALL',
    rankedPeers: true,
    personalData: 'RAW',
    needsUnits: false,
    reports: 'DRAFTS',
    reportTemplates: ['BRANCH', 'REGULATOR'],
    scorecard: true,
  },
  /** Every unit, read-only; reports it drafts and submits for any unit. */
  HQ_ANALYST: {
    units: 'ALL',
    rankedPeers: true,
    personalData: 'RAW',
    needsUnits: false,
    reports: 'DRAFTS',
    reportTemplates: ['BRANCH', 'REGULATOR'],
    scorecard: true,
  },
  /** Its own subtree in full; rankings among its peers. */
  BRANCH: {
    units: 'BOUND',
    rankedPeers: true,
    personalData: 'RAW',
    needsUnits: true,
    reports: 'DRAFTS',
    reportTemplates: ['BRANCH', 'REGULATOR'],
    scorecard: true,
  },
  /** Its jurisdiction (one or more subtrees), without customers' personal data; submitted reports to the regulator only. */
  REGULATOR: {
    units: 'BOUND',
    rankedPeers: false,
    personalData: 'MASKED',
    needsUnits: true,
    reports: 'SUBMITTED',
    reportTemplates: ['REGULATOR'],
    scorecard: false,
  },
};

/** For @Authorized: fields anyone may call, signed in or not (sign-in itself). */
export const ANYONE = ['ANYONE'] as const;
/** For @Authorized: fields every signed-in role may call; the scope then decides which units. */
export const EVERY_ROLE: readonly Role[] = ROLES;
/** For @Authorized: user administration and the audit log. */
export const ADMINS: readonly Role[] = ['HQ_ADMIN'];

/** For @Authorized: drafting reports (preview, create, submit, live figures, restatement). */
export const REPORT_AUTHORS: readonly Role[] = ROLES.filter((role) => ROLE_RULES[role].reports === 'DRAFTS');

/** For @Authorized: the internal scorecard (rule sets, scores, rankings of scores). */
export const SCORECARD_READERS: readonly Role[] = ROLES.filter((role) => ROLE_RULES[role].scorecard);

export type Allowed = Role | (typeof ANYONE)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  HQ_ADMIN: { zh: '总公司管理员', en: 'Head-office administrator' },
  HQ_ANALYST: { zh: '总公司分析员', en: 'Head-office analyst' },
  BRANCH: { zh: '分支机构', en: 'Branch' },
  REGULATOR: { zh: '监管机构', en: 'Regulator' },
};
