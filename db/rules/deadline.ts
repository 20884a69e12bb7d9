import { addDays, type WorkingDayCalendar } from './calendar.js';
import { endOfShanghaiDay, shanghaiDateOf } from './days.js';
import { ruleSetFor, type DeadlineRuleSet, type HandlingClass, type TimeLimit } from './rule-sets.js';

// A complaint's deadline (RULES.md §1), computed once — at import — and stored with how it was found.
// d0 is the Shanghai date of receipt and never counts; N calendar days end on d0 + N, N working days on
// the N-th working day after d0; the deadline is the end of that last day (23:59:59.999 Shanghai).
// Pauses push it back, in order of start, each only if it starts by the deadline found so far; an
// extension replaces it within the cap; an explicit due_at wins outright. Pure: the rule sets and the
// calendar are given.

export const PAUSE_KINDS = ['APPRAISAL', 'TESTING', 'EVALUATION', 'MEDIATION'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

export interface Pause {
  kind: PauseKind;
  startAt: Date;
  /** null while the pause lasts. */
  endAt: Date | null;
}

export interface DeadlineFacts {
  receivedAt: Date;
  handlingClass: HandlingClass;
  /** The source system's deadline: final, no pauses added. */
  dueAt?: Date | null;
  extendedDueAt?: Date | null;
  pauses?: readonly Pause[];
}

export const DUE_SOURCES = ['EXPLICIT', 'EXTENDED', 'DEFAULT'] as const;
export type DeadlineSource = (typeof DUE_SOURCES)[number];

export interface CountedPause extends Pause {
  /** Whole days, ⌈(end − start) ÷ 86,400 s⌉; null while it lasts. */
  days: number | null;
  /** Under a working-day limit: the working days among those days. */
  workingDays: number | null;
  /** Started after the deadline found so far: it changes nothing (the complaint's page says so). */
  counted: boolean;
}

/** The deadline and how it was found: everything a complaint's page shows. */
export interface Deadline {
  /** null while a counted pause lasts (暂停中): the complaint is neither due nor overdue. */
  dueAt: Date | null;
  source: DeadlineSource;
  ruleSet: { code: string; version: number };
  handlingClass: HandlingClass;
  /** The Shanghai date of receipt. */
  d0: string;
  limit: TimeLimit;
  /** The default's last day before pauses. */
  lastDay: string;
  /** The default's last day after the pauses counted (null while one lasts). */
  pausedLastDay: string | null;
  pauses: CountedPause[];
  /** The latest dueAt allowed: end of day d0 + max + the days of every counted pause. */
  cap: Date;
}

/** A fact the rules refuse, naming the import column it belongs to. */
export class DeadlineRefused extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeadlineRefused';
  }
}

const DAY_MS = 86_400_000;

function lastDayOf(calendar: WorkingDayCalendar, from: string, limit: TimeLimit): string {
  return limit.unit === 'DAYS' ? addDays(from, limit.n) : calendar.nthWorkingDayAfter(from, limit.n);
}

/**
 * The deadline of a complaint under the rule set in force at its receipt. Throws CalendarMissing
 * (naming the year) when a working-day limit needs a year the calendar does not know, and
 * DeadlineRefused for a given due_at or extended_due_at the rules do not allow.
 */
export function computeDeadline(
  facts: DeadlineFacts,
  ruleSets: readonly DeadlineRuleSet[],
  calendar: WorkingDayCalendar,
): Deadline {
  const ruleSet = ruleSetFor(ruleSets, facts.receivedAt);
  const limit = ruleSet.limits[facts.handlingClass];
  const d0 = shanghaiDateOf(facts.receivedAt);
  const lastDay = lastDayOf(calendar, d0, limit);

  let current: string | null = lastDay;
  const pauses: CountedPause[] = [];
  const inOrder = facts.pauses?.length
    ? [...facts.pauses].sort((a, b) => a.startAt.getTime() - b.startAt.getTime())
    : [];
  for (const pause of inOrder) {
    const counted = current !== null && pause.startAt.getTime() <= endOfShanghaiDay(current).getTime();
    const days = pause.endAt ? Math.ceil((pause.endAt.getTime() - pause.startAt.getTime()) / DAY_MS) : null;
    const workingDays =
      days !== null && limit.unit === 'WORKING_DAYS'
        ? calendar.workingDaysAmong(shanghaiDateOf(pause.startAt), days)
        : null;
    pauses.push({ ...pause, days, workingDays, counted });
    if (!counted || current === null) continue;
    // An open pause stops the clock; a closed one moves the day on, in working days when the limit counts them.
    if (days === null) current = null;
    else current = workingDays === null ? addDays(current, days) : calendar.nthWorkingDayAfter(current, workingDays);
  }

  const pausedDays = pauses.reduce((sum, p) => sum + (p.counted && p.days !== null ? p.days : 0), 0);
  const capDay = addDays(d0, ruleSet.maxDays + pausedDays);
  const cap = endOfShanghaiDay(capDay);
  const base = {
    ruleSet: { code: ruleSet.code, version: ruleSet.version },
    handlingClass: facts.handlingClass,
    d0,
    limit,
    lastDay,
    pausedLastDay: current,
    pauses,
    cap,
  };
  const maximum = () =>
    `the maximum ${capDay} of ${ruleSet.code} (${ruleSet.maxDays} days${pausedDays ? ` and ${pausedDays} paused` : ''})`;

  if (facts.dueAt && facts.extendedDueAt) {
    throw new DeadlineRefused('extended_due_at', 'give due_at or extended_due_at, not both');
  }
  if (facts.dueAt) {
    if (facts.dueAt < facts.receivedAt)
      throw new DeadlineRefused('due_at', `${iso(facts.dueAt)} is before received_at`);
    if (facts.dueAt > cap) throw new DeadlineRefused('due_at', `${shanghaiDateOf(facts.dueAt)} is after ${maximum()}`);
    return { ...base, dueAt: facts.dueAt, source: 'EXPLICIT' };
  }
  const defaultDue = current === null ? null : endOfShanghaiDay(current);
  if (facts.extendedDueAt) {
    if (facts.extendedDueAt > cap)
      throw new DeadlineRefused('extended_due_at', `${shanghaiDateOf(facts.extendedDueAt)} is after ${maximum()}`);
    if (defaultDue && facts.extendedDueAt <= defaultDue) {
      throw new DeadlineRefused(
        'extended_due_at',
        `${shanghaiDateOf(facts.extendedDueAt)} is not later than the default deadline ${current}`,
      );
    }
    return { ...base, dueAt: facts.extendedDueAt, source: 'EXTENDED' };
  }
  return { ...base, dueAt: defaultDue, source: 'DEFAULT' };
}

const iso = (instant: Date) => instant.toISOString();
