import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaint-timeline';

const NOW = new Date('2014-01-01T00:00:00Z');

describe('complaintTimeline', () => {
  it('orders receipt, closure before the deadline, the deadline, then the return calls', () => {
    const events = complaintTimeline(
      {
        receivedAt: '2013-03-01T02:00:00Z',
        dueAt: '2013-03-16T15:59:59.999Z',
        closedAt: '2013-03-08T06:00:00Z',
        handlingDays: 7.17,
        followups: [
          { visitedAt: '2013-03-20T03:00:00Z', satisfied: false },
          { visitedAt: '2013-03-10T03:00:00Z', satisfied: true },
        ],
      },
      NOW,
    );
    expect(events.map((event) => event.kind)).toEqual(['received', 'closed', 'followup', 'due', 'followup']);
    expect(events[1]).toEqual({ kind: 'closed', at: '2013-03-08T06:00:00Z', late: false, days: 7.17 });
    expect(events[3]).toMatchObject({ kind: 'due', missed: false });
  });

  it('marks a late closure and the missed deadline', () => {
    const events = complaintTimeline(
      {
        receivedAt: '2013-03-01T02:00:00Z',
        dueAt: '2013-03-16T15:59:59.999Z',
        closedAt: '2013-04-01T00:00:00Z',
        handlingDays: 30.9,
        followups: [],
      },
      NOW,
    );
    expect(events.map((event) => event.kind)).toEqual(['received', 'due', 'closed']);
    expect(events[1]).toMatchObject({ missed: true });
    expect(events[2]).toMatchObject({ late: true });
  });

  it('ends an open complaint past its deadline with a warning at now', () => {
    const events = complaintTimeline(
      { receivedAt: '2013-12-01T02:00:00Z', dueAt: '2013-12-16T15:59:59.999Z', closedAt: null, followups: [] },
      NOW,
    );
    expect(events.map((event) => event.kind)).toEqual(['received', 'due', 'overdueNow']);
    expect(events[2].at).toBe(NOW.toISOString());
  });

  it('leaves an open complaint within its deadline without a closure', () => {
    const events = complaintTimeline(
      { receivedAt: '2013-12-30T02:00:00Z', dueAt: '2014-01-14T15:59:59.999Z', followups: [] },
      NOW,
    );
    expect(events.map((event) => event.kind)).toEqual(['received', 'due']);
    expect(events[1]).toMatchObject({ missed: false });
  });

  it('ends a paused complaint (no deadline while the pause lasts) with a note at now, never overdue', () => {
    const events = complaintTimeline(
      { receivedAt: '2013-12-01T02:00:00Z', dueAt: null, closedAt: null, followups: [] },
      NOW,
    );
    expect(events.map((event) => event.kind)).toEqual(['received', 'paused']);
  });
});
