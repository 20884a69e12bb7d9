// Organisation units. A row is one membership period of a unit (its parent and level from valid_from
// to valid_to); the unit itself (names, kind) is taken from its row with the latest valid_from.
import type pg from 'pg';
import { UNIT_KINDS, UNIT_LEVELS } from '../../domain.js';
import { quote } from '../issues.js';
import type { RowCells } from '../row-cells.js';
import { STAGE_TABLE } from '../staging.js';
import {
  columns,
  duplicateKeyCheck,
  quoted,
  REQUIRED,
  type KindDefinition,
  type KeyPart,
  type MergeCounts,
} from './kind.js';

const key: KeyPart[] = [quoted('code'), { column: 'valid_from', shown: `to_char(valid_from, 'YYYY-MM-DD')` }];

/**
 * Every membership period the tree would have after the import: the file's valid rows, and the stored
 * periods the file does not replace (a file row replaces the stored one with its code and valid_from).
 */
const PERIODS_AFTER = `
  select s.source_line, s.code, s.parent_code, s.valid_from, s.valid_to
  from ${STAGE_TABLE} s where s.source_ok
  union all
  select null, u.code, p.code, m.valid_from, m.valid_to
  from unit_membership m join unit u on u.id = m.unit_id left join unit p on p.id = m.parent_id
  where not exists (select 1 from ${STAGE_TABLE} s where s.code = u.code and s.valid_from = m.valid_from)`;

const period = (alias: string) =>
  `'from ' || to_char(${alias}.valid_from, 'YYYY-MM-DD') || coalesce(' to ' || to_char(${alias}.valid_to, 'YYYY-MM-DD'), ', open-ended')`;

const UNKNOWN_PARENT = `
  select s.source_line as line, 'parent_code' as col,
         format('unknown unit code %s (neither stored nor in this file)', to_json(s.parent_code)) as message
  from ${STAGE_TABLE} s
  where s.parent_code is not null
    and not exists (select 1 from unit u where u.code = s.parent_code)
    and not exists (select 1 from ${STAGE_TABLE} f where f.code = s.parent_code)`;

// One report per pair: at the file row, against a stored period or an earlier row of the file.
const OVERLAP = `
  with periods as (${PERIODS_AFTER})
  select a.source_line as line, 'valid_from' as col,
         format('the period %s of unit %s overlaps its %s', ${period('a')}, to_json(a.code),
           case when b.source_line is null then 'stored period ' || ${period('b')}
                else format('period %s at line %s', ${period('b')}, b.source_line) end) as message
  from periods a
  join periods b on b.code = a.code and b.valid_from <> a.valid_from
   and daterange(a.valid_from, a.valid_to, '[]') && daterange(b.valid_from, b.valid_to, '[]')
  where a.source_line is not null and (b.source_line is null or b.source_line < a.source_line)`;

// Follows parent links from each file row, through periods that overlap the dates walked so far, and
// reports the row when the walk comes back to its own unit: on those dates the tree would be a loop.
const CYCLE = `
  with recursive edges as (
    select * from (${PERIODS_AFTER}) p where p.parent_code is not null
  ), walk (line, start, parent, node, dates, path) as (
    select e.source_line, e.code, e.parent_code, e.parent_code,
           daterange(e.valid_from, e.valid_to, '[]'), array[e.code, e.parent_code]::text[]
    from edges e where e.source_line is not null
    union all
    select w.line, w.start, w.parent, e.parent_code,
           w.dates * daterange(e.valid_from, e.valid_to, '[]'), w.path || e.parent_code
    from walk w
    join edges e on e.code = w.node and daterange(e.valid_from, e.valid_to, '[]') && w.dates
    where w.node <> w.start and (e.parent_code = w.start or e.parent_code <> all (w.path))
  )
  select distinct on (line) line, 'parent_code' as col,
         format('parent %s would make a cycle: %s', to_json(parent), array_to_string(path, ' → ')) as message
  from walk where node = start`;

export const units: KindDefinition = {
  columns: columns(['code', 'name_zh', 'kind', 'level', 'valid_from'], ['name_en', 'parent_code', 'valid_to']),
  stage: [
    { name: 'code', type: 'text' },
    { name: 'name_zh', type: 'text' },
    { name: 'name_en', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'parent_code', type: 'text' },
    { name: 'level', type: 'text' },
    { name: 'valid_from', type: 'date' },
    { name: 'valid_to', type: 'date' },
  ],
  key,
  parseRow,
  checks: [duplicateKeyCheck(key), UNKNOWN_PARENT, OVERLAP, CYCLE],
  merge,
};

function parseRow(cells: RowCells): unknown[] {
  const code = cells.text('code', 32, REQUIRED);
  const nameZh = cells.text('name_zh', 200, REQUIRED);
  const nameEn = cells.text('name_en', 200);
  const kind = cells.enumValue('kind', UNIT_KINDS, REQUIRED);
  const parentCode = cells.text('parent_code', Infinity);
  const level = cells.enumValue('level', UNIT_LEVELS, REQUIRED);
  const validFrom = cells.date('valid_from', REQUIRED);
  const validTo = cells.date('valid_to');

  if (level === 'HQ' && parentCode !== null) {
    cells.fail('parent_code', `a unit at level HQ has no parent, but ${quote(parentCode)} is given`);
  }
  if (level !== null && level !== 'HQ' && parentCode === null) {
    cells.fail('parent_code', `a unit at level ${level} needs a parent, but the cell is empty`);
  }
  if (code !== null && parentCode === code)
    cells.fail('parent_code', `a unit cannot be its own parent (${quote(code)})`);
  // ISO dates compare as text.
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    cells.fail('valid_to', `${validTo} is before valid_from ${validFrom}`);
  }
  return [code, nameZh, nameEn, kind, parentCode, level, validFrom, validTo];
}

/**
 * Units are upserted first so new parents have ids. A changed membership period is deleted and
 * inserted rather than updated in place: the no-overlap constraint is checked row by row, and moving
 * one boundary would collide with the neighbouring period not yet moved.
 */
async function merge(client: pg.ClientBase): Promise<MergeCounts> {
  await client.query(`
    create temp table import_unit_plan on commit drop as
    with latest as (
      select distinct on (code) code, name_zh, name_en, kind from ${STAGE_TABLE} order by code, valid_from desc
    )
    select s.source_line, m.id as membership_id,
           m.id is not null and (p.code, m.level, m.valid_to) is distinct from (s.parent_code, s.level, s.valid_to)
             as membership_changed,
           u.id is not null and (u.name_zh, u.name_en, u.kind) is distinct from (l.name_zh, l.name_en, l.kind)
             as unit_changed
    from ${STAGE_TABLE} s
    join latest l on l.code = s.code
    left join unit u on u.code = s.code
    left join unit_membership m on m.unit_id = u.id and m.valid_from = s.valid_from
    left join unit p on p.id = m.parent_id`);
  await client.query(`
    insert into unit as target (code, name_zh, name_en, kind)
    select distinct on (code) code, name_zh, name_en, kind from ${STAGE_TABLE} order by code, valid_from desc
    on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind
      where (target.name_zh, target.name_en, target.kind) is distinct from (excluded.name_zh, excluded.name_en, excluded.kind)`);
  await client.query(`
    delete from unit_membership m using import_unit_plan p where p.membership_changed and m.id = p.membership_id`);
  await client.query(`
    insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
    select u.id, parent.id, s.level, s.valid_from, s.valid_to
    from import_unit_plan p
    join ${STAGE_TABLE} s on s.source_line = p.source_line
    join unit u on u.code = s.code
    left join unit parent on parent.code = s.parent_code
    where p.membership_id is null or p.membership_changed`);
  const { rows } = await client.query<MergeCounts>(`
    select count(*) filter (where membership_id is null)::int as inserted,
           count(*) filter (where membership_id is not null and (membership_changed or unit_changed))::int as updated
    from import_unit_plan`);
  await client.query('drop table import_unit_plan');
  return rows[0];
}
