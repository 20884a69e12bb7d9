import DataLoader from 'dataloader';
import type { UnitLevel } from '../../../db/domain.js';
import type { Db } from '../../../db/sql.js';
import { datedLoader, groupBy } from '../../kernel/dated-loader.js';
import { createKeptReads, type KeptReads } from '../../kernel/kept-reads.js';
import {
  ancestorsOn,
  childrenOn,
  placementsOn,
  unitsByCodes,
  unitsByIds,
  unitsOn,
  type Placement,
} from './unit.repository.js';
import type { Unit } from './unit.type.js';

/**
 * Per-request loaders for units: every unit fetched in a request is fetched once, in batches. What they
 * read of the tree is kept across requests in `tree` (the server's: the tree at every date asked, until
 * the data changes, units and memberships being data), so a request asking what others asked reads no
 * unit; without it (the command line), each context keeps its own.
 */
export function createUnitLoaders(db: Db, tree: KeptReads = createKeptReads()) {
  const kept =
    <K extends number | string, V>(
      kind: string,
      read: (keys: K[]) => Promise<ReadonlyMap<K, V>>,
    ): ((keys: readonly K[]) => Promise<ReadonlyMap<K, V | undefined>>) =>
    (keys) =>
      tree.many(keys, (key) => `${kind}|${key}`, read);

  const unitsById = kept('id', async (ids: number[]) => new Map((await unitsByIds(db, ids)).map((u) => [u.id, u])));
  const byId = new DataLoader<number, Unit | undefined>(async (ids) => {
    const found = await unitsById(ids);
    return ids.map((id) => found.get(id));
  });
  const remember = (units: Unit[]) => units.forEach((unit) => byId.prime(unit.id, unit));

  const unitsByCode = kept('code', async (codes: string[]) => {
    const units = await unitsByCodes(db, codes);
    remember(units);
    return new Map(units.map((u) => [u.code, u]));
  });
  const byCode = new DataLoader<string, Unit | undefined>(async (codes) => {
    const found = await unitsByCode(codes);
    return codes.map((code) => found.get(code));
  });

  /** A dated fetch kept per unit and date. */
  const keptOn =
    <V>(kind: string, fetch: (ids: number[], date: string) => Promise<ReadonlyMap<number, V>>) =>
    (ids: number[], date: string) =>
      kept(`${kind}@${date}`, (missing: number[]) => fetch(missing, date))(ids);

  const placement = datedLoader<Placement | undefined>(
    keptOn('placement', async (ids, date) => new Map((await placementsOn(db, ids, date)).map((p) => [p.unitId, p]))),
    () => undefined,
  );

  const children = datedLoader<Unit[]>(
    keptOn('children', async (ids, date) => {
      const found = await childrenOn(db, ids, date);
      remember(found);
      return groupBy(found, (child) => child.parentId);
    }),
    () => [],
  );

  /** Ancestor ids from the root down to the parent. */
  const ancestorIds = datedLoader<number[]>(
    keptOn('ancestors', async (ids, date) => {
      const chains = groupBy(await ancestorsOn(db, ids, date), (link) => link.unitId);
      return new Map(
        [...chains].map(([id, links]) => [id, links.sort((a, b) => b.depth - a.depth).map((l) => l.ancestorId)]),
      );
    }),
    () => [],
  );

  /** Every unit in the tree on `date` (at one level), in code order. */
  const on = (date: string, level?: UnitLevel): Promise<Unit[]> =>
    tree.one(`on@${date}|${level ?? ''}`, () => unitsOn(db, date, level));

  return { byId, byCode, placement, children, ancestorIds, unitsOn: on };
}

export type UnitLoaders = ReturnType<typeof createUnitLoaders>;
