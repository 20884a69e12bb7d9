import type { UnitLevel } from '../../../db/domain.js';
import type { Period } from '../../kernel/shanghai-time.js';
import { yearEarlier } from '../metrics/index.js';
import type { GrantedUnit } from '../units/index.js';
import type { RuleSet } from './scorecard.rule-set.js';
import {
  rankScores,
  scoreUnits,
  type ScorecardReaders,
  type ScoreRow,
  type UnitScore,
} from './score-units.use-case.js';

// "A unit's scorecard" and "the ranking of scores": the scorecard and scorecardRanking queries ask here.

export interface UnitScorecard extends UnitScore {
  ruleSet: RuleSet;
  period: Period;
  /** The unit's total for the same dates a year earlier under that year's rule set; null when none covers them. */
  previousTotal: number | null;
  previousRuleSet: RuleSet | null;
}

/** The dates a score's `previous` is scored on: the same dates a year earlier (RULES.md §5). */
export const yearBefore = (period: Period): Period => ({ from: yearEarlier(period.from), to: yearEarlier(period.to) });

/** One unit the viewer sees in full, scored item by item, with last year's total. */
export async function unitScorecard(
  readers: ScorecardReaders,
  question: { unit: string; period: Period; asOf: Date },
): Promise<UnitScorecard> {
  const { period, asOf } = question;
  const before = yearBefore(period);
  const [ruleSet, previousRuleSet, subject] = await Promise.all([
    readers.scorecards.ruleSetFor(period),
    readers.scorecards.ruleSetCovering(before),
    readers.units.require(question.unit, period.to),
  ]);
  const [[score], previous] = await Promise.all([
    scoreUnits(readers, ruleSet, period, [subject], asOf),
    previousRuleSet &&
      readers.units
        .regrant(subject, before.to)
        .then((grant) => scoreUnits(readers, previousRuleSet, before, [{ unit: subject.unit, grant }], asOf)),
  ]);
  return { ...score, ruleSet, period, previousTotal: previous?.[0].total ?? null, previousRuleSet };
}

export interface ScorecardRanking {
  ruleSet: RuleSet;
  period: Period;
  /** The rule set last year's totals were scored under; null when none covers those dates. */
  previousRuleSet: RuleSet | null;
  rows: (ScoreRow & { previousTotal: number | null })[];
}

/**
 * The peers (the rule set's, or a level or a parent's children) scored and ranked by total. A branch's
 * ranked peers are scored on SCORE grants: their totals and ranks are shown, none of their items.
 */
export async function scorecardRanking(
  readers: ScorecardReaders,
  question: { period: Period; peers?: { level: UnitLevel } | { parent: string }; asOf: Date },
): Promise<ScorecardRanking> {
  const { period, asOf } = question;
  const before = yearBefore(period);
  const [ruleSet, previousRuleSet] = await Promise.all([
    readers.scorecards.ruleSetFor(period),
    readers.scorecards.ruleSetCovering(before),
  ]);
  const peers = question.peers ?? ruleSet.peers;
  const scoredPeers = async (at: string): Promise<GrantedUnit[]> => {
    const found = await readers.units.peers(at, peers);
    const grants = readers.scope.scored(found.map((peer) => peer.grant));
    return found.map((peer, i) => ({ unit: peer.unit, grant: grants[i] }));
  };
  const [scores, previous] = await Promise.all([
    scoredPeers(period.to).then((subjects) => scoreUnits(readers, ruleSet, period, subjects, asOf)),
    previousRuleSet &&
      scoredPeers(before.to).then((subjects) => scoreUnits(readers, previousRuleSet, before, subjects, asOf)),
  ]);
  const previousOf = new Map(previous?.map((score) => [score.subject.unit.id, score.total]));
  return {
    ruleSet,
    period,
    previousRuleSet,
    rows: rankScores(scores).map((row) => ({ ...row, previousTotal: previousOf.get(row.subject.unit.id) ?? null })),
  };
}
