import DataLoader from 'dataloader';
import type { UnitLevel } from '../../../db/domain.js';
import type { Db } from '../../../db/sql.js';
import { notFound } from '../../errors.js';
import { groupBy } from '../../kernel/dated-loader.js';
import type { Grant, Scope, SplitFilter } from '../access/index.js';
import type { UnitLoaders } from './unit.loaders.js';
import { codesInSubtrees, historyOf, searchUnitsOn } from './unit.repository.js';
import type { Unit, UnitPeriod } from './unit.type.js';

/** The unit of the company-wide benchmark: HQ's whole subtree. */
export const HQ_CODE = 'HQ';

/** A unit with the scope's permission to read its subtree on one date. */
export interface GrantedUnit {
  unit: Unit;
  grant: Grant;
}

/** A unit a question is about: its code (an argument), or a unit the scope granted already (a report's subject). */
export type UnitOrCode = string | GrantedUnit;

/** A unit as the viewer sees it: in full on `fullOn`, by name only when undefined. */
// eslint-disable-next-line @typescript-eslint/no-misused-spread -- a Unit is a plain row typed by its GraphQL class
const seen = (unit: Unit, fullOn?: string): Unit => ({ ...unit, fullOn });

/**
 * Units as the request's viewer may see them: every unit argument and every unit shown passes the
 * scope here. A unit argument outside the scope is FORBIDDEN; a list is filtered; a unit shown by
 * name only (a ranked peer, an ancestor above the viewer's own units) answers nothing about its place.
 */
export class UnitReader {
  // Histories as far as the viewer's scope saw each unit, batched for the request.
  private readonly histories = new DataLoader<number, UnitPeriod[]>(async (ids) => {
    const periods = groupBy(await historyOf(this.db, ids, this.scope.reach()), (period) => period.unitId);
    return ids.map((id) => periods.get(id) ?? []);
  });

  private readonly benchmarks = new Map<string, Promise<Grant>>();
  private readonly levelPeerSets = new Map<string, Promise<Grant[]>>();

  constructor(
    private readonly db: Db,
    private readonly scope: Scope,
    private readonly loaders: UnitLoaders,
    private readonly today: string,
  ) {}

  private async find(code: string): Promise<Unit> {
    const unit = await this.loaders.byCode.load(code);
    if (!unit) throw notFound('unit', code);
    return unit;
  }

  /** A unit the database refers to (a complaint's, a parent): there is one, or the data is broken. */
  private async existing(id: number): Promise<Unit> {
    const unit = await this.loaders.byId.load(id);
    if (!unit) throw new Error(`unit ${id} is referred to but missing`);
    return unit;
  }

  /** Units shown as they are seen on `date`: in full where the scope covers them, by name otherwise. */
  private async shown(units: readonly Unit[], date: string): Promise<Unit[]> {
    const covered = await this.scope.covers(
      units.map((unit) => unit.id),
      date,
    );
    return units.map((unit, i) => seen(unit, covered[i] ? date : undefined));
  }

  /** The unit's place in the tree on `date` is asked about: FORBIDDEN unless the viewer may see it in full then. */
  private async placeOf(unit: Unit, date: string): Promise<void> {
    if (unit.fullOn !== date) await this.scope.grant(unit, date);
  }

  /**
   * The unit with this code, seen in full on `at`: NOT_FOUND naming an unknown code, FORBIDDEN outside
   * the scope. A unit granted already (a report's subject) is granted again on `at` (the tree lookups
   * behind it are the request's, so asking again costs nothing).
   */
  async require(unit: UnitOrCode, at: string): Promise<GrantedUnit> {
    return (await this.requireAll([unit], at))[0];
  }

  /** Several units at once (one statement for the codes), every one in full on `at`. */
  async requireAll(asked: readonly UnitOrCode[], at: string): Promise<GrantedUnit[]> {
    // A unit granted in full on `at` already is kept as it is: no loader is asked, so the questions a
    // report asks of its subject reach the metric loader in the same tick, and share its statements.
    if (asked.every((unit) => typeof unit !== 'string' && unit.grant.at === at && unit.grant.access === 'FULL'))
      return asked as GrantedUnit[];
    const units = await Promise.all(
      asked.map((unit) => (typeof unit === 'string' ? this.find(unit) : Promise.resolve(unit.unit))),
    );
    const grants = await this.scope.grantAll(units, at);
    return units.map((unit, i) => ({ unit: seen(unit, at), grant: grants[i] }));
  }

  /** The same unit's subtree on another date (a comparison period on its own tree). */
  regrant(granted: GrantedUnit, at: string): Promise<Grant> {
    return at === granted.grant.at ? Promise.resolve(granted.grant) : this.scope.grant(granted.unit, at);
  }

  /** The company-wide benchmark: HQ's whole subtree on `at` (kept per date, so asking again waits for no loader). */
  benchmark(at: string): Promise<Grant> {
    let benchmark = this.benchmarks.get(at);
    if (!benchmark) {
      benchmark = this.find(HQ_CODE).then((hq) => this.scope.benchmark(hq, at));
      this.benchmarks.set(at, benchmark);
    }
    return benchmark;
  }

  /** Units in the tree on `at` (at a level, or the children of a parent, or all), those the viewer may see. */
  async list(at: string, level?: UnitLevel, parentCode?: string): Promise<Unit[]> {
    if (!parentCode) {
      const units = await this.loaders.unitsOn(at, level);
      const covered = await this.scope.covers(
        units.map((unit) => unit.id),
        at,
      );
      return units.filter((_, i) => covered[i]).map((unit) => seen(unit, at));
    }
    const parent = await this.find(parentCode);
    await this.scope.grant(parent, at);
    const children = await this.loaders.children.load({ id: parent.id, date: at });
    if (!level) return children.map((child) => seen(child, at));
    const placements = await this.loaders.placement.loadMany(children.map(({ id }) => ({ id, date: at })));
    return children
      .filter((_, i) => (placements[i] as { level?: string } | undefined)?.level === level)
      .map((c) => seen(c, at));
  }

  /** Up to `first` units of the tree on `at` whose code or name holds `text`, best first, among those the viewer may see. */
  async search(at: string, text: string, first: number): Promise<Unit[]> {
    // A scoped viewer's matches are narrowed after the search, so its own units are never cut off by a limit.
    const units = await searchUnitsOn(this.db, at, text, this.scope.seesEverything ? first : undefined);
    const covered = await this.scope.covers(
      units.map((unit) => unit.id),
      at,
    );
    return units
      .filter((_, i) => covered[i])
      .slice(0, first)
      .map((unit) => seen(unit, at));
  }

  /** The peers of a ranking on `at`, as the scope lets the viewer see them (PEER: name and ranked values). */
  async peers(
    at: string,
    choice: { level: UnitLevel } | { parent: string },
    filter: SplitFilter = {},
  ): Promise<GrantedUnit[]> {
    let units: Unit[];
    let grants: Grant[];
    if ('level' in choice) {
      units = await this.loaders.unitsOn(at, choice.level);
      grants = await this.scope.peersAtLevel(units, choice.level, at, filter);
    } else {
      const parent = await this.find(choice.parent);
      units = await this.loaders.children.load({ id: parent.id, date: at });
      grants = await this.scope.peersUnder(parent, units, at, filter);
    }
    // The scope grants some of the units given, in their order: matched in one pass (no map, and no
    // array per unit as flatMap would make; a county ranking's 2,520).
    const shown: GrantedUnit[] = [];
    let next = 0;
    for (const unit of units) {
      if (next === grants.length || grants[next].unitId !== unit.id) continue;
      const grant = grants[next];
      shown.push({ unit: seen(unit, grant.access === 'FULL' ? at : undefined), grant });
      next += 1;
    }
    if (next < grants.length) throw new Error(`the scope granted units other than those given, or out of their order`);
    return shown;
  }

  /**
   * The peers a metric relative to peers (COMPLAINT_INDEX) is measured against outside a ranking: the
   * units at the granted unit's level on its date, as a ranking of that level would grant them to
   * the viewer; the benchmark's peer is itself (1.00 is the company's average).
   */
  async levelPeers(grant: Grant): Promise<Grant[]> {
    if (grant.access === 'BENCHMARK') return [grant];
    const placement = await this.loaders.placement.load({ id: grant.unitId, date: grant.at });
    if (!placement) return [grant];
    // one lookup per level and date, however many units of it ask
    const key = `${placement.level}@${grant.at}`;
    let peers = this.levelPeerSets.get(key);
    if (!peers) {
      peers = this.loaders
        .unitsOn(grant.at, placement.level)
        .then((units) => this.scope.peersAtLevel(units, placement.level, grant.at, {}));
      this.levelPeerSets.set(key, peers);
    }
    return peers;
  }

  /**
   * How the viewer may see each unit's row beside other units' on `at` (the rows of a frozen report):
   * FULL where the scope covers the unit, PEER where a ranking of the unit's level shows it as a
   * ranked peer (Scope.peersAtLevel, the rule of a live ranking); left out otherwise, an unknown code
   * or a unit not in the tree then included. ALL for a viewer who sees every unit.
   */
  async rowAccess(codes: readonly string[], at: string): Promise<'ALL' | Map<string, 'FULL' | 'PEER'>> {
    if (this.scope.seesEverything) return 'ALL';
    const units = (await this.loaders.byCode.loadMany(codes)).filter(
      (unit): unit is Unit => !!unit && !(unit instanceof Error),
    );
    const placements = await this.loaders.placement.loadMany(units.map(({ id }) => ({ id, date: at })));
    const levelOf = (i: number) => (placements[i] instanceof Error ? undefined : placements[i]?.level);
    const levels = new Set(units.map((_, i) => levelOf(i)).filter((level): level is UnitLevel => !!level));
    const placeless = units.filter((_, i) => !levelOf(i));
    // Asked in one tick, so the tree lookups behind them are batched.
    const [grants, covered] = await Promise.all([
      Promise.all(
        [...levels].map((level) =>
          this.scope.peersAtLevel(
            units.filter((_, i) => levelOf(i) === level),
            level,
            at,
            {},
          ),
        ),
      ),
      this.scope.covers(
        placeless.map((unit) => unit.id),
        at,
      ),
    ]);
    const access = new Map<number, 'FULL' | 'PEER'>();
    for (const grant of grants.flat())
      if (grant.access === 'FULL' || grant.access === 'PEER') access.set(grant.unitId, grant.access);
    placeless.forEach((unit, i) => covered[i] && access.set(unit.id, 'FULL'));
    return new Map(
      units.flatMap((unit) => {
        const seenAs = access.get(unit.id);
        return seenAs ? [[unit.code, seenAs] as const] : [];
      }),
    );
  }

  /** The children of a granted unit on its date, each its own subtree (in full: they lie inside the grant's). */
  async childrenOf(granted: GrantedUnit): Promise<GrantedUnit[]> {
    const { at } = granted.grant;
    const children = await this.loaders.children.load({ id: granted.unit.id, date: at });
    const grants = await this.scope.grantAll(children, at);
    return children.map((child, i) => ({ unit: seen(child, at), grant: grants[i] }));
  }

  /** The responsible unit of a complaint the viewer may see: in full on the complaint's date. */
  async ofComplaint(unitId: number, receivedDate: string): Promise<Unit> {
    return seen(await this.existing(unitId), receivedDate);
  }

  /** Units by id, as the viewer sees them on `date` (in full, or by name). */
  async byIds(ids: readonly number[], date = this.today): Promise<Unit[]> {
    return this.shown((await this.loaders.byId.loadMany(ids)) as Unit[], date);
  }

  /** Units by id, by name only: their place in the tree is asked of the scope when it is wanted. */
  async named(ids: readonly number[]): Promise<Unit[]> {
    return ((await this.loaders.byId.loadMany(ids)) as Unit[]).map((unit) => seen(unit));
  }

  /** Where the viewer's tree starts on `date`: HQ for headquarters, else its own units not inside one another. */
  async roots(unitIds: readonly number[] | 'ALL', date: string): Promise<Unit[]> {
    if (unitIds === 'ALL') return (await this.loaders.unitsOn(date, 'HQ')).map((unit) => seen(unit, date));
    const placements = await this.loaders.placement.loadMany(unitIds.map((id) => ({ id, date })));
    const chains = await Promise.all(unitIds.map((id) => this.loaders.ancestorIds.load({ id, date })));
    const own = new Set(unitIds);
    const tops = unitIds.filter((_, i) => placements[i] && !chains[i].some((ancestor) => own.has(ancestor)));
    const units = (await this.loaders.byId.loadMany(tops)) as Unit[];
    return units.sort((a, b) => (a.code < b.code ? -1 : 1)).map((unit) => seen(unit, date));
  }

  /** The codes of the units whose pages a viewer bound to `unitIds` may open on `date`: their subtrees. */
  reachable(unitIds: readonly number[], date: string): Promise<string[]> {
    return codesInSubtrees(this.db, unitIds, date);
  }

  // The unit's own place in the tree: only for a unit the viewer may see in full on that date.

  async level(unit: Unit, date = this.today): Promise<UnitLevel | null> {
    await this.placeOf(unit, date);
    return (await this.loaders.placement.load({ id: unit.id, date }))?.level ?? null;
  }

  async parent(unit: Unit, date = this.today): Promise<Unit | null> {
    await this.placeOf(unit, date);
    const placement = await this.loaders.placement.load({ id: unit.id, date });
    return placement?.parentId ? (await this.shown([await this.existing(placement.parentId)], date))[0] : null;
  }

  async children(unit: Unit, date = this.today): Promise<Unit[]> {
    await this.placeOf(unit, date);
    return (await this.loaders.children.load({ id: unit.id, date })).map((child) => seen(child, date));
  }

  async ancestors(unit: Unit, date = this.today): Promise<Unit[]> {
    await this.placeOf(unit, date);
    return this.shown(
      (await this.loaders.byId.loadMany(await this.loaders.ancestorIds.load({ id: unit.id, date }))) as Unit[],
      date,
    );
  }

  /** Every period of the unit's place, cut to the days it lay in the viewer's scope: a date asked for shows no other. */
  async history(unit: Unit): Promise<UnitPeriod[]> {
    await this.placeOf(unit, unit.fullOn ?? this.today);
    return this.histories.load(unit.id);
  }

  /** A period's parent, by name unless the viewer may see it in full today. */
  async periodParent(period: UnitPeriod): Promise<Unit | null> {
    return period.parentId ? (await this.shown([await this.existing(period.parentId)], this.today))[0] : null;
  }
}
