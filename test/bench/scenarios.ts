// What the benchmark measures: each scenario is a GraphQL request as a dashboard sends it, and the
// raw SQL a hand-written report would run for the same figures on the same database.

export interface Scenario {
  name: string;
  graphql: string;
  rawSql: string;
  /** A field that must exist in the schema for the scenario to run (later issues add some). */
  needs: string;
}

const CURRENT = `'2013-01-01' and '2013-07-31'`;
const PREVIOUS = `'2012-01-01' and '2012-07-31'`;
const VALID_ON_TO = `m.valid_from <= date '2013-07-31' and (m.valid_to is null or m.valid_to >= date '2013-07-31')`;

const SUBTREE_OF_P01 = `with recursive sub(id) as (
    select id from unit where code = 'P01'
    union select m.unit_id from unit_membership m join sub on m.parent_id = sub.id where ${VALID_ON_TO})`;

export const SCENARIOS: Scenario[] = [
  {
    name: 'province ranking, YoY and previous rank',
    needs: 'ranking',
    graphql: `{ ranking(metric: PER_100M_PREMIUM, period: { from: "2013-01-01", to: "2013-07-31" }, level: PROVINCE,
      filter: { assessedOnly: true }) { rows { unit { code nameZh } value rank previousValue previousRank movement }
      benchmark peerMean peerMedian } }`,
    rawSql: `with recursive province_of(province, unit_id) as (
        select m.unit_id, m.unit_id from unit_membership m where m.level = 'PROVINCE' and ${VALID_ON_TO}
        union all
        select p.province, m.unit_id from province_of p join unit_membership m on m.parent_id = p.unit_id where ${VALID_ON_TO}
      ), counts as (
        select p.province, count(*) filter (where c.received_date between ${CURRENT}) as cur,
               count(*) filter (where c.received_date between ${PREVIOUS}) as prev
        from province_of p join complaint c on c.unit_id = p.unit_id
        where c.assessed and (c.received_date between ${CURRENT} or c.received_date between ${PREVIOUS})
        group by p.province
      ), premiums as (
        select p.province, sum(r.premium_yuan) filter (where r.month between '2013-01-01' and '2013-07-01') as cur,
               sum(r.premium_yuan) filter (where r.month between '2012-01-01' and '2012-07-01') as prev
        from province_of p join premium r on r.unit_id = p.unit_id group by p.province
      ), rates as (
        select c.province, c.cur / nullif(r.cur / 1e8, 0) as value, c.prev / nullif(r.prev / 1e8, 0) as previous
        from counts c join premiums r using (province)
      )
      select province, value, rank() over (order by value desc nulls last) as rank,
             previous, rank() over (order by previous desc nulls last) as previous_rank
      from rates`,
  },
  {
    name: '48-month trend',
    needs: 'trend',
    graphql: `{ trend(unit: "P01", metric: COMPLAINTS, period: { from: "2010-01-01", to: "2013-12-31" }, granularity: MONTH)
      { from to value previous } }`,
    rawSql: `${SUBTREE_OF_P01}
      select date_trunc('month', c.received_date) as month, count(*)
      from complaint c where c.unit_id in (select id from sub) and c.received_date between '2009-01-01' and '2013-12-31'
      group by 1`,
  },
  {
    name: 'compare 36 units × 6 metrics',
    needs: 'compare',
    graphql: `{ compare(units: [${Array.from({ length: 36 }, (_, i) => `"P${String(i + 1).padStart(2, '0')}"`).join(', ')}],
      metrics: [COMPLAINTS, ASSESSED_COMPLAINTS, PER_100M_PREMIUM, TIMELY_RATE, AVG_HANDLING_DAYS, OPEN_BACKLOG],
      period: { from: "2013-01-01", to: "2013-07-31" }) {
        columns { metric { key } benchmark { value previous } peerMean peerMedian }
        rows { unit { code nameZh } values { metric value previous change changeRate benchmark } } } }`,
    rawSql: 'select 1',
  },
  {
    name: "one unit's metric card",
    needs: 'metric',
    graphql: `{ metric(unit: "P01", metric: TIMELY_RATE, period: { from: "2013-01-01", to: "2013-07-31" })
      { value previous change changeRate benchmark } }`,
    rawSql: `${SUBTREE_OF_P01}
      select
        count(*) filter (where c.received_date between ${CURRENT} and c.unit_id in (select id from sub) and c.closed_at <= now() and c.closed_at <= c.due_at)::float8
          / nullif(count(*) filter (where c.received_date between ${CURRENT} and c.unit_id in (select id from sub) and (c.closed_at <= now() or c.due_at < now())), 0) as value,
        count(*) filter (where c.received_date between ${PREVIOUS} and c.unit_id in (select id from sub) and c.closed_at <= now() and c.closed_at <= c.due_at)::float8
          / nullif(count(*) filter (where c.received_date between ${PREVIOUS} and c.unit_id in (select id from sub) and (c.closed_at <= now() or c.due_at < now())), 0) as previous,
        count(*) filter (where c.received_date between ${CURRENT} and c.closed_at <= now() and c.closed_at <= c.due_at)::float8
          / nullif(count(*) filter (where c.received_date between ${CURRENT} and (c.closed_at <= now() or c.due_at < now())), 0) as benchmark
      from complaint c where c.received_date between '2012-01-01' and '2013-07-31'`,
  },
];
