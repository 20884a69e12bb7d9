// Premiums from the finance system: one row per unit, month and business line.
import { LINES } from '../../domain.js';
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
  { column: 'month', shown: `to_char(month, 'YYYY-MM')` },
  { column: 'line', shown: 'line' },
];

export const premiums: KindDefinition = {
  columns: columns(['unit_code', 'month', 'line', 'premium_yuan', 'policies']),
  stage: [
    { name: 'unit_code', type: 'text' },
    { name: 'month', type: 'date' },
    { name: 'line', type: 'text' },
    { name: 'premium_yuan', type: 'numeric(18,2)' },
    { name: 'policies', type: 'integer' },
  ],
  key,

  parseRow: (cells) => [
    cells.text('unit_code', Infinity, REQUIRED),
    cells.month('month', REQUIRED),
    cells.enumValue('line', LINES, REQUIRED),
    cells.amount('premium_yuan', REQUIRED),
    cells.count('policies', REQUIRED),
  ],

  checks: [
    unknownUnitCheck('unit_code'),
    duplicateKeyCheck(key),
    cellsCheck([['month', dateWithinBounds('s.month', true)]]),
  ],

  merge: (client) =>
    upsert(
      client,
      'premium',
      ['unit_id', 'month', 'line'],
      ['premium_yuan', 'policies'],
      `select u.id, s.month, s.line, s.premium_yuan, s.policies
       from ${STAGE_TABLE} s join unit u on u.code = s.unit_code`,
    ),
};
