// Incidents for a scorecard's DEDUCTION items (RULES.md §5): media exposure, mass incidents, by ref.
import { INCIDENT_KINDS } from '../../domain.js';
import { STAGE_TABLE } from '../staging.js';
import { cellsCheck, dateWithinBounds } from './bounds.js';
import { columns, duplicateKeyCheck, quoted, REQUIRED, unknownUnitCheck, upsert, type KindDefinition } from './kind.js';

const key = [quoted('ref')];

export const incidents: KindDefinition = {
  columns: columns(['ref', 'unit_code', 'date', 'kind'], ['note']),
  stage: [
    { name: 'ref', type: 'text' },
    { name: 'unit_code', type: 'text' },
    { name: 'date', type: 'date' },
    { name: 'kind', type: 'text' },
    { name: 'note', type: 'text' },
  ],
  key,

  parseRow: (cells) => [
    cells.text('ref', 64, REQUIRED),
    cells.text('unit_code', Infinity, REQUIRED),
    cells.date('date', REQUIRED),
    cells.enumValue('kind', INCIDENT_KINDS, REQUIRED),
    cells.text('note', Infinity),
  ],

  checks: [unknownUnitCheck('unit_code'), duplicateKeyCheck(key), cellsCheck([['date', dateWithinBounds('s.date')]])],

  merge: (client) =>
    upsert(
      client,
      'incident',
      ['ref'],
      ['unit_id', 'date', 'kind', 'note'],
      `select s.ref, u.id, s.date, s.kind, s.note from ${STAGE_TABLE} s join unit u on u.code = s.unit_code`,
    ),
};
