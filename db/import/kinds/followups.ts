// Follow-up visits (回访) of complaints: whether the customer was satisfied, keyed by complaint and time.
import { TIME_ZONE } from '../../domain.js';
import { STAGE_TABLE } from '../staging.js';
import { cellsCheck, instantNotAfterImport, instantNotBefore1990, localTime } from './bounds.js';
import {
  columns,
  duplicateKeyCheck,
  quoted,
  REQUIRED,
  unknownComplaintCheck,
  upsert,
  type KindDefinition,
  type KeyPart,
} from './kind.js';

const key: KeyPart[] = [
  quoted('complaint_ref'),
  { column: 'visited_at', shown: `to_char(visited_at at time zone '${TIME_ZONE}', 'YYYY-MM-DD HH24:MI:SS')` },
];

export const followups: KindDefinition = {
  columns: columns(['complaint_ref', 'visited_at', 'satisfied']),
  stage: [
    { name: 'complaint_ref', type: 'text' },
    { name: 'visited_at', type: 'timestamptz' },
    { name: 'satisfied', type: 'boolean' },
  ],
  key,

  parseRow: (cells) => [
    cells.text('complaint_ref', Infinity, REQUIRED),
    cells.timestamp('visited_at', REQUIRED),
    cells.boolean('satisfied'),
  ],

  checks: [
    unknownComplaintCheck(),
    duplicateKeyCheck(key),
    // Visited since 1990, not before the complaint was received, not after the import (plus a day).
    cellsCheck(
      [
        [
          'visited_at',
          `coalesce(${instantNotBefore1990('s.visited_at')},
          case when s.visited_at < c.received_at then format('%s is before complaint %s was received (%s)',
            ${localTime('s.visited_at')}, to_json(s.complaint_ref), ${localTime('c.received_at')}) end,
          ${instantNotAfterImport('s.visited_at')})`,
        ],
      ],
      'left join complaint c on c.ref = s.complaint_ref',
    ),
  ],

  merge: (client) =>
    upsert(
      client,
      'followup',
      ['complaint_id', 'visited_at'],
      ['satisfied'],
      `select c.id, s.visited_at, s.satisfied from ${STAGE_TABLE} s join complaint c on c.ref = s.complaint_ref`,
    ),
};
