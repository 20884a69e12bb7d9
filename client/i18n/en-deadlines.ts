import type { zhCNDeadlines } from './zh-CN-deadlines';

// English messages of a complaint's deadline explained, key for key with zh-CN-deadlines.ts.
export const enDeadlines: typeof zhCNDeadlines = {
  deadline: {
    title: 'How the deadline was computed',
    none: 'This deadline was stored before deadline rule sets existed; no computation was recorded.',
    mismatch:
      'Computed again under the recorded rule-set version, the deadline differs from the stored one; importing the complaint again recomputes it under the rules in force.',
    ruleSet: 'Rule set',
    ruleSetVersion: '{{code}} · version {{version}}',
    handlingClass: 'Handling class',
    source: 'Deadline from',
    d0: 'Day of receipt',
    d0Value: '{{date}} (does not count)',
    limit: 'Limit',
    lastDay: 'Last day of the limit',
    pauses: 'Pauses (not counted)',
    noPauses: 'None',
    pauseOpen: 'still running',
    pauseDays: 'p = {{days}} days',
    pauseWorkingDays: 'w = {{count}} working days',
    pauseCounted: 'counted: the deadline moves on',
    pauseNotCounted:
      'not counted: it started after the deadline found so far, and does not revive an overdue complaint',
    pausedLastDay: 'Last day after pauses',
    pausedNow: 'Paused: the deadline is set when the pause ends',
    extension: 'Extension',
    extensionValue: 'to {{date}}; reason: {{reason}}; approved by: {{approver}}',
    noExtension: 'None',
    cap: 'Maximum',
    capValue: '{{date}} ({{max}} days after receipt)',
    capValuePaused: '{{date}} ({{max}} days after receipt, plus {{paused}} days paused)',
    calendarVersion: 'Working-day calendar',
    calendarValue: 'version {{version}}',
    calendarNone: 'not used (calendar days)',
    dueAt: 'Deadline',
    paused: 'Paused',
    limitValue: {
      WORKING_DAYS: '{{n}} working days',
      DAYS: '{{n}} calendar days',
    },
    handlingClassValue: {
      SIMPLE: 'Simple (clear facts, simple dispute)',
      COMPLEX: 'Complex',
    },
    sourceValue: {
      DEFAULT: 'the rule set',
      EXTENDED: 'an extension',
      EXPLICIT: 'the source system',
    },
    pauseKind: {
      APPRAISAL: 'Appraisal',
      TESTING: 'Testing',
      EVALUATION: 'Evaluation',
      MEDIATION: 'Mediation',
    },
  },
};
