// A complaint's history as dated events, oldest first: received, each return call, the deadline,
// and the closure (or, while open past the deadline, a warning at the end; while paused, with no
// deadline, a note at the end instead).

export interface TimelineInput {
  receivedAt: string;
  /** Null while a pause lasts (RULES.md §1). */
  dueAt: string | null;
  closedAt?: string | null;
  handlingDays?: number | null;
  followups: readonly { visitedAt: string; satisfied: boolean }[];
}

export type TimelineEvent =
  | { kind: 'received'; at: string }
  | { kind: 'due'; at: string; missed: boolean }
  | { kind: 'closed'; at: string; late: boolean; days: number | null }
  | { kind: 'followup'; at: string; satisfied: boolean }
  | { kind: 'overdueNow'; at: string }
  | { kind: 'paused'; at: string };

/** The events in time order; events at the same instant keep the order received, due, closed, follow-up. */
export function complaintTimeline(complaint: TimelineInput, now: Date = new Date()): TimelineEvent[] {
  const closed = complaint.closedAt ? Date.parse(complaint.closedAt) : null;
  const events: TimelineEvent[] = [{ kind: 'received', at: complaint.receivedAt }];
  if (complaint.dueAt === null) {
    // paused: only an open complaint can be, and it is never overdue
    events.push({ kind: 'paused', at: now.toISOString() });
  } else {
    const due = Date.parse(complaint.dueAt);
    events.push({ kind: 'due', at: complaint.dueAt, missed: closed === null ? due < now.getTime() : closed > due });
    if (complaint.closedAt && closed !== null) {
      events.push({
        kind: 'closed',
        at: complaint.closedAt,
        late: closed > due,
        days: complaint.handlingDays ?? null,
      });
    } else if (due < now.getTime()) {
      events.push({ kind: 'overdueNow', at: now.toISOString() });
    }
  }
  for (const followup of complaint.followups)
    events.push({ kind: 'followup', at: followup.visitedAt, satisfied: followup.satisfied });
  const order = { received: 0, due: 1, closed: 2, followup: 3, overdueNow: 4, paused: 4 };
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        Date.parse(a.event.at) - Date.parse(b.event.at) ||
        order[a.event.kind] - order[b.event.kind] ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}
