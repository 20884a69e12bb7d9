// A complaint's history as dated events, oldest first: received, each return call, the deadline,
// and the closure (or, while open past the deadline, a warning at the end).

export interface TimelineInput {
  receivedAt: string;
  dueAt: string;
  closedAt?: string | null;
  handlingDays?: number | null;
  followups: readonly { visitedAt: string; satisfied: boolean }[];
}

export type TimelineEvent =
  | { kind: 'received'; at: string }
  | { kind: 'due'; at: string; missed: boolean }
  | { kind: 'closed'; at: string; late: boolean; days: number | null }
  | { kind: 'followup'; at: string; satisfied: boolean }
  | { kind: 'overdueNow'; at: string };

/** The events in time order; events at the same instant keep the order received, due, closed, follow-up. */
export function complaintTimeline(complaint: TimelineInput, now: Date = new Date()): TimelineEvent[] {
  const due = Date.parse(complaint.dueAt);
  const closed = complaint.closedAt ? Date.parse(complaint.closedAt) : null;
  const events: TimelineEvent[] = [
    { kind: 'received', at: complaint.receivedAt },
    { kind: 'due', at: complaint.dueAt, missed: closed === null ? due < now.getTime() : closed > due },
  ];
  if (complaint.closedAt) {
    events.push({
      kind: 'closed',
      at: complaint.closedAt,
      late: Date.parse(complaint.closedAt) > due,
      days: complaint.handlingDays ?? null,
    });
  } else if (due < now.getTime()) {
    events.push({ kind: 'overdueNow', at: now.toISOString() });
  }
  for (const followup of complaint.followups)
    events.push({ kind: 'followup', at: followup.visitedAt, satisfied: followup.satisfied });
  const order = { received: 0, due: 1, closed: 2, followup: 3, overdueNow: 4 };
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
