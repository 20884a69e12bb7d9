// The working-day calendar (RULES.md §2): dates that depart from Monday–Friday, keyed by date, to add
// a year or correct one. An import that changes a row is the calendar's next version, and the stored
// deadline of every complaint a changed working day could move is recomputed in its transaction.
import { loadDeadlineRules, recomputeClosureWindows, recomputeDeadlines } from '../deadlines.js';
import { STAGE_TABLE } from '../staging.js';
import { cellsCheck } from './bounds.js';
import {
  columns,
  duplicateKeyCheck,
  MergeRefused,
  REQUIRED,
  upsert,
  type KeyPart,
  type KindDefinition,
} from './kind.js';

const key: KeyPart[] = [{ column: 'date', shown: `to_char(date, 'YYYY-MM-DD')` }];

/** Whether a date is a working day with no row for it: Monday to Friday. */
const weekday = (date: string) => `(extract(isodow from ${date}) < 6)`;

export const calendar: KindDefinition = {
  columns: columns(['date', 'is_working_day'], ['note']),
  stage: [
    { name: 'date', type: 'date' },
    { name: 'is_working_day', type: 'boolean' },
    { name: 'note', type: 'text' },
  ],
  key,

  parseRow: (cells) => [cells.date('date', REQUIRED), cells.boolean('is_working_day'), cells.text('note', Infinity)],

  checks: [
    duplicateKeyCheck(key),
    // A year's notice comes out before the year: later dates are fine, within the portal's range.
    cellsCheck([
      [
        'date',
        `case when extract(year from s.date) not between 1990 and 2099
           then format('%s is outside 1990–2099', to_char(s.date, 'YYYY-MM-DD')) end`,
      ],
    ]),
  ],

  merge: async (client) => {
    // The dates whose meaning changes in a year already known (a date of an unknown year has decided
    // no deadline: the import refuses a working-day deadline that needs it).
    const { rows: changed } = await client.query<{ date: string }>(
      `select s.date::text from ${STAGE_TABLE} s left join working_day w on w.date = s.date
       where exists (select 1 from working_day k where extract(year from k.date) = extract(year from s.date))
         and coalesce(w.is_working_day, ${weekday('s.date')}) <> s.is_working_day
       order by s.date`,
    );
    const counts = await upsert(
      client,
      'working_day',
      ['date'],
      ['is_working_day', 'note'],
      `select s.date, s.is_working_day, s.note from ${STAGE_TABLE} s order by s.date`,
    );
    if (counts.inserted + counts.updated === 0) return { ...counts, recomputed: 0 };
    await client.query(
      `insert into calendar_version (version, rows_changed, note)
       select coalesce(max(version), 0) + 1, $1, 'calendar import' from calendar_version`,
      [counts.inserted + counts.updated],
    );
    if (changed.length === 0) return { ...counts, recomputed: 0 };
    // A deadline reads the working days after its receipt date up to its last day, and with pauses
    // any day of theirs: complaints computed with the calendar whose span holds a changed date.
    const dates = changed.map((row) => row.date);
    const rules = await loadDeadlineRules(client);
    const recomputed = await recomputeDeadlines(
      client,
      rules,
      `c.calendar_version is not null and c.received_date < (select max(d) from unnest($1::date[]) d)
       and exists (select 1 from unnest($1::date[]) d where d > c.received_date
         and (c.due_at is null or d <= (c.due_at at time zone 'Asia/Shanghai')::date
           or exists (select 1 from complaint_pause p where p.complaint_id = c.id)))`,
      [dates],
    );
    // The 3-working-day closure window reads the working days just after the receipt date.
    const windows = await recomputeClosureWindows(
      client,
      rules,
      `exists (select 1 from unnest($1::date[]) d where d > c.received_date
         and d <= (c.third_working_day_end at time zone 'Asia/Shanghai')::date)`,
      [dates],
    );
    recomputed.problems.push(...windows.problems);
    if (recomputed.problems.length > 0) {
      throw new MergeRefused(
        recomputed.problems.map((problem) => ({
          line: 0,
          column: 'date',
          message: `complaint ${JSON.stringify(problem.ref)} would be refused: ${problem.column}: ${problem.message}`,
        })),
      );
    }
    return { ...counts, recomputed: recomputed.changed };
  },
};
