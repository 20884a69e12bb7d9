// Return calls (回访) after closure: most closed complaints get one, a few a second; whether the
// customer was satisfied follows how the complaint ended.
import type { Outcome } from '../domain.js';
import { DAY, formatInstant, startOfLocalDay } from './calendar.js';
import type { DemoComplaint } from './complaint-builder.js';
import type { Cell } from './csv-writer.js';
import type { Random } from './random.js';

export const FOLLOWUP_COLUMNS = ['complaint_ref', 'visited_at', 'satisfied'];

const CALLED_SHARE = 0.45;
const SECOND_CALL_SHARE = 0.06;
const SATISFIED_SHARE: Readonly<Record<Outcome, number>> = {
  UPHELD: 0.93,
  PARTIALLY_UPHELD: 0.8,
  NOT_UPHELD: 0.52,
  WITHDRAWN: 0.86,
};

/** Calls one to four days after closure, in office hours; none after `dataEnd`. */
export function followupRows(random: Random, complaint: DemoComplaint, dataEnd: number): Record<string, Cell>[] {
  // A closed complaint has its outcome, so the second test only narrows.
  const { closedAt, outcome } = complaint;
  if (closedAt === undefined || outcome === undefined || !random.chance(CALLED_SHARE)) return [];
  const first = startOfLocalDay(closedAt) + random.int(1, 4) * DAY + random.int(10 * 3600, 17 * 3600);
  const calls = random.chance(SECOND_CALL_SHARE) ? [first, first + 2 * DAY] : [first];
  return calls
    .filter((visitedAt) => visitedAt <= dataEnd)
    .map((visitedAt) => ({
      complaint_ref: complaint.ref,
      visited_at: formatInstant(visitedAt),
      satisfied: random.chance(SATISFIED_SHARE[outcome]),
    }));
}
