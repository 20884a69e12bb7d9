// Complaints from the 95518 call-centre export, keyed by the source system's ref.
// Each complaint's deadline is computed as its row is read (RULES.md §1), under the rule set in force
// at its receipt, with the calendar and rule sets read once per import and its stored pauses.
import type pg from 'pg';
import { CATEGORIES, CHANNELS, LINES, OUTCOMES } from '../../domain.js';
import type { Pause } from '../../rules/deadline.js';
import { HANDLING_CLASSES } from '../../rules/rule-sets.js';
import {
  calendarVersionOf,
  deadlineOf,
  loadDeadlineRules,
  recomputeDeadlines,
  thirdWorkingDayEndOf,
  type DeadlineRules,
} from '../deadlines.js';
import { quote } from '../issues.js';
import type { RowCells } from '../row-cells.js';
import { STAGE_TABLE } from '../staging.js';
import {
  cellsCheck,
  EARLIEST_INSTANT,
  instantNotAfterImport,
  instantNotBefore1990,
  localDate,
  localTime,
} from './bounds.js';
import {
  columns,
  duplicateKeyCheck,
  quoted,
  REQUIRED,
  unknownUnitCheck,
  upsert,
  type KindDefinition,
  type RowParser,
} from './kind.js';

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
  'handling_class',
  'extended_due_at',
  'extension_reason',
  'extension_approver',
  'due_source',
  'rule_set_code',
  'rule_set_version',
  'calendar_version',
  'third_working_day_end',
] as const;

/**
 * Plausible dates: received since 1990, not after the import (plus a day), not before its unit
 * existed (its first membership); closed not after the import. (Closed and due before received, and
 * deadlines beyond the rule's maximum, are found as the row is read.)
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
      'handling_class',
      'extended_due_at',
      'extension_reason',
      'extension_approver',
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
    { name: 'handling_class', type: 'text' },
    { name: 'extended_due_at', type: 'timestamptz' },
    { name: 'extension_reason', type: 'text' },
    { name: 'extension_approver', type: 'text' },
    { name: 'due_source', type: 'text' },
    { name: 'rule_set_code', type: 'text' },
    { name: 'rule_set_version', type: 'integer' },
    { name: 'calendar_version', type: 'integer' },
    { name: 'third_working_day_end', type: 'timestamptz' },
  ],
  key,
  prepare,

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

  // Merged while the file is read (a large file is mostly complaints); the rollups are added once, at
  // the end, rather than for every chunk's statement.
  chunked: {
    // Read by the checks above and by `finish`.
    checked: ['ref', 'received_at', 'unit_code', 'duplicate_of', 'closed_at'],
    start: async (client) => {
      await client.query('select complaint_rollup_defer()');
    },
    chunk: (client, source) =>
      upsert(
        client,
        'complaint',
        ['ref'],
        VALUES.map((column) => (column === 'unit_code' ? 'unit_id' : column)),
        `select s.ref, ${VALUES.map((column) => (column === 'unit_code' ? 'u.id' : `s.${column}`)).join(', ')}
         from ${source} s join unit u on u.code = s.unit_code
         -- A ref twice in the file is refused by the checks, but twice in one statement it would stop the merge.
         where s.source_ok and not exists (select 1 from ${source} d where d.ref = s.ref and d.source_line < s.source_line)
         -- In the order of the (unit, received) indexes: a large file inserts about a fifth faster.
         order by u.id, s.received_at`,
      ),
    finish: async (client) => {
      // The deadlines were computed with the stored pauses; what each pause counted is written now.
      await recomputeDeadlines(
        client,
        await loadDeadlineRules(client),
        `c.ref in (select ref from ${STAGE_TABLE}) and exists (select 1 from complaint_pause p where p.complaint_id = c.id)`,
      );
      await client.query('select complaint_rollup_flush()');
    },
  },
};

/** A stored pause as a row's deadline needs it. */
async function storedPauses(client: pg.ClientBase): Promise<Map<string, Pause[]>> {
  const { rows } = await client.query<{ ref: string; kind: Pause['kind']; start_at: Date; end_at: Date | null }>(
    `select c.ref, p.kind, p.start_at, p.end_at from complaint_pause p join complaint c on c.id = p.complaint_id`,
  );
  const pauses = new Map<string, Pause[]>();
  for (const row of rows) {
    const list = pauses.get(row.ref) ?? [];
    list.push({ kind: row.kind, startAt: row.start_at, endAt: row.end_at });
    pauses.set(row.ref, list);
  }
  return pauses;
}

async function prepare(client: pg.ClientBase): Promise<RowParser> {
  const rules = await loadDeadlineRules(client);
  const pauses = await storedPauses(client);
  return (cells) => parseRow(cells, rules, pauses);
}

function parseRow(cells: RowCells, rules: DeadlineRules, pauses: Map<string, Pause[]>): unknown[] {
  const ref = cells.text('ref', 64, REQUIRED);
  const receivedAt = cells.timestamp('received_at', REQUIRED);
  const channel = cells.enumValue('channel', CHANNELS, REQUIRED);
  const unitCode = cells.text('unit_code', Infinity, REQUIRED);
  const line = cells.enumValue('line', LINES, REQUIRED);
  const category = cells.enumValue('category', CATEGORIES, REQUIRED);
  const policyFactor = cells.boolean('policy_factor', false);
  const valid = cells.boolean('valid', true);
  const duplicateOf = cells.text('duplicate_of', 64);
  const dueAt = cells.timestamp('due_at');
  const closedAt = cells.timestamp('closed_at');
  const escalated = cells.boolean('escalated', false);
  const outcome = cells.enumValue('outcome', OUTCOMES);
  const customerName = cells.text('customer_name', 200);
  const customerPhone = cells.text('customer_phone', 64);
  const summary = cells.text('summary', Infinity);
  const handlingClass = cells.enumValue('handling_class', HANDLING_CLASSES) ?? 'SIMPLE';
  const extendedDueAt = endOfDayIfDate(cells, 'extended_due_at');
  const extensionReason = cells.text('extension_reason', Infinity);
  const extensionApprover = cells.text('extension_approver', 200);

  if (ref !== null && duplicateOf === ref)
    cells.fail('duplicate_of', `a complaint cannot repeat itself (${quote(ref)})`);
  if (extendedDueAt !== null) {
    if (extensionReason === null) cells.fail('extension_reason', 'an extension needs its reason');
    if (extensionApprover === null) cells.fail('extension_approver', 'an extension needs its approver');
  } else {
    for (const column of ['extension_reason', 'extension_approver']) {
      if (cells.raw(column) !== undefined) cells.fail(column, 'given without extended_due_at');
    }
  }
  const paused = ref === null ? [] : (pauses.get(ref) ?? []);
  if (closedAt !== null) {
    for (const pause of paused) {
      if (pause.endAt === null || pause.endAt.getTime() > closedAt) {
        cells.fail(
          'closed_at',
          `${quote(cells.raw('closed_at') ?? '')} is before the end of its ${pause.kind} pause from ${shanghaiTime(pause.startAt)}`,
        );
      }
    }
  }

  let deadline = null;
  // Before 1990 a receipt is refused by the plausibility check; its deadline would only add noise.
  if (receivedAt !== null && receivedAt >= EARLIEST_INSTANT) {
    if (closedAt !== null && closedAt < receivedAt) cells.fail('closed_at', before(cells, 'closed_at'));
    if (dueAt !== null && dueAt < receivedAt) cells.fail('due_at', before(cells, 'due_at'));
    else {
      const computed = deadlineOf(
        {
          receivedAt: new Date(receivedAt),
          handlingClass,
          dueAt: dueAt === null ? null : new Date(dueAt),
          extendedDueAt: extendedDueAt === null ? null : new Date(extendedDueAt),
          pauses: paused,
        },
        rules,
      );
      if ('source' in computed) deadline = computed;
      else cells.fail(computed.column, computed.message);
    }
  }

  let thirdWorkingDayEnd = null;
  if (receivedAt !== null && receivedAt >= EARLIEST_INSTANT && closedAt !== null && closedAt >= receivedAt) {
    const window = thirdWorkingDayEndOf(new Date(receivedAt), rules);
    if (typeof window === 'number') thirdWorkingDayEnd = window;
    else cells.fail('closed_at', window.message);
  }

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
    deadline?.dueAt?.getTime() ?? null,
    closedAt,
    escalated,
    outcome,
    customerName,
    customerPhone,
    summary,
    handlingClass,
    extendedDueAt,
    extensionReason,
    extensionApprover,
    deadline?.source ?? null,
    deadline?.ruleSet.code ?? null,
    deadline?.ruleSet.version ?? null,
    deadline ? calendarVersionOf(deadline, rules) : null,
    thirdWorkingDayEnd,
  ];
}

/** A timestamp cell, where a bare date means the end of that Shanghai day (RULES.md: an extension's date). */
function endOfDayIfDate(cells: RowCells, column: string): number | null {
  const instant = cells.timestamp(column);
  return instant !== null && /^\d{4}-\d{2}-\d{2}$/.test(cells.raw(column) ?? '') ? instant + 86_400_000 - 1 : instant;
}

/** An instant as the file would write it in Shanghai time. */
function shanghaiTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function before(cells: RowCells, column: string): string {
  const shown = (name: string) => quote(cells.raw(name) ?? '');
  return `${shown(column)} is before received_at ${shown('received_at')}`;
}
