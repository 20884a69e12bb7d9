// Complaints from the 95518 call-centre export, keyed by the source system's ref.
import { CATEGORIES, CHANNELS, LINES, OUTCOMES } from '../../domain.js';
import { quote } from '../issues.js';
import type { RowCells } from '../row-cells.js';
import { STAGE_TABLE } from '../staging.js';
import { defaultDueAt } from '../values.js';
import {
  cellsCheck,
  dueWithinMaximum,
  instantNotAfterImport,
  instantNotBefore1990,
  localDate,
  localTime,
} from './bounds.js';
import { columns, duplicateKeyCheck, quoted, REQUIRED, unknownUnitCheck, upsert, type KindDefinition } from './kind.js';

const key = [quoted('ref')];

/** Stored columns besides the key, in the order `parseRow` and the merge give them. */
const VALUES = [
  'received_at',
  'channel',
  'unit_code',
  'line',
  'category',
  'policy_factor',
  'valid',
  'duplicate_of',
  'due_at',
  'closed_at',
  'escalated',
  'outcome',
  'customer_name',
  'customer_phone',
  'summary',
] as const;

/**
 * Plausible dates: received since 1990, not after the import (plus a day), not before its unit
 * existed (its first membership); closed not after the import; due within the longest rule. (Closed
 * and due before received are found as the row is read.)
 */
const DATES = cellsCheck(
  [
    [
      'received_at',
      `coalesce(${instantNotBefore1990('s.received_at')}, ${instantNotAfterImport('s.received_at')},
      case when ${localDate('s.received_at')} < first.valid_from then format('%s is before unit %s existed (its first membership begins %s)',
        ${localTime('s.received_at')}, to_json(s.unit_code), to_char(first.valid_from, 'YYYY-MM-DD')) end)`,
    ],
    ['closed_at', instantNotAfterImport('s.closed_at')],
    ['due_at', dueWithinMaximum('s.due_at', 's.received_at')],
  ],
  `left join unit u on u.code = s.unit_code
   left join (select unit_id, min(valid_from) as valid_from from unit_membership group by unit_id) first on first.unit_id = u.id`,
);

export const complaints: KindDefinition = {
  columns: columns(
    ['ref', 'received_at', 'channel', 'unit_code', 'line', 'category'],
    [
      'policy_factor',
      'valid',
      'duplicate_of',
      'due_at',
      'closed_at',
      'escalated',
      'outcome',
      'customer_name',
      'customer_phone',
      'summary',
    ],
  ),
  stage: [
    { name: 'ref', type: 'text' },
    { name: 'received_at', type: 'timestamptz' },
    { name: 'channel', type: 'text' },
    { name: 'unit_code', type: 'text' },
    { name: 'line', type: 'text' },
    { name: 'category', type: 'text' },
    { name: 'policy_factor', type: 'boolean' },
    { name: 'valid', type: 'boolean' },
    { name: 'duplicate_of', type: 'text' },
    { name: 'due_at', type: 'timestamptz' },
    { name: 'closed_at', type: 'timestamptz' },
    { name: 'escalated', type: 'boolean' },
    { name: 'outcome', type: 'text' },
    { name: 'customer_name', type: 'text' },
    { name: 'customer_phone', type: 'text' },
    { name: 'summary', type: 'text' },
  ],
  key,
  parseRow,

  checks: [
    unknownUnitCheck('unit_code'),
    duplicateKeyCheck(key),
    // A repeat may name a complaint stored before or one anywhere in this file, even a later row.
    `select s.source_line as line, 'duplicate_of' as col,
            format('no complaint has ref %s (neither stored nor in this file)', to_json(s.duplicate_of)) as message
     from ${STAGE_TABLE} s
     where s.duplicate_of is not null
       and not exists (select 1 from ${STAGE_TABLE} f where f.ref = s.duplicate_of)
       and not exists (select 1 from complaint c where c.ref = s.duplicate_of)`,
    DATES,
  ],

  merge: (client) =>
    upsert(
      client,
      'complaint',
      ['ref'],
      VALUES.map((column) => (column === 'unit_code' ? 'unit_id' : column)),
      `select s.ref, ${VALUES.map((column) => (column === 'unit_code' ? 'u.id' : `s.${column}`)).join(', ')}
       from ${STAGE_TABLE} s join unit u on u.code = s.unit_code
       -- In the order of the (unit, received) indexes: a large file inserts about a fifth faster.
       order by u.id, s.received_at`,
    ),
};

function parseRow(cells: RowCells): unknown[] {
  const ref = cells.text('ref', 64, REQUIRED);
  const receivedAt = cells.timestamp('received_at', REQUIRED);
  const channel = cells.enumValue('channel', CHANNELS, REQUIRED);
  const unitCode = cells.text('unit_code', Infinity, REQUIRED);
  const line = cells.enumValue('line', LINES, REQUIRED);
  const category = cells.enumValue('category', CATEGORIES, REQUIRED);
  const policyFactor = cells.boolean('policy_factor', false);
  const valid = cells.boolean('valid', true);
  const duplicateOf = cells.text('duplicate_of', 64);
  let dueAt = cells.timestamp('due_at');
  const closedAt = cells.timestamp('closed_at');
  const escalated = cells.boolean('escalated', false);
  const outcome = cells.enumValue('outcome', OUTCOMES);
  const customerName = cells.text('customer_name', 200);
  const customerPhone = cells.text('customer_phone', 64);
  const summary = cells.text('summary', Infinity);

  if (receivedAt !== null) {
    if (closedAt !== null && closedAt < receivedAt) cells.fail('closed_at', before(cells, 'closed_at'));
    if (dueAt !== null && dueAt < receivedAt) cells.fail('due_at', before(cells, 'due_at'));
    dueAt ??= defaultDueAt(receivedAt);
  }
  if (ref !== null && duplicateOf === ref)
    cells.fail('duplicate_of', `a complaint cannot repeat itself (${quote(ref)})`);

  return [
    ref,
    receivedAt,
    channel,
    unitCode,
    line,
    category,
    policyFactor,
    valid,
    duplicateOf,
    dueAt,
    closedAt,
    escalated,
    outcome,
    customerName,
    customerPhone,
    summary,
  ];
}

function before(cells: RowCells, column: string): string {
  const shown = (name: string) => quote(cells.raw(name) ?? '');
  return `${shown(column)} is before received_at ${shown('received_at')}`;
}
