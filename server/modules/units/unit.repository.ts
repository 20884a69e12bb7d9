import { sql, type RawBuilder } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { UnitLevel } from '../../../db/domain.js';
import type { Reach } from '../access/index.js';
import type { Unit, UnitPeriod } from './unit.type.js';

// Every query here answers for many units at once (DataLoader batches), and takes the date the tree
// is looked at: memberships are time-versioned, `valid_to` null meaning open-ended.

const UNIT_COLUMNS = sql`u.id, u.code, u.name_zh as "nameZh", u.name_en as "nameEn", u.kind`;
/** A date as SQL: a `YYYY-MM-DD` string travels as a parameter; an expression is embedded as it is. */
const asDate = (date: string | RawBuilder<unknown>) => (typeof date === 'string' ? sql`${date}::date` : sql`(${date})`);
const validOn = (date: string | RawBuilder<unknown>) =>
  sql`m.valid_from <= ${asDate(date)} and (m.valid_to is null or m.valid_to >= ${asDate(date)})`;

export function unitsByIds(db: Db, ids: readonly number[]): Promise<Unit[]> {
  return rows(db, sql<Unit>`select ${UNIT_COLUMNS} from unit u where u.id = any(${ids}::int[])`);
}

export function unitsByCodes(db: Db, codes: readonly string[]): Promise<Unit[]> {
  return rows(db, sql<Unit>`select ${UNIT_COLUMNS} from unit u where u.code = any(${codes}::text[])`);
}

export interface Placement {
  unitId: number;
  parentId: number | null;
  level: UnitLevel;
}

/** Where each unit sits on `date` (absent when it is not in the tree then). */
export function placementsOn(db: Db, ids: readonly number[], date: string): Promise<Placement[]> {
  return rows(
    db,
    sql<Placement>`select m.unit_id as "unitId", m.parent_id as "parentId", m.level
      from unit_membership m where m.unit_id = any(${ids}::int[]) and ${validOn(date)}`,
  );
}

/** Units whose parent on `date` is one of `parentIds`, with that parent, in code order. */
export function childrenOn(db: Db, parentIds: readonly number[], date: string) {
  return rows(
    db,
    sql<Unit & { parentId: number }>`select ${UNIT_COLUMNS}, m.parent_id as "parentId"
      from unit_membership m join unit u on u.id = m.unit_id
      where m.parent_id = any(${parentIds}::int[]) and ${validOn(date)}
      order by u.code`,
  );
}

/** Every unit in the tree on `date`, optionally only those at one level, in code order. */
export function unitsOn(db: Db, date: string, level?: UnitLevel): Promise<Unit[]> {
  const atLevel = level ? sql`and m.level = ${level}` : sql``;
  return rows(
    db,
    sql<Unit>`select ${UNIT_COLUMNS} from unit_membership m join unit u on u.id = m.unit_id
      where ${validOn(date)} ${atLevel} order by u.code`,
  );
}

/** `text` inside an ILIKE pattern, its wildcards (and the escape character) taken literally. */
const likeText = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Units in the tree on `date` whose code or name (Chinese or English) holds `text`, any case, best
 * first: the exact code, then codes and names that begin with it, then the rest; within each, from the
 * top of the tree down, then by code. `limit` only where the caller may see every unit.
 */
export function searchUnitsOn(db: Db, date: string, text: string, limit?: number): Promise<Unit[]> {
  const inside = `%${likeText(text)}%`;
  const start = `${likeText(text)}%`;
  const holds = (pattern: string) =>
    sql`(u.code ilike ${pattern} or u.name_zh ilike ${pattern} or u.name_en ilike ${pattern})`;
  return rows(
    db,
    sql<Unit>`select ${UNIT_COLUMNS} from unit_membership m join unit u on u.id = m.unit_id
      where ${validOn(date)} and ${holds(inside)}
      order by case when lower(u.code) = lower(${text}) then 0 when ${holds(start)} then 1 else 2 end,
        case m.level when 'HQ' then 0 when 'PROVINCE' then 1 when 'CITY' then 2 else 3 end, u.code
      ${limit === undefined ? sql`` : sql`limit ${limit}`}`,
  );
}

/** The chain of ancestors of each unit on `date`: depth 1 is the parent, the largest depth the root. */
export function ancestorsOn(db: Db, ids: readonly number[], date: string) {
  return rows(
    db,
    sql<{ unitId: number; ancestorId: number; depth: number }>`
      with recursive chain(unit_id, ancestor_id, depth) as (
        select m.unit_id, m.parent_id, 1 from unit_membership m
        where m.unit_id = any(${ids}::int[]) and m.parent_id is not null and ${validOn(date)}
        union all
        select chain.unit_id, m.parent_id, chain.depth + 1
        from chain join unit_membership m on m.unit_id = chain.ancestor_id
        where m.parent_id is not null and ${validOn(date)} and chain.depth < 32
      )
      select unit_id as "unitId", ancestor_id as "ancestorId", depth from chain`,
  );
}

/**
 * Every membership period of each unit, oldest first, as far as a reach lets the viewer see it: each
 * period cut to the days the unit lay in the viewer's scope, and left out when it never did.
 */
export function historyOf(db: Db, ids: readonly number[], reach: Reach) {
  const days = reachedDays(reach);
  const seen = days
    ? sql`${days} w join unit_membership m on m.unit_id = w.unit_id
        cross join lateral (select w.during * daterange(m.valid_from, m.valid_to, '[]') as days) d`
    : sql`unit_membership m cross join lateral (select daterange(m.valid_from, m.valid_to, '[]') as days) d`;
  return rows(
    db,
    sql<UnitPeriod & { unitId: number }>`select m.unit_id as "unitId", m.parent_id as "parentId", m.level,
        to_char(lower(d.days), 'YYYY-MM-DD') as "validFrom", to_char(upper(d.days) - 1, 'YYYY-MM-DD') as "validTo"
      from ${seen} where m.unit_id = any(${ids}::int[]) and not isempty(d.days) order by m.unit_id, lower(d.days)`,
  );
}

/**
 * The ids of U's subtree on `date` (DOMAIN.md: U and every unit whose chain of memberships valid on
 * that date leads to U), as a SQL fragment, so callers embed it in their own single statement. The
 * date may be a SQL expression (e.g. the Shanghai date of an instant), resolved in that statement.
 */
export function subtreeIds(rootId: number, date: string | RawBuilder<unknown>) {
  return sql`(
    with recursive subtree(id) as (
      select ${rootId}::int
      union
      select m.unit_id from unit_membership m join subtree s on m.parent_id = s.id where ${validOn(date)}
    )
    select id from subtree
  )`;
}

/** The ids of the union of several subtrees on one date, as a SQL fragment (a viewer's own units). */
export function subtreesIds(rootIds: readonly number[], date: string) {
  return sql`(
    with recursive subtree(id) as (
      select unnest(${rootIds}::int[])
      union
      select m.unit_id from unit_membership m join subtree s on m.parent_id = s.id where ${validOn(date)}
    )
    select id from subtree
  )`;
}

/** The codes of every unit in the union of several subtrees on `date`, in code order. */
export async function codesInSubtrees(db: Db, rootIds: readonly number[], date: string): Promise<string[]> {
  const found = await rows(
    db,
    sql<{ code: string }>`select u.code from unit u where u.id in ${subtreesIds(rootIds, date)} order by u.code`,
  );
  return found.map((row) => row.code);
}

/**
 * Where the subtrees of some roots lay over time, as a SQL fragment of rows (unit_id, during): a root
 * on every day of `window`, and each unit on the days a chain of memberships valid on that day led from
 * it to a root (each membership's range intersected with its parent's). Ranges only shrink down a
 * chain and the import refuses a cycle on any shared day, so the recursion ends. A unit may come more
 * than once (two roots, one inside the other).
 */
function subtreesOverTime(rootIds: readonly number[], window: RawBuilder<unknown>) {
  return sql`(
    with recursive reach(unit_id, during) as (
      select unnest(${rootIds}::int[]), ${window}
      union
      select m.unit_id, r.during * daterange(m.valid_from, m.valid_to, '[]')
      from reach r join unit_membership m on m.parent_id = r.unit_id
      where r.during && daterange(m.valid_from, m.valid_to, '[]')
    )
    select unit_id, during from reach
  )`;
}

/**
 * The units whose records a viewer bound to units may read, and the days it may (within `window`,
 * when given): a SQL fragment of rows (unit_id, during), a unit's rows disjoint so that a record
 * matches one at most, narrowed to the subtree the list names. The statement that embeds it
 * evaluates it once and joins it by unit: no record is checked against the whole scope. Null for
 * headquarters, whose reach no day limits (see unitInReach).
 */
export function reachedDays(reach: Reach, window?: { from: string; to: string }): RawBuilder<unknown> | null {
  const { roots, within } = reach;
  if (roots === 'ALL') return null;
  const days = window ? sql`daterange(${window.from}::date, ${window.to}::date, '[]')` : sql`daterange(null, null)`;
  // the named subtree was granted on its date, so on that date it lies inside the viewer's subtrees
  const narrowed = within ? sql`where unit_id in ${subtreeIds(within.unitId, within.at)}` : sql``;
  return sql`(
    select s.unit_id, p.during
    from (select unit_id, range_agg(during) as days from ${subtreesOverTime(roots, days)} r ${narrowed} group by unit_id) s
    cross join unnest(s.days) p(during)
  )`;
}

/** For headquarters' reach: the condition on a record's unit column, in the subtree the list names, or any. */
export function unitInReach(reach: Reach, column: string): RawBuilder<unknown> {
  return reach.within ? sql`${sql.ref(column)} in ${subtreeIds(reach.within.unitId, reach.within.at)}` : sql`true`;
}
