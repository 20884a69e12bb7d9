import { CalendarMissing, type WorkingDayCalendar } from '../../../db/rules/calendar.js';
import { computeDeadline, DeadlineRefused, type DeadlineSource, type Pause } from '../../../db/rules/deadline.js';
import type { HandlingClass } from '../../../db/rules/rule-sets.js';
import type { DeadlineExplanation, DeadlineRuleSet } from './deadline.type.js';

// A complaint's deadline explained: recomputed, not stored. The facts are stored (receipt, class,
// explicit due_at, extension, pauses) and so is the rule-set version the import used; computeDeadline
// is pure, so running it again under that version gives every step of the computation — d0, the
// limit, the last day, each pause's p or w and whether it counted, the cap — without a second copy
// of them that could drift from the dueAt. The calendar is today's: a calendar change that moves a
// deadline recomputes it (the calendar import), so today's calendar gives the stored dueAt; whether
// it does is said (matchesStored), never assumed.

export interface StoredDeadline {
  receivedAt: string;
  handlingClass: HandlingClass;
  dueAt: string | null;
  dueSource: DeadlineSource | null;
  extendedDueAt: string | null;
  extensionReason: string | null;
  extensionApprover: string | null;
  ruleSetCode: string | null;
  ruleSetVersion: number | null;
  calendarVersion: number | null;
}

const instant = (value: string | null) => (value === null ? null : new Date(value));
const time = (value: string | Date | null) => (value === null ? null : new Date(value).getTime());

/**
 * The explanation, or null where there is none to give: a deadline stored before rule sets existed
 * (no source), or one the stored rule-set version or today's calendar can no longer compute.
 */
export function explainDeadline(
  complaint: StoredDeadline,
  pauses: readonly Pause[],
  ruleSets: readonly DeadlineRuleSet[],
  calendar: WorkingDayCalendar,
): DeadlineExplanation | null {
  if (complaint.dueSource === null) return null;
  const ruleSet = ruleSets.find(
    (set) => set.code === complaint.ruleSetCode && set.version === complaint.ruleSetVersion,
  );
  if (!ruleSet) return null;
  // The version recorded, whatever its range: it was chosen by this receipt when it was in force.
  const asUsed = {
    code: ruleSet.code,
    name: ruleSet.name,
    version: ruleSet.version,
    effectiveFrom: null,
    effectiveTo: null,
    limits: { SIMPLE: ruleSet.simple, COMPLEX: ruleSet.complex },
    maxDays: ruleSet.maxDays,
  };
  let computed;
  try {
    computed = computeDeadline(
      {
        receivedAt: new Date(complaint.receivedAt),
        handlingClass: complaint.handlingClass,
        dueAt: complaint.dueSource === 'EXPLICIT' ? instant(complaint.dueAt) : null,
        extendedDueAt: instant(complaint.extendedDueAt),
        pauses,
      },
      [asUsed],
      calendar,
    );
  } catch (error) {
    if (error instanceof CalendarMissing || error instanceof DeadlineRefused) return null;
    throw error;
  }
  const extension =
    complaint.extendedDueAt !== null
      ? {
          dueAt: complaint.extendedDueAt,
          reason: complaint.extensionReason ?? '',
          approver: complaint.extensionApprover ?? '',
        }
      : null;
  return {
    source: computed.source,
    ruleSet,
    handlingClass: computed.handlingClass,
    d0: computed.d0,
    limit: computed.limit,
    lastDay: computed.lastDay,
    pausedLastDay: computed.pausedLastDay,
    pauses: computed.pauses.map((pause) => ({
      kind: pause.kind,
      startAt: pause.startAt.toISOString(),
      endAt: pause.endAt?.toISOString() ?? null,
      days: pause.days,
      workingDays: pause.workingDays,
      counted: pause.counted,
    })),
    extension,
    pausedDays: computed.pauses.reduce((sum, p) => sum + (p.counted && p.days !== null ? p.days : 0), 0),
    cap: computed.cap.toISOString(),
    calendarVersion: complaint.calendarVersion,
    dueAt: computed.dueAt?.toISOString() ?? null,
    matchesStored: time(computed.dueAt) === time(complaint.dueAt) && computed.source === complaint.dueSource,
  };
}
