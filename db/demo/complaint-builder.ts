// Turns a decided complaint (who, when, through which channel, assessed or why not, timely or not)
// into a full record: deadline, closure, escalation, outcome, customer and summary. Deciding is the
// callers' job (gz-complaints.ts by quota, complaints.ts by chance); this file only keeps the record
// consistent with what was decided.
import type { Category, Channel, Line, Outcome } from '../domain.js';
import { addDays } from '../rules/calendar.js';
import { shippedCalendar } from '../rules/calendar-file.js';
import { computeDeadline } from '../rules/deadline.js';
import { endOfShanghaiDay, shanghaiDateOf } from '../rules/days.js';
import { SHIPPED_RULE_SETS } from '../rules/rule-sets.js';
import { DATA_END, DAY, formatInstant } from './calendar.js';
import type { Cell } from './csv-writer.js';
import { fakeCustomer, type Customer } from './people.js';
import type { Random } from './random.js';
import { summaryFor } from './summaries.js';

export const COMPLAINT_COLUMNS = [
  'ref',
  'received_at',
  'channel',
  'unit_code',
  'line',
  'category',
  'policy_factor',
  'valid',
  'duplicate_of',
  'extended_due_at',
  'extension_reason',
  'extension_approver',
  'closed_at',
  'escalated',
  'outcome',
  'customer_name',
  'customer_phone',
  'summary',
];

/** Why a complaint is not assessed (DOMAIN.md): one reason each in the demo. */
export type NotAssessedReason = 'POLICY' | 'DUPLICATE' | 'INVALID';

export interface DemoComplaint {
  ref: string;
  receivedAt: number;
  channel: Channel;
  unitCode: string;
  line: Line;
  category: Category;
  policyFactor: boolean;
  valid: boolean;
  duplicateOf?: string;
  /** The deadline the import computes (whole seconds): the rule in force, or the extension. */
  dueAt: number;
  /** Extended to the 30th day after receipt (with a reason and an approver); otherwise the rule's default. */
  extended: boolean;
  closedAt?: number;
  escalated: boolean;
  outcome?: Outcome;
  customer: Customer;
  summary: string;
}

export interface ComplaintDecision {
  ref: string;
  unitCode: string;
  receivedAt: number;
  channel: Channel;
  line: Line;
  category: Category;
  reason?: NotAssessedReason;
  /** The earlier complaint a DUPLICATE repeats. */
  original?: DemoComplaint;
  timely: boolean;
  /** A handling time fixed by a quota (S7), in seconds; otherwise drawn. */
  handlingSeconds?: number;
  /** Still open whatever its handling time (a stuck case near the end of the data). */
  stuck?: boolean;
  /** Wording of an event; otherwise from the line and category. */
  summary?: string;
}

/** Deadlines extended to the 30th day (`extended_due_at`, with reason and approver) in this share of cases. */
const EXTENDED_SHARE = 0.03;
const EXTENDED_DAYS = 30;
const EXTENSION_REASON = '案情复杂，需补充调查材料';
const EXTENSION_APPROVER = '分公司客户服务部负责人';

const calendar = shippedCalendar();

/** The extension's last day: the 30th day after the Shanghai date of receipt. */
function extendedDay(receivedAt: number): string {
  return addDays(shanghaiDateOf(new Date(receivedAt * 1000)), EXTENDED_DAYS);
}

/**
 * The deadline the import will compute and store, in whole seconds: the demo's complaints are SIMPLE
 * and carry no due_at, so the rule set in force at receipt (COMPANY_STD, then CIRC_2013 from
 * 2013-11-01: 10 working days) decides, or the extension does.
 */
function deadlineOf(receivedAt: number, extended: boolean): number {
  const { dueAt } = computeDeadline(
    {
      receivedAt: new Date(receivedAt * 1000),
      handlingClass: 'SIMPLE',
      extendedDueAt: extended ? endOfShanghaiDay(extendedDay(receivedAt)) : null,
    },
    SHIPPED_RULE_SETS,
    calendar,
  );
  if (dueAt === null) throw new Error('a demo complaint is never paused');
  return Math.floor(dueAt.getTime() / 1000);
}

export function buildComplaint(random: Random, decision: ComplaintDecision): DemoComplaint {
  const { receivedAt, reason, original } = decision;
  // The callers draw an original exactly for a DUPLICATE.
  const duplicate = reason === 'DUPLICATE' ? original : undefined;
  const extended = random.chance(EXTENDED_SHARE);
  const dueAt = deadlineOf(receivedAt, extended);
  const closedAt = receivedAt + (decision.handlingSeconds ?? handlingTime(random, receivedAt, dueAt, decision.timely));
  const open = decision.stuck === true || closedAt > DATA_END;
  const policyFactor = reason === 'POLICY';
  const valid = reason !== 'INVALID';
  const escalationChance =
    (decision.channel === 'REGULATOR_REFERRAL' || decision.channel === 'LETTERS_VISITS' ? 0.07 : 0.015) +
    (decision.timely ? 0 : 0.03);
  const summary = decision.summary ?? summaryFor(random, decision.line, decision.category, policyFactor);
  return {
    ref: decision.ref,
    receivedAt,
    channel: decision.channel,
    unitCode: decision.unitCode,
    line: decision.line,
    category: decision.category,
    policyFactor,
    valid,
    duplicateOf: duplicate?.ref,
    dueAt,
    extended,
    closedAt: open ? undefined : closedAt,
    escalated: random.chance(escalationChance),
    outcome: open ? undefined : outcome(random, reason),
    customer: original?.customer ?? fakeCustomer(random),
    summary: duplicate ? `客户再次投诉：${duplicate.summary}` : valid ? summary : `${summary}（经核实不属实）`,
  };
}

export function complaintRow(complaint: DemoComplaint): Record<string, Cell> {
  return {
    ref: complaint.ref,
    received_at: formatInstant(complaint.receivedAt),
    channel: complaint.channel,
    unit_code: complaint.unitCode,
    line: complaint.line,
    category: complaint.category,
    policy_factor: complaint.policyFactor,
    valid: complaint.valid,
    duplicate_of: complaint.duplicateOf,
    extended_due_at: complaint.extended ? extendedDay(complaint.receivedAt) : undefined,
    extension_reason: complaint.extended ? EXTENSION_REASON : undefined,
    extension_approver: complaint.extended ? EXTENSION_APPROVER : undefined,
    closed_at: complaint.closedAt === undefined ? undefined : formatInstant(complaint.closedAt),
    escalated: complaint.escalated,
    outcome: complaint.outcome,
    customer_name: complaint.customer.name,
    customer_phone: complaint.customer.phone,
    summary: complaint.summary,
  };
}

/**
 * Seconds from receipt to closure. On time: at least 0.4 days after receipt and 0.6 days before the
 * deadline, mostly early (the smaller of two draws). Late: 0.7 to 25 days past it. Closures thus stay
 * hours away from the deadline, and no figure hangs on a second.
 */
function handlingTime(random: Random, receivedAt: number, dueAt: number, timely: boolean): number {
  if (timely) {
    const latest = dueAt - receivedAt - 0.6 * DAY;
    return Math.round(0.4 * DAY + Math.min(random.float(), random.float()) * (latest - 0.4 * DAY));
  }
  return Math.round(dueAt - receivedAt + random.between(0.7, 25) * DAY);
}

function outcome(random: Random, reason: NotAssessedReason | undefined): Outcome {
  if (reason === 'INVALID') return random.chance(0.7) ? 'NOT_UPHELD' : 'WITHDRAWN';
  if (reason === 'POLICY')
    return random.weighted({ UPHELD: 0.05, PARTIALLY_UPHELD: 0.3, NOT_UPHELD: 0.55, WITHDRAWN: 0.1 });
  return random.weighted({ UPHELD: 0.38, PARTIALLY_UPHELD: 0.27, NOT_UPHELD: 0.25, WITHDRAWN: 0.1 });
}
