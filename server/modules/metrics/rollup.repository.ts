import { sql, type RawBuilder } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import { matches, type MeasureFilter, type MeasureRequest } from './measure.repository.js';
import { NO_MEASURES, type MeasureGroup, type Measures } from './metric-registry.js';

// The base measures read from the rollups (db/migrations/…_rollups.ts): the same figures as
// measure() computes from the records, in one statement for many scopes, reading per scope a few
// rollup rows plus the records that the rollups cannot answer alone:
//   - the days of the period outside its full months (the rollups are monthly);
//   - the units by which the subtree at the hierarchy date differs from the reference tree;
//   - the complaints that `asOf` sees differently from "every closure counted" (closed after asOf,
//     or open and not yet due at asOf): none, for a period in the past and asOf now;
//   - for stocks at T, the events of T's month up to T.
// A test checks it against measure() on many scopes.

/** The rollups hold no channel, line or category: a filter on any of them is measured from the records. */
export function rollupsServe(filter: MeasureFilter): boolean {
  return !filter.channels?.length && !filter.lines?.length && !filter.categories?.length;
}

/** A complaint's unit `unit` is in the subtree of request `r` at its date (reference tree, corrected). */
const inSubtree = (unit: RawBuilder<unknown>) => sql`(
  (exists (select 1 from unit_closure k where k.ancestor_id = r.root_id and k.unit_id = ${unit})
    and not exists (select 1 from unit_closure_delta d where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id
      and d.unit_id = ${unit}))
  or exists (select 1 from unit_closure_delta d where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id
      and d.unit_id = ${unit} and d.sign = 1))`;

/** The units of request r's subtree at its date that the reference tree has not (+1) or has besides (−1). */
const delta = sql`unit_closure_delta d on d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id`;

const assessedOnly = (filter: MeasureFilter) => (filter.assessedOnly ? sql`and x.assessed` : sql``);

// Flows of complaints received in the period, with every closure counted (asOf = ∞) …
const FLOW_OF_ROWS = sql`sum(s.sign) as complaints, coalesce(sum(s.sign) filter (where s.assessed), 0) as assessed,
  coalesce(sum(s.sign) filter (where s.escalated), 0) as escalated,
  coalesce(sum(s.sign) filter (where s.closed_at is not null), 0) as closed,
  coalesce(sum(s.sign * extract(epoch from s.closed_at - s.received_at)), 0) as handling, sum(s.sign) as due,
  coalesce(sum(s.sign) filter (where s.closed_at <= s.due_at), 0) as timely,
  sum(s.sign * s.followups) as followups, sum(s.sign * s.satisfied_followups) as satisfied`;
const ROW = sql`c.received_at, c.assessed, c.escalated, c.closed_at, c.due_at, c.followups, c.satisfied_followups`;

const flowParts = (filter: MeasureFilter) => sql`
  edge(i, from_d, to_d) as (
    select i, from_d, to_d from req where fm >= fe
    union all select i, from_d, fm - 1 from req where fm < fe and from_d < fm
    union all select i, fe, to_d from req where fm < fe and fe <= to_d
  ),
  -- … then corrected, for complaints an earlier asOf sees open or not yet due, to what asOf knows.
  volatile as (
    select c.* from complaint c where c.closed_at > (select min(as_of) from req)
    union all
    select c.* from complaint c where c.closed_at is null and c.due_at >= (select min(as_of) from req)
  ),
  flow_part as (
    select r.i, sum(x.complaints) as complaints, coalesce(sum(x.complaints) filter (where x.assessed), 0) as assessed,
      sum(x.escalated) as escalated, sum(x.closed) as closed, sum(x.handling_seconds) as handling,
      sum(x.complaints) as due, sum(x.timely) as timely, sum(x.followups) as followups, sum(x.satisfied) as satisfied
    from req r join complaint_rollup x on x.ancestor_id = r.root_id and x.month >= r.fm and x.month < r.fe ${assessedOnly(filter)}
    group by r.i
    union all
    select s.i, ${FLOW_OF_ROWS} from (
      select e.i, 1 as sign, ${ROW} from edge e join req r on r.i = e.i
        join complaint c on c.received_date between e.from_d and e.to_d and ${matches(filter)} and ${inSubtree(sql`c.unit_id`)}
      union all
      select r.i, d.sign, ${ROW} from req r join ${delta}
        join complaint c on c.unit_id = d.unit_id and c.received_date >= r.fm and c.received_date < r.fe and ${matches(filter)}
    ) s group by s.i
    union all
    select r.i, 0, 0, 0,
      sum(a.closed - f.closed), sum((a.closed - f.closed) * coalesce(extract(epoch from c.closed_at - c.received_at), 0)),
      sum(a.due - 1), sum(a.timely - f.timely), 0, 0
    from req r join volatile c on c.received_date between r.from_d and r.to_d and ${matches(filter)} and ${inSubtree(sql`c.unit_id`)}
      cross join lateral (select (c.closed_at is not null)::int as closed, coalesce(c.closed_at <= c.due_at, false)::int as timely) f
      cross join lateral (select coalesce(c.closed_at <= r.as_of, false)::int as closed,
        (coalesce(c.closed_at <= r.as_of, false) or c.due_at < r.as_of)::int as due,
        coalesce(c.closed_at <= r.as_of and c.closed_at <= c.due_at, false)::int as timely) a
    group by r.i
  ),
  m_flow as (
    select i, sum(complaints) as complaints, sum(assessed) as assessed, sum(escalated) as escalated, sum(closed) as closed,
      sum(handling) as handling, sum(due) as due, sum(timely) as timely, sum(followups) as followups, sum(satisfied) as satisfied
    from flow_part group by i
  )`;

// A stock at T: the events of the months before T's month (ws = its first instant) from the rollups,
// the events from ws to T from the records; for the units of the delta, the events before ws.
const stockParts = (filter: MeasureFilter) => sql`
  stock_part as (
    select r.i, sum(x.complaints - x.closed_events) as open_backlog, sum(x.due_events - x.due_closed_events) as overdue_open
    from req r join complaint_rollup x on x.ancestor_id = r.root_id and x.month < r.m0 ${assessedOnly(filter)}
    group by r.i
    union all
    select r.i, count(*) filter (where c.received_at between r.ws and r.t) - count(*) filter (where c.closed_at between r.ws and r.t),
      count(*) filter (where c.due_at + interval '1 microsecond' between r.ws and r.t)
        - count(*) filter (where c.closed_at is not null
          and greatest(c.due_at + interval '1 microsecond', c.closed_at) between r.ws and r.t)
    from req r join complaint c on r.ws <= r.t and (c.received_at between r.ws and r.t or c.closed_at between r.ws and r.t
        or c.due_at between r.ws - interval '1 microsecond' and r.t - interval '1 microsecond')
      and ${matches(filter)} and ${inSubtree(sql`c.unit_id`)}
    group by r.i
    union all
    select r.i, coalesce(sum(d.sign) filter (where c.closed_at is null or c.closed_at >= r.ws), 0),
      coalesce(sum(d.sign) filter (where c.due_at + interval '1 microsecond' < r.ws and (c.closed_at is null or c.closed_at >= r.ws)), 0)
    from req r join ${delta} join complaint c on c.unit_id = d.unit_id and c.received_at < r.ws and ${matches(filter)}
    group by r.i
  ),
  m_stock as (select i, sum(open_backlog) as open_backlog, sum(overdue_open) as overdue_open from stock_part group by i)`;

// A month partly inside the period counts for the days of it inside, over the days of the month.
const PREMIUM_PARTS = sql`
  premium_month as (
    select r.i, m::date as month,
      (least((m + interval '1 month')::date - 1, r.to_d) - greatest(m::date, r.from_d) + 1)::numeric
        / ((m + interval '1 month')::date - m::date) as f
    from req r cross join lateral generate_series(date_trunc('month', r.from_d), date_trunc('month', r.to_d), interval '1 month') m
  ),
  m_premium as (
    select i, sum(premium_yuan) as premium_yuan, sum(policies) as policies from (
      select pm.i, x.premium_yuan * pm.f as premium_yuan, x.policies * pm.f as policies
      from premium_month pm join req r on r.i = pm.i join premium_rollup x on x.ancestor_id = r.root_id and x.month = pm.month
      union all
      select pm.i, d.sign * p.premium_yuan * pm.f, d.sign * p.policies * pm.f
      from premium_month pm join req r on r.i = pm.i join ${delta} join premium p on p.unit_id = d.unit_id and p.month = pm.month
    ) parts group by i
  )`;

const COLUMNS = {
  flow: sql`, coalesce(m_flow.complaints, 0)::float8 as complaints, coalesce(m_flow.assessed, 0)::float8 as assessed,
    coalesce(m_flow.escalated, 0)::float8 as escalated, coalesce(m_flow.closed, 0)::float8 as closed,
    coalesce(m_flow.handling, 0)::float8 as "handlingSeconds", coalesce(m_flow.due, 0)::float8 as due,
    coalesce(m_flow.timely, 0)::float8 as timely, coalesce(m_flow.followups, 0)::float8 as followups,
    coalesce(m_flow.satisfied, 0)::float8 as satisfied`,
  stock: sql`, coalesce(m_stock.open_backlog, 0)::float8 as "openBacklog", coalesce(m_stock.overdue_open, 0)::float8 as "overdueOpen"`,
  premium: sql`, coalesce(m_premium.premium_yuan, 0)::float8 as "premiumYuan", coalesce(m_premium.policies, 0)::float8 as policies`,
};

/**
 * The base measures of many scopes in ONE statement, from the rollups; only for a filter the
 * rollups serve (`rollupsServe`). Results are in request order.
 */
export async function measureFromRollups(
  db: Db,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter,
  groups: readonly MeasureGroup[],
): Promise<Measures[]> {
  if (requests.length === 0) return [];
  // Follow-ups come with the flows: the same rollup rows hold them.
  const parts = [...new Set(groups.map((g) => (g === 'followups' ? 'flow' : g)))];
  const ctes = { flow: flowParts(filter), stock: stockParts(filter), premium: PREMIUM_PARTS };
  const found = await rows(
    db,
    sql<Measures & { i: number }>`with req as (
        select q.*, (q.m0::timestamp at time zone 'Asia/Shanghai') as ws from (
          select q.i, q.root_id, q.from_d, q.to_d, q.as_of, t.t,
            (select e.id from unit_tree_epoch e where q.at between e.valid_from and e.valid_to) as epoch_id,
            -- the full months [fm, fe) of the period, and the first month not wholly before T
            case when extract(day from q.from_d) = 1 then q.from_d else (date_trunc('month', q.from_d) + interval '1 month')::date end as fm,
            date_trunc('month', q.to_d + 1)::date as fe,
            date_trunc('month', (t.t + interval '1 microsecond') at time zone 'Asia/Shanghai')::date as m0
          from unnest(${requests.map((_, i) => i)}::int[], ${requests.map((r) => r.rootId)}::int[],
            ${requests.map((r) => r.at)}::date[], ${requests.map((r) => r.from)}::date[],
            ${requests.map((r) => r.to)}::date[], ${requests.map((r) => r.asOf.toISOString())}::timestamptz[])
            as q(i, root_id, at, from_d, to_d, as_of)
          -- T: the last instant of \`to\` in Shanghai, or asOf when earlier
          cross join lateral (select least(q.as_of, ((q.to_d + 1)::timestamp at time zone 'Asia/Shanghai')
            - interval '1 microsecond') as t) t
        ) q
      ), ${sql.join(parts.map((part) => ctes[part]), sql`, `)}
      select req.i ${sql.join(parts.map((part) => COLUMNS[part]), sql` `)}
      from req ${sql.join(parts.map((part) => sql`left join ${sql.raw(`m_${part}`)} on ${sql.raw(`m_${part}`)}.i = req.i`), sql` `)}
      order by req.i`,
  );
  return found.map(({ i: _, ...measures }) => ({ ...NO_MEASURES, ...measures }));
}
