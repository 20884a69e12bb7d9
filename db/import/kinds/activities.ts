// Service activities: counts per unit, day and kind (hotline duty, reception events, training).
import { ACTIVITY_KINDS } from '../../domain.js';
import { STAGE_TABLE } from '../staging.js';
import { cellsCheck, dateWithinBounds } from './bounds.js';
import {
  columns,
  duplicateKeyCheck,
  quoted,
  REQUIRED,
  unknownUnitCheck,
  upsert,
  type KindDefinition,
  type KeyPart,
} from './kind.js';

const key: KeyPart[] = [
  quoted('unit_code'),
  { column: 'date', shown: `to_char(date, 'YYYY-MM-DD')` },
  { column: 'kind', shown: 'kind' },
];

export const activities: KindDefinition = {
  columns: columns(['unit_code', 'date', 'kind', 'count'], ['note']),
  stage: [
    { name: 'unit_code', type: 'text' },
    { name: 'date', type: 'date' },
    { name: 'kind', type: 'text' },
    { name: 'count', type: 'integer' },
    { name: 'note', type: 'text' },
  ],
  key,

  parseRow: (cells) => [
    cells.text('unit_code', Infinity, REQUIRED),
    cells.date('date', REQUIRED),
    cells.enumValue('kind', ACTIVITY_KINDS, REQUIRED),
    cells.count('count', REQUIRED),
    cells.text('note', Infinity),
  ],

  checks: [unknownUnitCheck('unit_code'), duplicateKeyCheck(key), cellsCheck([['date', dateWithinBounds('s.date')]])],

  merge: (client) =>
    upsert(
      client,
      'activity',
      ['unit_id', 'date', 'kind'],
      ['count', 'note'],
      `select u.id, s.date, s.kind, s.count, s.note from ${STAGE_TABLE} s join unit u on u.code = s.unit_code`,
    ),
};
