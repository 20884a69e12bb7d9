// Clock pauses of complaints (不计入处理期限的期间, RULES.md §1), keyed by complaint and start. Every
// complaint a file names has its deadline recomputed with its pauses, in the import's transaction.
import { TIME_ZONE } from '../../domain.js';
import { PAUSE_KINDS } from '../../rules/deadline.js';
import { loadDeadlineRules, recomputeDeadlines } from '../deadlines.js';
import { STAGE_TABLE } from '../staging.js';
import { cellsCheck, instantNotAfterImport, localTime } from './bounds.js';
import {
  columns,
  duplicateKeyCheck,
  MergeRefused,
  quoted,
  REQUIRED,
  unknownComplaintCheck,
  upsert,
  type KeyPart,
  type KindDefinition,
} from './kind.js';

const key: KeyPart[] = [
  quoted('complaint_ref'),
  { column: 'start_at', shown: `to_char(start_at at time zone '${TIME_ZONE}', 'YYYY-MM-DD HH24:MI:SS')` },
];

/** The pauses a complaint will have: the file's valid rows, and the stored ones the file does not replace. */
const PAUSES_AFTER = `(
  select s.source_line, s.complaint_ref, s.start_at, s.end_at from ${STAGE_TABLE} s where s.source_ok
  union all
  select null, c.ref, p.start_at, p.end_at from complaint_pause p join complaint c on c.id = p.complaint_id
  where c.ref in (select complaint_ref from ${STAGE_TABLE})
    and not exists (select 1 from ${STAGE_TABLE} s where s.complaint_ref = c.ref and s.start_at = p.start_at))`;

export const pauses: KindDefinition = {
  columns: columns(['complaint_ref', 'kind', 'start_at'], ['end_at', 'note']),
  stage: [
    { name: 'complaint_ref', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'start_at', type: 'timestamptz' },
    { name: 'end_at', type: 'timestamptz' },
    { name: 'note', type: 'text' },
  ],
  key,

  parseRow: (cells) => {
    const values = [
      cells.text('complaint_ref', 64, REQUIRED),
      cells.enumValue('kind', PAUSE_KINDS, REQUIRED),
      cells.timestamp('start_at', REQUIRED),
      cells.timestamp('end_at'),
      cells.text('note', Infinity),
    ];
    const [, , start, end] = values as [unknown, unknown, number | null, number | null];
    if (start !== null && end !== null && end <= start) {
      cells.fail('end_at', `${JSON.stringify(cells.raw('end_at'))} is not after start_at`);
    }
    return values;
  },

  checks: [
    unknownComplaintCheck(),
    duplicateKeyCheck(key),
    cellsCheck(
      [
        [
          'start_at',
          `coalesce(case when s.start_at < c.received_at then format('%s is before complaint %s was received (%s)',
            ${localTime('s.start_at')}, to_json(s.complaint_ref), ${localTime('c.received_at')}) end,
            ${instantNotAfterImport('s.start_at')})`,
        ],
        [
          'end_at',
          `case when s.end_at > c.closed_at then format('%s is after complaint %s was closed (%s)',
              ${localTime('s.end_at')}, to_json(s.complaint_ref), ${localTime('c.closed_at')})
            when s.end_at is null and s.start_at is not null and c.closed_at is not null
              then format('a value is required: complaint %s is closed (%s)', to_json(s.complaint_ref), ${localTime('c.closed_at')}) end`,
        ],
      ],
      'left join complaint c on c.ref = s.complaint_ref',
    ),
    // Pauses of one complaint never overlap, the file's among themselves and with the stored ones.
    `select a.source_line as line, 'start_at' as col,
            format('the pause overlaps another pause of complaint %s (from %s)', to_json(a.complaint_ref), ${localTime('b.start_at')}) as message
     from ${PAUSES_AFTER} a join ${PAUSES_AFTER} b on b.complaint_ref = a.complaint_ref and b.start_at <> a.start_at
       and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)
     where a.source_line is not null`,
  ],

  merge: async (client) => {
    const counts = await upsert(
      client,
      'complaint_pause',
      ['complaint_id', 'start_at'],
      ['kind', 'end_at', 'note'],
      `select c.id, s.start_at, s.kind, s.end_at, s.note from ${STAGE_TABLE} s join complaint c on c.ref = s.complaint_ref`,
    );
    const recomputed = await recomputeDeadlines(
      client,
      await loadDeadlineRules(client),
      `c.ref in (select complaint_ref from ${STAGE_TABLE})`,
    );
    if (recomputed.problems.length > 0) {
      const { rows } = await client.query<{ ref: string; line: number }>(
        `select complaint_ref as ref, min(source_line)::int as line from ${STAGE_TABLE} group by complaint_ref`,
      );
      const lines = new Map(rows.map((row) => [row.ref, row.line]));
      throw new MergeRefused(
        recomputed.problems.map((problem) => ({
          line: lines.get(problem.ref) ?? 0,
          column: 'complaint_ref',
          message: `with its pauses, complaint ${JSON.stringify(problem.ref)} is refused: ${problem.column}: ${problem.message}`,
        })),
      );
    }
    return { ...counts, recomputed: recomputed.changed };
  },
};
