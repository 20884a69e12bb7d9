import type { Comparison, UnitLevel } from '../../../db/domain.js';
import type { Period } from '../../kernel/shanghai-time.js';
import type { Scope } from '../access/index.js';
import { periodsToMeasure, type MeasureFilter, type MetricKey, type MetricReader } from '../metrics/index.js';
import type { Unit, UnitReader } from '../units/index.js';
import { mean, median, rankRows, type RankedRow, type SortOrder } from './ranking.service.js';

// "Rank these peers on this metric": the ranking query and a report's ranking section both ask here.

export interface RankPeersReaders {
  scope: Scope;
  units: UnitReader;
  metrics: MetricReader;
}

export interface RankPeersQuestion {
  metric: MetricKey;
  /** Checked; its `to` is the hierarchy date of both periods (like-for-like). */
  period: Period;
  /** The units of a level, or a parent's children, on the period's `to`. */
  peers: { level: UnitLevel } | { parent: string };
  filter?: MeasureFilter;
  order: SortOrder;
  comparison: Comparison;
  asOf: Date;
}

export interface PeerRanking {
  /** Best first, the unranked last; a peer the scope shows by name only is a unit seen by name. */
  rows: RankedRow<Unit>[];
  /** The company-wide benchmark: HQ's subtree, pooled. */
  benchmark: number | null;
  peerMean: number | null;
  peerMedian: number | null;
  /** The caller's own units pooled (null for headquarters), measured only when asked for. */
  scopeTotalOf: () => Promise<number | null>;
}

/**
 * The peers as the scope lets the caller see them (a branch: its peers' names and ranked values),
 * ranked on the metric of the period and of its comparison period, with the benchmark, mean and
 * median. One call to the metric reader, so the loader measures every scope in one statement.
 */
export async function rankPeers(readers: RankPeersReaders, question: RankPeersQuestion): Promise<PeerRanking> {
  const { metric, filter, asOf } = question;
  const { current, previous } = periodsToMeasure(question.period, question.comparison, 'PERIOD_END');
  const [peers, hq] = await Promise.all([
    readers.units.peers(current.at, question.peers, filter),
    readers.units.benchmark(current.at),
  ]);
  // A metric relative to peers (COMPLAINT_INDEX) is measured against the ranking's own peer set.
  const set = peers.map(({ grant }) => grant);
  const requests = [
    { ...current, asOf, grant: hq, peers: set },
    ...peers.map(({ grant }) => ({ ...current, asOf, grant, peers: set })),
  ];
  if (previous) requests.push(...peers.map(({ grant }) => ({ ...previous, asOf, grant, peers: set })));
  const [benchmark, ...values] = await readers.metrics.values(metric, requests, filter);
  const now = values.slice(0, peers.length);
  const before = previous ? values.slice(peers.length) : peers.map(() => null);
  const scopeTotalOf = async () => {
    const own = await readers.scope.ownGrants(current.at);
    return (
      own &&
      readers.metrics.pooled(
        metric,
        own.map((grant) => ({ ...current, asOf, grant, peers: set })),
        filter,
      )
    );
  };
  return {
    rows: rankRows(
      peers.map(({ unit }) => unit),
      now,
      before,
      question.order,
    ),
    benchmark,
    peerMean: mean(now),
    peerMedian: median(now),
    scopeTotalOf,
  };
}
