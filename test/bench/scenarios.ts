// What the benchmark measures: each scenario is a GraphQL request as a dashboard sends it, and the
// raw SQL a hand-written report would run for the same figures on the same database.

export interface Scenario {
  name: string;
  /** A query with a \`$asOf: DateTime\` variable: unset (now) as a dashboard sends it, or set to force a measurement. */
  graphql: string;
  rawSql: string;
}

// The raw SQL reads the same rollups the portal reads (a hand-written report on this database would),
// on the latest tree and without the portal's corrections for other hierarchy dates and earlier asOf
// (none apply to these requests): the least work that gives the figures, so the ratio is the API's cost.
const IN_CURRENT = `x.month between date '2013-01-01' and date '2013-07-01'`;
const IN_PREVIOUS = `x.month between date '2012-01-01' and date '2012-07-01'`;
const PROVINCES_AND_HQ = `array(select m.unit_id from unit_membership m where m.level in ('PROVINCE', 'HQ')
  and m.valid_from <= date '2013-07-31' and (m.valid_to is null or m.valid_to >= date '2013-07-31'))`;
const BOTH_PERIODS = `x.month between date '2012-01-01' and date '2013-07-01'`;
const HQ = `(select id from unit where code = 'HQ')`;
const COUNTIES = `array(select m.unit_id from unit_membership m where m.level = 'COUNTY'
  and m.valid_from <= date '2013-12-31' and (m.valid_to is null or m.valid_to >= date '2013-12-31'))`;
/** A filter's figures: the rollups' slice of one dimension's value (one dimension at a time). */
const slice = (dimension: string, value: string) => `complaint_rollup_slice x
  where x.dimension = '${dimension}' and x.value = '${value}'`;
const P01 = `(select id from unit where code = 'P01')`;

/** A province ranking of complaints per 100M premium, with last year's and the benchmark, from these rows. */
const provinceRanking = (complaints: string, premiums: string) => `with counts as (
        select x.ancestor_id, sum(x.complaints) filter (where ${IN_CURRENT}) as cur, sum(x.complaints) filter (where ${IN_PREVIOUS}) as prev
        from ${complaints} and x.ancestor_id = any(${PROVINCES_AND_HQ}) and ${BOTH_PERIODS}
        group by x.ancestor_id
      ), premiums as (
        select x.ancestor_id, sum(x.premium_yuan) filter (where ${IN_CURRENT}) as cur, sum(x.premium_yuan) filter (where ${IN_PREVIOUS}) as prev
        from ${premiums} and x.ancestor_id = any(${PROVINCES_AND_HQ}) and ${BOTH_PERIODS}
        group by x.ancestor_id
      ), rates as (
        select p.ancestor_id, c.cur / nullif(p.cur / 1e8, 0) as value, c.prev / nullif(p.prev / 1e8, 0) as previous
        from premiums p left join counts c using (ancestor_id)
      )
      select u.code, u.name_zh, r.value, rank() over (order by r.value desc nulls last) as rank,
             r.previous, rank() over (order by r.previous desc nulls last) as previous_rank
      from rates r join unit u on u.id = r.ancestor_id where r.ancestor_id <> ${HQ}
      union all select 'HQ', 'benchmark', value, null, previous, null from rates where ancestor_id = ${HQ}
      union all select 'peers', 'mean and median', avg(value), null, percentile_cont(0.5) within group (order by value), null
        from rates where ancestor_id <> ${HQ}`;

export const SCENARIOS: Scenario[] = [
  {
    name: 'province ranking, YoY and previous rank',
    graphql: `query ($asOf: DateTime) { ranking(metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" },
      level: PROVINCE, filter: { assessedOnly: true }, asOf: $asOf) { rows { unit { code nameZh } value rank previousValue previousRank movement }
      benchmark peerMean peerMedian } }`,
    rawSql: provinceRanking('complaint_rollup x where x.assessed', 'premium_rollup x where true'),
  },
  {
    name: '48-month trend',
    graphql: `query ($asOf: DateTime) { trend(unit: "P01", metric: COMPLAINTS, period: { from: "2010-01-01", to: "2013-12-31" },
      granularity: MONTH, asOf: $asOf) { from to value previous } }`,
    rawSql: `select x.month, sum(x.complaints) from complaint_rollup x
      where x.ancestor_id = ${P01} and x.month between date '2009-01-01' and date '2013-12-01' group by x.month`,
  },
  {
    name: 'compare 36 units × 6 metrics',
    graphql: `query ($asOf: DateTime) { compare(units: [${Array.from({ length: 36 }, (_, i) => `"P${String(i + 1).padStart(2, '0')}"`).join(', ')}],
      metrics: [COMPLAINTS, ASSESSED_COMPLAINTS, PER_100M_PREMIUM, TIMELY_RATE, AVG_HANDLING_DAYS, OPEN_BACKLOG],
      period: { from: "2013-01-01", to: "2013-07-31" }, asOf: $asOf) {
        columns { metric { key } benchmark { value previous } peerMean peerMedian }
        rows { unit { code nameZh } values { metric value previous change changeRate benchmark } } } }`,
    // Six metrics, this period and a year earlier, for 36 provinces and HQ; the backlog at the period's end.
    rawSql: `with flows as (
        select x.ancestor_id, ${IN_CURRENT} as current, sum(x.complaints) as complaints,
          sum(x.complaints) filter (where x.assessed) as assessed, sum(x.timely)::float8 / nullif(sum(x.complaints), 0) as timely_rate,
          sum(x.handling_seconds) / 86400 / nullif(sum(x.closed), 0) as avg_days
        from complaint_rollup x where x.ancestor_id = any(${PROVINCES_AND_HQ}) and ${BOTH_PERIODS}
        group by 1, 2
      ), premiums as (
        select x.ancestor_id, ${IN_CURRENT} as current, sum(x.premium_yuan) as premium
        from premium_rollup x where x.ancestor_id = any(${PROVINCES_AND_HQ}) and ${BOTH_PERIODS}
        group by 1, 2
      ), backlog as (
        select x.ancestor_id, x.month < date '2012-08-01' as current_too, sum(x.complaints - x.closed_events) as open
        from complaint_rollup x where x.ancestor_id = any(${PROVINCES_AND_HQ}) and x.month < date '2013-08-01'
        group by 1, 2
      )
      select f.ancestor_id, f.current, f.complaints, f.assessed, f.complaints / nullif(p.premium / 1e8, 0) as per_100m,
        f.timely_rate, f.avg_days,
        (select sum(b.open) from backlog b where b.ancestor_id = f.ancestor_id and (b.current_too or f.current)) as open_backlog
      from flows f join premiums p using (ancestor_id, current)`,
  },
  {
    name: "one unit's metric card",
    graphql: `query ($asOf: DateTime) { metric(unit: "P01", metric: TIMELY_RATE, period: { from: "2013-01-01", to: "2013-07-31" },
      asOf: $asOf) { value previous change changeRate benchmark } }`,
    rawSql: `select x.ancestor_id, ${IN_CURRENT} as current, sum(x.timely)::float8 / nullif(sum(x.complaints), 0) as timely_rate
      from complaint_rollup x where x.ancestor_id in (${P01}, ${HQ}) and ${BOTH_PERIODS}
      group by 1, 2`,
  },
  // Filtered, one dimension each: a line (its premium too), a channel over a level of 2,500 counties, a category.
  {
    name: 'province ranking, line AUTO',
    graphql: `query ($asOf: DateTime) { ranking(metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" },
      level: PROVINCE, filter: { lines: [AUTO] }, asOf: $asOf) { rows { unit { code nameZh } value rank previousValue previousRank movement }
      benchmark peerMean peerMedian } }`,
    rawSql: provinceRanking(slice('line', 'AUTO'), "premium_rollup x where x.line = 'AUTO'"),
  },
  {
    name: 'county ranking for a year, channel ONLINE',
    graphql: `query ($asOf: DateTime) { ranking(metric: COMPLAINTS, period: { from: "2013-01-01", to: "2013-12-31" },
      level: COUNTY, filter: { channels: [ONLINE] }, asOf: $asOf) { rows { unit { code nameZh } value rank previousValue previousRank movement }
      benchmark peerMean peerMedian } }`,
    rawSql: `with counts as (
        select x.ancestor_id, sum(x.complaints) filter (where x.month >= date '2013-01-01') as value,
          sum(x.complaints) filter (where x.month < date '2013-01-01') as previous
        from ${slice('channel', 'ONLINE')}
          and x.ancestor_id = any(${COUNTIES} || ${HQ}) and x.month between date '2012-01-01' and date '2013-12-01'
        group by x.ancestor_id
      )
      select u.code, u.name_zh, c.value, rank() over (order by c.value desc nulls last) as rank,
             c.previous, rank() over (order by c.previous desc nulls last) as previous_rank
      from counts c join unit u on u.id = c.ancestor_id where c.ancestor_id <> ${HQ}
      union all select 'peers', 'mean and median', avg(value), null, percentile_cont(0.5) within group (order by value), null
        from counts where ancestor_id <> ${HQ}`,
  },
  {
    name: '48-month trend, category CLAIMS',
    graphql: `query ($asOf: DateTime) { trend(unit: "P01", metric: COMPLAINTS, period: { from: "2010-01-01", to: "2013-12-31" },
      granularity: MONTH, filter: { categories: [CLAIMS] }, asOf: $asOf) { from to value previous } }`,
    rawSql: `select x.month, sum(x.complaints) from ${slice('category', 'CLAIMS')}
      and x.ancestor_id = ${P01} and x.month between date '2009-01-01' and date '2013-12-01' group by x.month`,
  },
];
