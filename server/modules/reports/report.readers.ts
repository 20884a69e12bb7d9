import type { RequestClock } from '../../kernel/context.js';
import type { Scope } from '../access/index.js';
import type { ActivityReader } from '../activities/index.js';
import type { BacklogReader } from '../backlog/index.js';
import type { MetricReader } from '../metrics/index.js';
import type { ScorecardReader } from '../scorecard/index.js';
import type { UnitReader } from '../units/index.js';

/** What a report is assembled through: the request's clock, its scope, and the scoped readers. */
export interface ReportReaders extends RequestClock {
  scope: Scope;
  units: UnitReader;
  metrics: MetricReader;
  activities: ActivityReader;
  backlog: BacklogReader;
  /** The scorecard's rule sets, MANUAL points and incidents (the branch report's scorecard). */
  scorecards: ScorecardReader;
}
