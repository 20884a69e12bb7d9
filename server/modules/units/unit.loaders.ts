import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import { datedLoader, groupBy } from '../../kernel/dated-loader.js';
import { ancestorsOn, childrenOn, placementsOn, unitsByCodes, unitsByIds, type Placement } from './unit.repository.js';
import type { Unit } from './unit.type.js';

/** Per-request loaders for units: every unit fetched in a request is fetched once, in batches. */
export function createUnitLoaders(db: Db) {
  const byId = new DataLoader<number, Unit | undefined>(async (ids) => {
    const found = new Map((await unitsByIds(db, ids)).map((unit) => [unit.id, unit]));
    return ids.map((id) => found.get(id));
  });
  const remember = (units: Unit[]) => units.forEach((unit) => byId.prime(unit.id, unit));

  const byCode = new DataLoader<string, Unit | undefined>(async (codes) => {
    const units = await unitsByCodes(db, codes);
    remember(units);
    const found = new Map(units.map((unit) => [unit.code, unit]));
    return codes.map((code) => found.get(code));
  });

  const placement = datedLoader<Placement | undefined>(
    async (ids, date) => new Map((await placementsOn(db, ids, date)).map((p) => [p.unitId, p])),
    () => undefined,
  );

  const children = datedLoader<Unit[]>(
    async (ids, date) => {
      const found = await childrenOn(db, ids, date);
      remember(found);
      return groupBy(found, (child) => child.parentId);
    },
    () => [],
  );

  /** Ancestor ids from the root down to the parent. */
  const ancestorIds = datedLoader<number[]>(
    async (ids, date) => {
      const chains = groupBy(await ancestorsOn(db, ids, date), (link) => link.unitId);
      return new Map(
        [...chains].map(([id, links]) => [id, links.sort((a, b) => b.depth - a.depth).map((l) => l.ancestorId)]),
      );
    },
    () => [],
  );

  return { byId, byCode, placement, children, ancestorIds };
}

export type UnitLoaders = ReturnType<typeof createUnitLoaders>;
