import type { ReportTemplate, UnitLevel } from '../../../db/domain.js';
import { DomainError } from '../../errors.js';
import { ROLE_RULES, type RoleRule } from './role.rules.js';
import type { Identity, Viewer } from './viewer.js';

// The request's scope: computed once per request from its session or token, and the only thing
// that turns a unit into something data can be read for. Data functions take Grants (subtrees at a
// date) or a Reach (which complaints a list may read), and only this file makes either: a resolver
// that never asked the scope has nothing to pass them.

declare const GRANTED: unique symbol;

/**
 * FULL: the unit's subtree, everything; PEER: its name and ranked values only (a ranking beyond the
 * user's own units); SCORE: a ranked peer measured for its scorecard total only (Scope.scored);
 * BENCHMARK: the company-wide figure of HQ's whole subtree.
 */
export type Access = 'FULL' | 'PEER' | 'SCORE' | 'BENCHMARK';

/** Permission to measure a unit's subtree as it stood on `at`. */
export interface Grant {
  readonly unitId: number;
  readonly at: string;
  readonly access: Access;
  readonly [GRANTED]: true;
}

/** What decides whether a report may be read: its template, its unit, the date it measures the subtree on, whether it was submitted. */
export interface ReportAccess {
  template: ReportTemplate;
  unitId: number;
  at: string;
  submitted: boolean;
}

/** The key only this file holds: a Reach is made with it or not at all. */
const REACH_KEY = Symbol('reach');

/**
 * Which records (complaints, activities) a list may read, by responsible unit and the record's own
 * day: those of a unit in the viewer's scope on that day (every unit, for headquarters), and, when the
 * list names a unit, only those of that unit's subtree on the date it was granted for. Only the Scope
 * makes one, with the viewer's own roots; a literal or a copy is no Reach (its fields are private), so
 * a date or a unit a list is given can narrow what it reads, never widen it.
 */
export class Reach {
  readonly #roots: 'ALL' | readonly number[];
  readonly #within: Grant | null;

  constructor(key: symbol, roots: 'ALL' | readonly number[], within: Grant | null) {
    if (key !== REACH_KEY) throw new Error('a Reach is made by the Scope only');
    this.#roots = roots;
    this.#within = within;
  }

  /** ALL (headquarters), or the viewer's own units: a record counts when its unit lay in their subtrees on its day. */
  get roots(): 'ALL' | readonly number[] {
    return this.#roots;
  }

  /** The subtree of a granted unit on the grant's date, when the list names one. */
  get within(): Grant | null {
    return this.#within;
  }
}

export interface UnitRef {
  id: number;
  code: string;
}

/** The tree facts the scope needs, from the request's batched unit loaders. */
export interface TreeLookup {
  /** Ancestor ids of a unit at a date, root first. */
  ancestorIds: (id: number, date: string) => Promise<number[]>;
  placement: (id: number, date: string) => Promise<{ parentId: number | null; level: UnitLevel } | undefined>;
}

/** The parts of a complaint filter that split a figure by channel, line or category. */
export interface SplitFilter {
  channels?: readonly string[] | null;
  lines?: readonly string[] | null;
  categories?: readonly string[] | null;
}

/**
 * A peer's figure may be ranked whole, never split: a filter on channels, lines or categories would
 * be a breakdown of another unit. Checked where peers are chosen and again where anything is measured.
 */
export function checkMeasurable(grants: readonly Grant[], filter: SplitFilter = {}): void {
  const splits = [filter.channels, filter.lines, filter.categories].some((list) => (list?.length ?? 0) > 0);
  if (splits && grants.some((grant) => grant.access === 'PEER')) {
    throw forbidden('a ranking that shows other units\u2019 figures cannot be filtered by channel, line or category');
  }
}

/** The grant itself, if it is FULL: what reads a unit's own records (complaints, activities) asks for. */
export function requireFull(grant: Grant): Grant {
  if (grant.access !== 'FULL') throw forbidden('only a unit you may see in full can be read this way');
  return grant;
}

const make = (unitId: number, at: string, access: Access) => ({ unitId, at, access }) as Grant;
const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

export class Scope {
  readonly viewer: Viewer | null;
  private readonly problem: DomainError | null;
  private readonly bound: ReadonlySet<number>;

  constructor(
    identity: Identity,
    private readonly tree: TreeLookup,
  ) {
    this.viewer = identity.viewer;
    this.problem = identity.problem;
    this.bound = new Set(identity.viewer?.unitIds ?? []);
  }

  /** The signed-in viewer, or UNAUTHENTICATED saying why there is none (expired, revoked, anonymous). */
  requireViewer(): Viewer {
    if (this.viewer) return this.viewer;
    throw this.problem ?? new DomainError('UNAUTHENTICATED', 'sign in first: only signIn is open without it');
  }

  get rule(): RoleRule {
    return ROLE_RULES[this.requireViewer().role];
  }

  /** Whether each unit lies in the viewer's subtrees on `date`: a bound unit, or one below a bound unit then. */
  async covers(ids: readonly number[], date: string): Promise<boolean[]> {
    if (this.rule.units === 'ALL') return ids.map(() => true);
    const chains = await Promise.all(
      ids.map((id) => (this.bound.has(id) ? Promise.resolve([]) : this.tree.ancestorIds(id, date))),
    );
    return ids.map((id, i) => this.bound.has(id) || chains[i].some((ancestor) => this.bound.has(ancestor)));
  }

  /** FULL access to the unit's subtree on `at`, or FORBIDDEN naming the unit. */
  async grant(unit: UnitRef, at: string): Promise<Grant> {
    return (await this.grantAll([unit], at))[0];
  }

  /** FULL access to every unit's subtree on `at`, or FORBIDDEN naming the first one outside the scope. */
  async grantAll(units: readonly UnitRef[], at: string): Promise<Grant[]> {
    const covered = await this.covers(
      units.map((unit) => unit.id),
      at,
    );
    const outside = units.find((_, i) => !covered[i]);
    if (outside) throw forbidden(`unit "${outside.code}" is outside what you may see on ${at}`);
    return units.map((unit) => make(unit.id, at, 'FULL'));
  }

  /**
   * The viewer's own units as FULL grants on `at`, each unit of their subtrees once: a bound unit that
   * lies inside another bound unit's subtree on that date is left out (the other's subtree holds it).
   * Null for headquarters, whose own total is the company-wide benchmark.
   */
  async ownGrants(at: string): Promise<Grant[] | null> {
    if (this.rule.units === 'ALL') return null;
    const ids = [...this.bound];
    const chains = await Promise.all(ids.map((id) => this.tree.ancestorIds(id, at)));
    return ids
      .filter((_, i) => !chains[i].some((ancestor) => this.bound.has(ancestor)))
      .map((id) => make(id, at, 'FULL'));
  }

  /** The company-wide benchmark (HQ's whole subtree), one aggregate every signed-in role may see beside its own figures. */
  benchmark(hq: UnitRef, at: string): Grant {
    this.requireViewer();
    return make(hq.id, at, 'BENCHMARK');
  }

  /** What a list without a unit may read: every record, or those of a unit in the viewer's subtrees on the record's day. */
  reach(): Reach {
    const roots = this.rule.units === 'ALL' ? 'ALL' : Object.freeze([...this.bound]);
    return new Reach(REACH_KEY, roots, null);
  }

  /** What a list of one granted subtree may read: its records that the viewer's scope reaches as well. */
  within(grant: Grant): Reach {
    return new Reach(REACH_KEY, this.reach().roots, requireFull(grant));
  }

  /**
   * Whether the viewer may read a report (issue 6) of a unit, whose subtree it measures on `at`: one of
   * a template its role reads (a regulator never reads a report to headquarters), of a unit it may see
   * then, and, for a role that reads submissions only, submitted. A report it may not read is, to it,
   * no report at all: the caller answers NOT_FOUND as for an unknown id, naming nothing of it.
   */
  async mayReadReport(report: ReportAccess): Promise<boolean> {
    return (await this.visibleReports([report])).length === 1;
  }

  /** The reports of a list the viewer may read, in order (see mayReadReport). */
  async visibleReports<R extends ReportAccess>(reports: readonly R[]): Promise<R[]> {
    const { reports: kind, reportTemplates } = this.rule;
    const readable = await Promise.all(
      reports.map(
        async (r) =>
          reportTemplates.includes(r.template) &&
          (kind === 'DRAFTS' || r.submitted) &&
          (await this.covers([r.unitId], r.at))[0],
      ),
    );
    return reports.filter((_, i) => readable[i]);
  }

  /** Whether the viewer sees every unit in full (headquarters): nothing it reads needs narrowing. */
  get seesEverything(): boolean {
    return this.rule.units === 'ALL';
  }

  /** Drafting reports (live figures, previews, submissions, restatements): FORBIDDEN to a role that reads submissions only. */
  requireDrafting(what: string): void {
    if (this.rule.reports !== 'DRAFTS')
      throw forbidden(`${what}: the ${this.requireViewer().role} role sees submitted reports only`);
  }

  /** Customers' names and phone numbers, as the viewer's role may see them. */
  get personalData(): RoleRule['personalData'] {
    return this.rule.personalData;
  }

  /**
   * The peers of a ranking at a level: every unit of it the viewer may see in full; and, for a role
   * shown ranked peers, every other unit of the level of one of its own units (its peers), as PEER.
   */
  async peersAtLevel(
    candidates: readonly UnitRef[],
    level: UnitLevel,
    at: string,
    filter: SplitFilter,
  ): Promise<Grant[]> {
    const covered = await this.covers(
      candidates.map((unit) => unit.id),
      at,
    );
    const ownLevel = this.rule.rankedPeers && (await this.ownPlacements(at)).some((p) => p?.level === level);
    return this.peerGrants(candidates, covered, ownLevel, at, filter);
  }

  /**
   * The peers of a ranking of a parent's children: all of them when the parent is in the scope; for
   * a role shown ranked peers, when it is the parent of one of its own units, its children (that unit's
   * siblings) as PEER beyond its own subtrees; FORBIDDEN otherwise.
   */
  async peersUnder(parent: UnitRef, children: readonly UnitRef[], at: string, filter: SplitFilter): Promise<Grant[]> {
    const [parentCovered] = await this.covers([parent.id], at);
    if (parentCovered) return children.map((child) => make(child.id, at, 'FULL'));
    const ownParent = this.rule.rankedPeers && (await this.ownPlacements(at)).some((p) => p?.parentId === parent.id);
    if (!ownParent)
      throw forbidden(
        `unit "${parent.code}" is outside what you may see on ${at}, and not the parent of your own unit`,
      );
    return this.peerGrants(
      children,
      await this.covers(
        children.map((child) => child.id),
        at,
      ),
      true,
      at,
      filter,
    );
  }

  /**
   * Ranked peers' grants for their scorecard totals (RULES.md §5): a scorecard item may measure a split
   * figure (the timely rate of regulator referrals), which a ranking of a peer's values may not show.
   * A SCORE grant is measured for the total and rank only; no item of it is shown, no record read.
   */
  scored(grants: readonly Grant[]): Grant[] {
    return grants.map((grant) => (grant.access === 'PEER' ? make(grant.unitId, grant.at, 'SCORE') : grant));
  }

  private peerGrants(units: readonly UnitRef[], covered: boolean[], peers: boolean, at: string, filter: SplitFilter) {
    // a loop, not flatMap: a county ranking's 2,520 units would each make an array of one
    const grants: Grant[] = [];
    units.forEach((unit, i) => {
      if (covered[i]) grants.push(make(unit.id, at, 'FULL'));
      else if (peers) grants.push(make(unit.id, at, 'PEER'));
    });
    checkMeasurable(grants, filter);
    return grants;
  }

  private ownPlacements(at: string) {
    return Promise.all([...this.bound].map((id) => this.tree.placement(id, at)));
  }
}
