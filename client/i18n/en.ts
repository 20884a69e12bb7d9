import { enFigures } from './en-figures';
import { enLayout } from './en-layout';
import { enReports } from './en-reports';
import { enDeadlines } from './en-deadlines';
import { enScorecard } from './en-scorecard';
import { enViews } from './en-views';
import type { Messages } from './zh-CN';
import { enRules } from './en-rules';

// English messages, key for key with zh-CN.ts.
export const en: Messages = {
  app: {
    name: 'Complaint Reporting Portal',
  },
  language: {
    label: 'Language',
    'zh-CN': '中文',
    en: 'English',
  },
  hierarchyDate: {
    label: 'Hierarchy date',
    placeholder: 'Today',
    printed: 'Hierarchy date: {{date}}',
    help: 'The unit tree as it stood on this date; leave empty for today (Beijing time).',
    invalid: 'The date “{{value}}” in the link is not valid; showing today ({{today}}) instead.',
  },
  level: {
    HQ: 'Headquarters',
    PROVINCE: 'Provincial branch',
    CITY: 'City branch',
    COUNTY: 'County branch',
  },
  kind: {
    BRANCH: 'Branch',
    DEPARTMENT: 'Department',
  },
  state: {
    loading: 'Loading…',
    retry: 'Retry',
    failed: 'Could not load the data',
    network: 'Cannot reach the server. Check the connection and try again.',
    forbidden: 'You are not allowed to see this data.',
    unauthenticated: 'Your session has ended. Please sign in again.',
    badInput: 'The request was not valid: {{message}}',
    unknown: 'The server reported an error: {{message}}',
  },
  unitTree: {
    title: 'Unit tree',
    empty: 'No units on {{date}}',
    loadingChildren: 'Loading subordinate units…',
    childrenFailed: 'Could not load subordinate units',
  },
  unitDetails: {
    code: 'Unit code',
    nameZh: 'Chinese name',
    nameEn: 'English name',
    kind: 'Kind',
    level: 'Level',
    parent: 'Parent unit',
    children: 'Subordinate units ({{count}})',
    noChildren: 'No subordinate units',
    none: 'None',
    notInTree: 'This unit is not in the tree on {{date}}.',
    breadcrumb: 'Unit path',
  },
  unitsPage: {
    pick: 'Choose a unit in the tree on the left',
  },
  noAccess: {
    title: 'No access',
    detail: 'Your account sees its own units and the units below them; this page is outside what it may see.',
    home: 'Back to my home page',
  },
  unitNotFound: {
    title: 'Unit not found',
    detail: 'There is no unit with the code “{{code}}”. Check the link, or choose a unit in the tree.',
    back: 'Back to the unit tree',
  },
  routeError: {
    title: 'Something went wrong on this page',
    detail: 'Reload the page to try again; if the problem stays, contact the system administrator.',
    reload: 'Reload',
  },
  signIn: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameMissing: 'Enter your username',
    passwordMissing: 'Enter your password',
    wrong: 'Wrong username or password.',
    rateLimited: 'Too many failed sign-ins. Try again in 15 minutes.',
    signOut: 'Sign out',
  },
  role: {
    HQ_ADMIN: 'Head-office administrator',
    HQ_ANALYST: 'Head-office analyst',
    BRANCH: 'Branch',
    REGULATOR: 'Regulator',
  },
  notFound: {
    title: 'Page not found',
    detail: 'The address “{{path}}” does not exist.',
    home: 'Back to the start page',
  },
  ...enViews,
  ...enDeadlines,
  ...enReports,
  ...enFigures,
  ...enLayout,
  ...enScorecard,
  ...enRules,
};
