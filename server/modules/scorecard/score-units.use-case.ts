import { yearEarlier } from '../metrics/index.js';
import type { Period } from '../../kernel/shanghai-time.js';
import type { Scope } from '../access/index.js';
import type { MetricReader } from '../metrics/index.js';
import { rankPeers } from '../rankings/index.js';
import type { GrantedUnit, UnitReader } from '../units/index.js';
import type { ScorecardReader } from './scorecard.reader.js';
import { itemFilter, scoreItemOf, type RuleItem, type RuleSet } from './scorecard.rule-set.js';
import { bestFirstRank, rankTotals, roundHalfAway, scoreItem, totalOf, type ItemInput } from './scorecard.rules.js';

// "Score these units under the rule set in force": a unit's scorecard, item by item, and the ranking of
// its peers' totals. Every value comes through the metric reader (rankPeers for a RANK item's peers).

export interface ScorecardReaders {
  scope: Scope;
  units: UnitReader;
  metrics: MetricReader;
  scorecards: ScorecardReader;
}

/** One item of a unit's score, with what explains it (RULES.md §5). */
export interface ExplainedItem {
  item: RuleItem;
  /** The value scored: the metric's, its change rate, the entered points or the incidents (4 decimals). */
  value: number | null;
  /** A CHANGE_RATE item's metric on the period and a year earlier. */
  current: number | null;
  previous: number | null;
  /** A RANK item's metric value and its rank best first among `rankOf` peers with a value. */
  rank: number | null;
  rankOf: number | null;
  rule: string;
  points: number;
  max: number;
  noValue: boolean;
  /** A MANUAL item's note, who entered it and when. */
  note: string | null;
  enteredBy: string | null;
  enteredAt: string | null;
}

export interface UnitScore {
  subject: GrantedUnit;
  items: ExplainedItem[];
  total: number;
  noValueCount: number;
}

const nothing = {
  current: null,
  previous: null,
  rank: null,
  rankOf: null,
  note: null,
  enteredBy: null,
  enteredAt: null,
};

/** Every subject scored under the rule set for the period: the metric questions asked together, so they share statements. */
export async function scoreUnits(
  readers: ScorecardReaders,
  ruleSet: RuleSet,
  period: Period,
  subjects: readonly GrantedUnit[],
  asOf: Date,
): Promise<UnitScore[]> {
  const grants = subjects.map((subject) => subject.grant);
  const scopes = (p: Period) => grants.map((grant) => ({ grant, from: p.from, to: p.to, asOf }));
  const previousPeriod = { from: yearEarlier(period.from), to: yearEarlier(period.to) };
  const [manual, incidents, ...perItem] = await Promise.all([
    readers.scorecards.manualPoints(ruleSet, grants, period),
    readers.scorecards.incidents(grants, period),
    ...ruleSet.items.map(async (item): Promise<Partial<ExplainedItem>[] | null> => {
      if (!item.metric) return null;
      const filter = itemFilter(item);
      if (item.kind === 'CHANGE_RATE') {
        // Both periods on the current period's tree: like-for-like, as the rankings compare.
        const found = await readers.metrics.values(item.metric, [...scopes(period), ...scopes(previousPeriod)], filter);
        return grants.map((_, i) => {
          const [current, previous] = [found[i], found[grants.length + i]];
          const value =
            current === null || previous === null || previous === 0 ? null : (current - previous) / previous;
          return { value, current, previous };
        });
      }
      if (item.kind === 'RANK') {
        const ranking = await rankPeers(readers, {
          metric: item.metric,
          period,
          peers: ruleSet.peers,
          filter,
          order: 'DESC',
          comparison: 'NONE',
          asOf,
        });
        const values = ranking.rows.map((row) => row.value);
        const better = item.better ?? 'LOWER';
        return subjects.map(({ unit }) => {
          const row = ranking.rows.find((r) => r.unit.id === unit.id);
          const { rank, of } = bestFirstRank(row?.value ?? null, values, better);
          return { value: row?.value ?? null, rank, rankOf: of };
        });
      }
      const found = await readers.metrics.values(item.metric, scopes(period), filter);
      return found.map((value) => ({ value }));
    }),
  ]);
  return subjects.map((subject, s) => {
    const items = ruleSet.items.map((item, k): ExplainedItem => {
      const measured = perItem[k]?.[s] ?? {};
      const entered = manual.find((m) => m.unitId === subject.grant.unitId && m.itemCode === item.code);
      const input: ItemInput =
        item.kind === 'MANUAL'
          ? { entered: entered?.points ?? null }
          : item.kind === 'DEDUCTION'
            ? { incidents: (item.incidentKind && incidents.get(subject.grant.unitId)?.[item.incidentKind]) ?? 0 }
            : item.kind === 'RANK'
              ? { rank: measured.rank ?? null, of: measured.rankOf ?? 0 }
              : { value: measured.value ?? null };
      const scored = scoreItem(scoreItemOf(item), input);
      const value = measured.value ?? scored.value;
      return {
        ...nothing,
        ...measured,
        item,
        value: value === null ? null : roundHalfAway(value, 4),
        rank: measured.rank ?? null,
        rule: scored.rule,
        points: scored.points,
        max: scored.max,
        noValue: scored.noValue,
        ...(entered && { note: entered.note, enteredBy: entered.enteredBy, enteredAt: entered.enteredAt }),
      };
    });
    const { total, noValue } = totalOf(
      items.map(({ item, points, max, value, rule, noValue }) => ({
        code: item.code,
        points,
        max,
        value,
        rule,
        noValue,
      })),
    );
    return { subject, items, total, noValueCount: noValue };
  });
}

export interface ScoreRow extends UnitScore {
  /** Ties share a rank (1, 2, 2, 4 — 并列). */
  rank: number;
}

/** Totals ranked descending, ties sharing a rank; best first, then in the subjects' order. */
export function rankScores(scores: readonly UnitScore[]): ScoreRow[] {
  const ranks = rankTotals(scores.map((score) => score.total));
  // Array.prototype.sort is stable: equal ranks keep the subjects' order.
  return scores.map((score, i) => ({ ...score, rank: ranks[i] })).sort((a, b) => a.rank - b.rank);
}
