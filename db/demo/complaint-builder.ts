// Turns a decided complaint (who, when, through which channel, assessed or why not, timely or not)
// into a full record: deadline, closure, escalation, outcome, customer and summary. Deciding is the
// callers' job (gz-complaints.ts by quota, complaints.ts by chance); this file only keeps the record
// consistent with what was decided.
import type { Category, Channel, Line, Outcome } from '../domain.js';
import { DATA_END, DAY, deadline, formatInstant } from './calendar.js';
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
  'due_at',
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
  dueAt: number;
  /** Written to the file only when the deadline was extended; otherwise the import applies the rule. */
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

/** Deadlines extended to 30 days (an explicit `due_at`) in this share of cases. */
const EXTENDED_SHARE = 0.03;

export function buildComplaint(random: Random, decision: ComplaintDecision): DemoComplaint {
  const { receivedAt, reason, original } = decision;
  // The callers draw an original exactly for a DUPLICATE.
  const duplicate = reason === 'DUPLICATE' ? original : undefined;
  const extended = random.chance(EXTENDED_SHARE);
  const dueAt = deadline(receivedAt, extended ? 30 : 15);
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
    due_at: complaint.extended ? formatInstant(complaint.dueAt) : undefined,
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
