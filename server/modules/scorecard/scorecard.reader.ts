import type { IncidentKind } from '../../../db/domain.js';
import type { Db } from '../../../db/sql.js';
import { badInput } from '../../errors.js';
import type { Period } from '../../kernel/shanghai-time.js';
import type { Transact } from '../../kernel/transact.js';
import { appendAudit, authorId, type Grant, type Scope } from '../access/index.js';
import type { ScorecardRuleSetInput } from './rule-set.input.js';
import { saveRuleSet } from './save-rule-set.use-case.js';
import type { RuleSet } from './scorecard.rule-set.js';
import {
  incidentCounts,
  manualPoints,
  ruleSetRows,
  upsertManualPoint,
  type ManualPoint,
} from './scorecard.repository.js';

export interface ScorecardReaderDeps {
  db: Db;
  transact: Transact;
  scope: Scope;
  /** The client's address for the audit log (null from the command line). */
  address: string | null;
}

/**
 * The scorecard's own data for the request: rule sets, and MANUAL points and incidents of granted
 * subtrees only (a grant is the scope's permission; a SCORE grant's values feed a total, never an item shown).
 */
export class ScorecardReader {
  private all: Promise<RuleSet[]> | null = null;

  constructor(private readonly deps: ScorecardReaderDeps) {}

  /** Every rule set version, drafts included, newest first. */
  ruleSets(): Promise<RuleSet[]> {
    this.all ??= ruleSetRows(this.deps.db);
    return this.all;
  }

  /** The published rule set whose dates hold the whole period (its newest version), or null. */
  async ruleSetCovering(period: Period): Promise<RuleSet | null> {
    // Listed newest range and version first: the first that holds the period.
    const covering = (await this.ruleSets()).find(
      (set) => set.status === 'PUBLISHED' && set.effectiveFrom <= period.from && period.to <= set.effectiveTo,
    );
    return covering ?? null;
  }

  /** As ruleSetCovering, BAD_USER_INPUT when none does (RULES.md §5: a score lies in one rule set's range). */
  async ruleSetFor(period: Period): Promise<RuleSet> {
    const found = await this.ruleSetCovering(period);
    if (!found)
      throw badInput(
        `no published scorecard rule set covers ${period.from}..${period.to}: a score lies within one rule set's dates`,
      );
    return found;
  }

  /** Saves a rule set (HQ_ADMIN): a new version, or a version no submitted report used replaced in place. */
  saveRuleSet(input: ScorecardRuleSetInput): Promise<RuleSet> {
    this.all = null;
    return saveRuleSet(this.deps, input);
  }

  manualPoints(ruleSet: RuleSet, grants: readonly Grant[], period: Period): Promise<ManualPoint[]> {
    return manualPoints(
      this.deps.db,
      ruleSet,
      grants.map((grant) => grant.unitId),
      period,
    );
  }

  /** Incidents per kind in each granted subtree (all on one tree date), dated in the period. */
  incidents(grants: readonly Grant[], period: Period): Promise<Map<number, Partial<Record<IncidentKind, number>>>> {
    if (grants.length === 0) return Promise.resolve(new Map<number, Partial<Record<IncidentKind, number>>>());
    return incidentCounts(
      this.deps.db,
      grants.map((grant) => grant.unitId),
      grants[0].at,
      period,
    );
  }

  /** Enters a unit's MANUAL points (a FULL grant: headquarters'), with the audit log's line in the same transaction. */
  async enterManual(
    ruleSet: RuleSet,
    grant: Grant,
    unitCode: string,
    period: Period,
    item: { code: string; points: number; note: string },
  ): Promise<ManualPoint> {
    const viewer = this.deps.scope.requireViewer();
    return this.deps.transact(async (db) => {
      const entered = await upsertManualPoint(db, {
        ruleSet,
        unitId: grant.unitId,
        period,
        itemCode: item.code,
        points: item.points,
        note: item.note,
        enteredById: authorId(viewer),
        enteredByName: viewer.username,
      });
      await appendAudit(db, {
        action: 'SCORECARD_POINTS_ENTERED',
        actor: viewer.username,
        address: this.deps.address,
        subject: unitCode,
        detail: {
          ruleSet: ruleSet.code,
          version: ruleSet.version,
          from: period.from,
          to: period.to,
          item: item.code,
          points: item.points,
          note: item.note,
        },
      });
      return entered;
    });
  }
}
