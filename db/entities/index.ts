export { Unit } from './unit.entity.js';
export { UnitMembership } from './unit-membership.entity.js';
export { Premium } from './premium.entity.js';
export { Complaint } from './complaint.entity.js';
export { Followup } from './followup.entity.js';
export { Activity } from './activity.entity.js';
export { User, UserUnit } from './user.entity.js';
export { ApiToken, Session } from './credential.entity.js';
export { AuditEvent } from './audit-event.entity.js';
export { Report, ReportVersion } from './report.entity.js';
export { ComplaintPause } from './complaint-pause.entity.js';
export { ComplaintIssue } from './complaint-issue.entity.js';
export { CalendarVersion, DeadlineRuleSet, WorkingDay } from './deadline-rules.entity.js';
export { Incident, ReportScorecardRuleSet, ScorecardManualPoint, ScorecardRuleSet } from './scorecard.entity.js';

import { Activity } from './activity.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { ApiToken, Session } from './credential.entity.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintPause } from './complaint-pause.entity.js';
import { ComplaintIssue } from './complaint-issue.entity.js';
import { CalendarVersion, DeadlineRuleSet, WorkingDay } from './deadline-rules.entity.js';
import { Followup } from './followup.entity.js';
import { Premium } from './premium.entity.js';
import { Report, ReportVersion } from './report.entity.js';
import { Incident, ReportScorecardRuleSet, ScorecardManualPoint, ScorecardRuleSet } from './scorecard.entity.js';
import { Unit } from './unit.entity.js';
import { UnitMembership } from './unit-membership.entity.js';
import { User, UserUnit } from './user.entity.js';

export const ENTITIES = [
  Unit,
  UnitMembership,
  Premium,
  Complaint,
  Followup,
  Activity,
  User,
  UserUnit,
  Session,
  ApiToken,
  AuditEvent,
  Report,
  ReportVersion,
  ComplaintPause,
  DeadlineRuleSet,
  WorkingDay,
  CalendarVersion,
  ComplaintIssue,
  ScorecardRuleSet,
  ReportScorecardRuleSet,
  ScorecardManualPoint,
  Incident,
];
