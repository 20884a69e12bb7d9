import { checkMeasurable, type Grant } from '../access/index.js';
import type { MeasureFilter } from './measure.repository.js';
import type { createMetricLoaders } from './metric.loaders.js';
import { NO_MEASURES, type Measures } from './measure-catalog.repository.js';
import { METRICS, type MetricKey } from './metric-registry.js';
import { compare, type Compared, type MeasuredPeriod } from './metric.service.js';

/** A scope to measure: a subtree as the scope granted it (the grant fixes the tree's date), a period, asOf. */
export interface GrantedMeasure {
  grant: Grant;
  from: string;
  to: string;
  asOf: Date;
  /** A metric relative to peers (COMPLAINT_INDEX) is measured against these: a ranking's own peers; by default `peersOf`. */
  peers?: readonly Grant[];
}

/** The peers of a granted unit outside a ranking: the units at its level on the grant's date, as the scope grants them. */
export type PeersOf = (grant: Grant) => Promise<readonly Grant[]>;

/** A unit measured on a current period and its comparison period, each on the tree its grant names. */
export interface Subject {
  current: Grant;
  previous: Grant;
}

/**
 * Metrics of granted subtrees only: every figure of rankings, trends, comparisons and single values
 * comes through here, from the request's loader (one statement for every scope asked for in the
 * same tick with the same filter), then the registry's pure computation.
 */
export function createMetricReader(loaders: ReturnType<typeof createMetricLoaders>, peersOf: PeersOf) {
  /** The base measures a metric needs, of many scopes, in request order. */
  async function measuresOf(
    key: MetricKey,
    requests: readonly GrantedMeasure[],
    filter: MeasureFilter,
  ): Promise<Measures[]> {
    checkMeasurable(
      requests.map((request) => request.grant),
      filter,
    );
    // one ask for all of them: the loader's batch then holds this query's scopes as one key
    const groups = METRICS[key].needs;
    return loaders.measures.load({
      requests: requests.map(({ grant, from, to, asOf }) => ({ rootId: grant.unitId, at: grant.at, from, to, asOf })),
      filter,
      groups,
    });
  }

  /** One metric for many scopes, in request order. */
  async function values(
    key: MetricKey,
    requests: readonly GrantedMeasure[],
    filter: MeasureFilter = {},
  ): Promise<(number | null)[]> {
    const { amongPeers, compute } = METRICS[key];
    if (!amongPeers) return (await measuresOf(key, requests, filter)).map(compute);
    const peers = await peersOfEach(requests);
    // Each peer set is measured and pooled once for each period and asOf it is asked for, however many
    // requests share it (a ranking's every peer shares the ranking's set; a level's units, the level's):
    // pooled request by request, a county ranking of 2,520 held the event loop for 14 s and 2 GB, its
    // 5,041 scopes times 2,520 peers each.
    const pools: GrantedMeasure[][] = [];
    const poolOf: number[] = [];
    const poolsBySet = new Map<readonly Grant[], Map<string, number>>();
    requests.forEach((request, i) => {
      let byPeriod = poolsBySet.get(peers[i]);
      if (!byPeriod) poolsBySet.set(peers[i], (byPeriod = new Map<string, number>()));
      // the peers' own grants name their tree: the pool is theirs over this period at this asOf
      const period = `${request.from}|${request.to}|${request.asOf.getTime()}`;
      let pool = byPeriod.get(period);
      if (pool === undefined) {
        byPeriod.set(period, (pool = pools.length));
        pools.push(peers[i].map((grant) => ({ ...request, grant })));
      }
      poolOf.push(pool);
    });
    // the scopes and every pool's peers in one call, so the loader measures them in one statement
    const measured = await measuresOf(key, [...requests, ...pools.flat()], filter);
    let next = requests.length;
    const pooled = pools.map((pool) => sum(measured.slice(next, (next += pool.length))));
    return requests.map((_, i) => amongPeers(measured[i], pooled[poolOf[i]]));
  }

  /** Each request's peers: its own, or the units at its unit's level on its date. */
  function peersOfEach(requests: readonly GrantedMeasure[]): Promise<(readonly Grant[])[]> {
    return Promise.all(requests.map(async (request) => request.peers ?? peersOf(request.grant)));
  }

  /**
   * One metric of disjoint subtrees pooled (a regulator's jurisdiction): their base measures added,
   * then the registry's computation, as the company-wide benchmark pools HQ's subtree.
   */
  async function pooled(
    key: MetricKey,
    requests: readonly GrantedMeasure[],
    filter: MeasureFilter = {},
  ): Promise<number | null> {
    const { amongPeers, compute } = METRICS[key];
    if (!amongPeers || requests.length === 0) return compute(sum(await measuresOf(key, requests, filter)));
    // disjoint subtrees of one level, pooled, against the first one's peers
    const [peers] = await peersOfEach(requests.slice(0, 1));
    const measured = await measuresOf(key, [...requests, ...peers.map((grant) => ({ ...requests[0], grant }))], filter);
    return amongPeers(sum(measured.slice(0, requests.length)), sum(measured.slice(requests.length)));
  }

  /**
   * One metric of each subject on the current period and its comparison period (see periodsToMeasure),
   * compared, in order. It asks the loader at once, so calls made together share a statement.
   */
  async function compared(
    key: MetricKey,
    subjects: readonly Subject[],
    periods: { current: MeasuredPeriod; previous: MeasuredPeriod | null },
    asOf: Date,
    filter: MeasureFilter = {},
  ): Promise<Compared[]> {
    const { current, previous } = periods;
    const scopes = (period: MeasuredPeriod, grant: (subject: Subject) => Grant) =>
      subjects.map((subject) => ({ grant: onTree(grant(subject), period.at), from: period.from, to: period.to, asOf }));
    const found = await values(
      key,
      [...scopes(current, (s) => s.current), ...(previous ? scopes(previous, (s) => s.previous) : [])],
      filter,
    );
    return subjects.map((_, i) => compare(found[i], previous ? found[subjects.length + i] : null));
  }

  return { values, compared, pooled };
}

export type MetricReader = ReturnType<typeof createMetricReader>;

/** Base measures added up (one of a group not asked for, absent, as zero). */
function sum(list: readonly Partial<Measures>[]): Measures {
  const total = { ...NO_MEASURES };
  for (const measures of list) {
    for (const field of Object.keys(total) as (keyof Measures)[]) total[field] += measures[field] ?? 0;
  }
  return total;
}

/** A grant is for the tree of one date; measuring another would be a programming error, not a user's. */
function onTree(grant: Grant, at: string): Grant {
  if (grant.at !== at) throw new Error(`a grant on the tree of ${grant.at} cannot measure the tree of ${at}`);
  return grant;
}
