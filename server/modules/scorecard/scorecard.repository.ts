import { sql } from 'kysely';
import type { IncidentKind, ScorecardStatus, UnitLevel } from '../../../db/domain.js';
import { isoDate, isoInstant, rows, type Db } from '../../../db/sql.js';
import type { Period } from '../../kernel/shanghai-time.js';
import type { RuleItem, RuleSet } from './scorecard.rule-set.js';

// The scorecard's own data (RULES.md §5): rule sets, MANUAL points, incidents. Metric values are not
// read here: they come through the metric reader like every other figure.

interface RuleSetRow {
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string;
  total: string;
  peerLevel: UnitLevel | null;
  peerParent: string | null;
  status: ScorecardStatus;
  items: RuleItem[];
}

/** Every rule set version (or the one named), newest range and version first. */
export async function ruleSetRows(db: Db, only?: Pick<RuleSet, 'code' | 'version'>): Promise<RuleSet[]> {
  const where = only ? sql`where r.code = ${only.code} and r.version = ${only.version}` : sql``;
  const found = await rows(
    db,
    sql<RuleSetRow>`select r.code, r.version, r.name_zh as "nameZh", r.name_en as "nameEn",
        ${isoDate('r.effective_from')} as "effectiveFrom", ${isoDate('r.effective_to')} as "effectiveTo",
        r.total::text as total, r.peer_level as "peerLevel", r.peer_parent as "peerParent", r.status, r.items
      from scorecard_rule_set r ${where} order by r.effective_from desc, r.code, r.version desc`,
  );
  return found.map(({ total, peerLevel, peerParent, ...row }) => ({
    ...row,
    total: Number(total),
    peers: peerLevel ? { level: peerLevel } : { parent: peerParent ?? '' },
  }));
}

/**
 * Writes a rule set: over the version given (the trigger scorecard_rule_set_in_use refuses one a
 * submitted report used), else as the code's next version. The version written, or null when the one
 * to replace does not exist.
 */
export async function writeRuleSet(
  db: Db,
  set: Omit<RuleSet, 'version'>,
  version: number | null,
): Promise<number | null> {
  const values = {
    level: 'level' in set.peers ? set.peers.level : null,
    parent: 'parent' in set.peers ? set.peers.parent : null,
    items: JSON.stringify(set.items),
  };
  const written =
    version === null
      ? sql<{ version: number }>`insert into scorecard_rule_set
            (code, version, name_zh, name_en, effective_from, effective_to, total, peer_level, peer_parent, status, items)
          select ${set.code}, coalesce(max(r.version), 0) + 1, ${set.nameZh}, ${set.nameEn}, ${set.effectiveFrom}::date,
            ${set.effectiveTo}::date, ${set.total}, ${values.level}, ${values.parent}, ${set.status}, ${values.items}::jsonb
          from scorecard_rule_set r where r.code = ${set.code}
          returning version`
      : sql<{ version: number }>`update scorecard_rule_set set name_zh = ${set.nameZh}, name_en = ${set.nameEn},
            effective_from = ${set.effectiveFrom}::date, effective_to = ${set.effectiveTo}::date, total = ${set.total},
            peer_level = ${values.level}, peer_parent = ${values.parent}, status = ${set.status}, items = ${values.items}::jsonb
          where code = ${set.code} and version = ${version}
          returning version`;
  return (await rows(db, written)).at(0)?.version ?? null;
}

/** Whether a unit of this code exists (a rule set's peers may be its children). */
export async function unitExists(db: Db, code: string): Promise<boolean> {
  const found = await rows(db, sql<{ one: number }>`select 1 as one from unit where code = ${code}`);
  return found.length > 0;
}

export interface ManualPoint {
  unitId: number;
  itemCode: string;
  points: number;
  note: string;
  enteredBy: string;
  enteredAt: string;
}

/** The MANUAL points entered under a rule set version for these units and exactly this period. */
export async function manualPoints(
  db: Db,
  ruleSet: Pick<RuleSet, 'code' | 'version'>,
  unitIds: readonly number[],
  period: Period,
): Promise<ManualPoint[]> {
  if (unitIds.length === 0) return [];
  const found = await rows(
    db,
    sql<Omit<ManualPoint, 'points'> & { points: string }>`select m.unit_id as "unitId", m.item_code as "itemCode",
        m.points::text as points, m.note, m.entered_by_name as "enteredBy", ${isoInstant('m.entered_at')} as "enteredAt"
      from scorecard_manual_point m
      where m.rule_set_code = ${ruleSet.code} and m.rule_set_version = ${ruleSet.version}
        and m.unit_id = any(${unitIds}::int[]) and m.period_from = ${period.from}::date and m.period_to = ${period.to}::date`,
  );
  return found.map((row) => ({ ...row, points: Number(row.points) }));
}

export interface ManualEntry {
  ruleSet: Pick<RuleSet, 'code' | 'version'>;
  unitId: number;
  period: Period;
  itemCode: string;
  points: number;
  note: string;
  enteredById: number | null;
  enteredByName: string;
}

/** Enters (or replaces) one unit's MANUAL points for an item and period; the history is the audit log's. */
export async function upsertManualPoint(db: Db, entry: ManualEntry): Promise<ManualPoint> {
  const [row] = await rows(
    db,
    sql<Omit<ManualPoint, 'points'> & { points: string }>`insert into scorecard_manual_point as m
        (rule_set_code, rule_set_version, unit_id, period_from, period_to, item_code, points, note, entered_by_id, entered_by_name)
      values (${entry.ruleSet.code}, ${entry.ruleSet.version}, ${entry.unitId}, ${entry.period.from}::date, ${entry.period.to}::date,
        ${entry.itemCode}, ${entry.points}, ${entry.note}, ${entry.enteredById}, ${entry.enteredByName})
      on conflict (rule_set_code, rule_set_version, unit_id, period_from, period_to, item_code) do update
        set points = excluded.points, note = excluded.note, entered_by_id = excluded.entered_by_id,
            entered_by_name = excluded.entered_by_name, entered_at = now()
      returning m.unit_id as "unitId", m.item_code as "itemCode", m.points::text as points, m.note,
        m.entered_by_name as "enteredBy", ${isoInstant('m.entered_at')} as "enteredAt"`,
  );
  return { ...row, points: Number(row.points) };
}

/** Incidents per kind in each root's subtree on `at`, dated in the period: one statement for every root. */
export async function incidentCounts(
  db: Db,
  rootIds: readonly number[],
  at: string,
  period: Period,
): Promise<Map<number, Partial<Record<IncidentKind, number>>>> {
  const counts = new Map<number, Partial<Record<IncidentKind, number>>>();
  if (rootIds.length === 0) return counts;
  const found = await rows(
    db,
    sql<{ rootId: number; kind: IncidentKind; count: number }>`with recursive subtree(root_id, id) as (
        select r, r from unnest(${rootIds}::int[]) r
        union
        select s.root_id, m.unit_id from unit_membership m join subtree s on m.parent_id = s.id
        where m.valid_from <= ${at}::date and (m.valid_to is null or m.valid_to >= ${at}::date)
      )
      select s.root_id as "rootId", i.kind, count(*)::int as count
      from subtree s join incident i on i.unit_id = s.id
      where i.date between ${period.from}::date and ${period.to}::date
      group by s.root_id, i.kind`,
  );
  for (const row of found) counts.set(row.rootId, { ...counts.get(row.rootId), [row.kind]: row.count });
  return counts;
}
