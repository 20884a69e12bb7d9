-- The base measures of many scopes from the rollups (server/modules/metrics/rollup.repository.ts calls
-- it), for the filters the rollups serve: none, or the values of ONE of channel, line and category
-- (p_dimension, p_values: read from complaint_rollup_slice, the values summed), each with or without
-- assessed complaints only. A line filter reads its lines' premium; the others the whole premium
-- (DOMAIN.md). It is a function so that
-- PostgreSQL plans the statement once per connection (a generic plan, forced) instead of on every
-- request: planning it took about ten times as long as running it. It gives the figures the records
-- path computes (test/metrics/rollups.test.ts checks it on many scopes); its result columns are the
-- catalog's (server/modules/metrics/measure-catalog.repository.ts, `rollups.column`), which a test checks.
--
-- Per scope it reads a few rollup rows (a few per value under a filter: each value joined, so the
-- generic plan seeks it in the slice's key, where `value = any(p_values)` was a filter on every value's
-- rows), plus the records the rollups
-- cannot answer alone, those matching the filter:
-- - the days of the period outside its full months (the rollups are monthly);
-- - the units by which the subtree at the hierarchy date differs from the reference tree;
-- - the complaints that asOf sees differently from "every closure counted" (closed after asOf, or
--   open and not yet due at asOf): none, for a period in the past and asOf now;
-- - for stocks at T = least(asOf, end_of_shanghai_day(to)), the events of T's month up to T.
-- The groups not asked for are skipped at run time (one-time filters on the flags): p_flows, the measures
-- asOf can change (the flow's, follow-ups, issues); p_received, how many were received (complaints,
-- assessed), which asOf does not change, so that a period with complaints open at asOf still takes the
-- short way when only those are asked (a ranking of complaints this year).

-- Dropped first: `create or replace` cannot change the result columns, which a new measure adds to.
drop function if exists "measure_from_rollups";
create function "measure_from_rollups"(p_root_ids int[], p_ats date[], p_froms date[], p_tos date[],
    p_as_ofs timestamptz[], p_assessed_only boolean, p_dimension text, p_values text[], p_flows boolean,
    p_received boolean, p_stocks boolean, p_premiums boolean)
  returns table (i int, complaints float8, assessed float8, escalated float8, closed float8, handling_seconds float8,
    due float8, timely float8, followups float8, satisfied float8, open_backlog float8, overdue_open float8,
    premium_yuan float8, policies float8, issues float8, closed_3wd float8, closed_8w float8, upheld float8,
    decided float8)
  language plpgsql stable set plan_cache_mode = force_generic_plan set jit = off as $fn$
  #variable_conflict use_column
  begin
    -- The short way, when none of the records' parts below can add anything: no stocks asked for, every
    -- period whole months, no root's subtree at its date differing from the reference tree, and no
    -- complaint received in the periods' span that the least asOf sees open or not yet due
    -- (open_or_not_yet_due_between: the corrections' own conditions, without the filter, a superset).
    -- The rollups' months then are the figures, as the parts below would give them (the premium's
    -- shares all 1); the plan of those parts, even with nothing to do, cost a 36-province ranking more
    -- than reading the rollups.
    if not p_stocks
      and (select bool_and(q.from_d = date_trunc('month', q.from_d)::date
            and q.to_d = (date_trunc('month', q.to_d) + interval '1 month')::date - 1)
          from unnest(p_froms, p_tos) q(from_d, to_d))
      and not exists (select 1 from unnest(p_root_ids, p_ats) q(root_id, at)
          join unit_tree_epoch e on q.at between e.valid_from and e.valid_to
          join unit_closure_delta d on d.epoch_id = e.id and d.ancestor_id = q.root_id)
      and not (p_flows and open_or_not_yet_due_between((select min(f) from unnest(p_froms) f),
        (select max(t) from unnest(p_tos) t), (select min(a) from unnest(p_as_ofs) a)))
    then
      return query
      with req as (
        select q.i, q.root_id, date_trunc('month', q.from_d)::date as first_month,
          date_trunc('month', q.to_d)::date as last_month
        from unnest(p_root_ids, p_froms, p_tos) with ordinality as q(root_id, from_d, to_d, i)
      ),
      m_flow as (
        select r.i, sum(x.complaints) as complaints, coalesce(sum(x.complaints) filter (where x.assessed), 0) as assessed,
          sum(x.escalated) as escalated, sum(x.closed) as closed, sum(x.handling_seconds) as handling,
          sum(x.complaints) as due, sum(x.timely) as timely, sum(x.followups) as followups, sum(x.satisfied) as satisfied,
          sum(x.issues) as issues, sum(x.closed_3wd) as closed_3wd, sum(x.closed_8w) as closed_8w,
          sum(x.upheld) as upheld, sum(x.decided) as decided
        from req r cross join lateral (
          select x.assessed, x.complaints, x.escalated, x.closed, x.handling_seconds, x.timely, x.followups,
            x.satisfied, x.issues, x.closed_3wd, x.closed_8w, x.upheld, x.decided
          from complaint_rollup x where p_dimension is null and x.ancestor_id = r.root_id
            and x.month between r.first_month and r.last_month and (x.assessed or not p_assessed_only)
          union all
          select x.assessed, x.complaints, x.escalated, x.closed, x.handling_seconds, x.timely, x.followups,
            x.satisfied, x.issues, x.closed_3wd, x.closed_8w, x.upheld, x.decided
          from (select distinct v.value from unnest(p_values) v(value)) v
            cross join lateral (select x.* from complaint_rollup_slice x where p_dimension is not null
              and x.ancestor_id = r.root_id and x.dimension = p_dimension and x.value = v.value
              and x.month between r.first_month and r.last_month and (x.assessed or not p_assessed_only)
              offset 0) x) x
        where p_flows or p_received
        group by r.i
      ),
      m_premium as (
        select r.i, sum(x.premium_yuan) as premium_yuan, sum(x.policies) as policies
        from req r join premium_rollup x on x.ancestor_id = r.root_id and x.month between r.first_month and r.last_month
          and (p_dimension is distinct from 'line' or x.line = any(p_values))
        where p_premiums
        group by r.i
      )
      select req.i::int, coalesce(f.complaints, 0)::float8, coalesce(f.assessed, 0)::float8,
        coalesce(f.escalated, 0)::float8, coalesce(f.closed, 0)::float8, coalesce(f.handling, 0)::float8,
        coalesce(f.due, 0)::float8, coalesce(f.timely, 0)::float8, coalesce(f.followups, 0)::float8,
        coalesce(f.satisfied, 0)::float8, 0::float8, 0::float8,
        coalesce(p.premium_yuan, 0)::float8, coalesce(p.policies, 0)::float8, coalesce(f.issues, 0)::float8,
        coalesce(f.closed_3wd, 0)::float8, coalesce(f.closed_8w, 0)::float8, coalesce(f.upheld, 0)::float8,
        coalesce(f.decided, 0)::float8
      from req left join m_flow f on f.i = req.i left join m_premium p on p.i = req.i
      order by req.i;
      return;
    end if;
    return query
    -- The period's arithmetic once per distinct hierarchy date, period and asOf (k) — a ranking's
    -- scopes share two — where worked out scope by scope it was a fifth of a 36-province ranking's time.
    with shape as materialized (
      select q.*,
        -- the rollups' months [fm, fe): the whole months of the period, and a first or last month
        -- that is mostly inside it (its days outside are then subtracted, record by record)
        case when q.first_whole then q.first_month else (q.first_month + interval '1 month')::date end as fm,
        case when q.last_whole then (q.last_month + interval '1 month')::date else q.last_month end as fe,
        -- T's month from the rollups, when T is in its second half (the events after T are then
        -- subtracted), and ws..we, the span of T's month read from the records
        case when q.t_month_whole then (q.t_month + interval '1 month')::date else q.t_month end as m0,
        case when q.t_month_whole then q.t + interval '1 microsecond'
          else (q.t_month::timestamp at time zone 'Asia/Shanghai') end as ws,
        case when q.t_month_whole then ((q.t_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
          - interval '1 microsecond' else q.t end as we,
        case when q.t_month_whole then -1 else 1 end as t_sign,
        case when q.t_month_whole then (q.t_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai'
          else q.t_month::timestamp at time zone 'Asia/Shanghai' end as ms,
        -- the share of the period's first and last month a premium counts for (m_premium)
        (least((q.first_month + interval '1 month')::date - 1, q.to_d) - greatest(q.first_month, q.from_d) + 1)::numeric
          / ((q.first_month + interval '1 month')::date - q.first_month) as first_share,
        (least((q.last_month + interval '1 month')::date - 1, q.to_d) - greatest(q.last_month, q.from_d) + 1)::numeric
          / ((q.last_month + interval '1 month')::date - q.last_month) as last_share
      from (
        select q.*,
          2 * (least((q.first_month + interval '1 month')::date - 1, q.to_d) - greatest(q.first_month, q.from_d) + 1)
            > (q.first_month + interval '1 month')::date - q.first_month as first_whole,
          2 * (least((q.last_month + interval '1 month')::date - 1, q.to_d) - greatest(q.last_month, q.from_d) + 1)
            > (q.last_month + interval '1 month')::date - q.last_month as last_whole,
          2 * (q.t - (q.t_month::timestamp at time zone 'Asia/Shanghai'))
            > ((q.t_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
              - (q.t_month::timestamp at time zone 'Asia/Shanghai') as t_month_whole
        from (
          select q.k, q.at, q.from_d, q.to_d, q.as_of, t.t,
            (select e.id from unit_tree_epoch e where q.at between e.valid_from and e.valid_to) as epoch_id,
            date_trunc('month', q.from_d)::date as first_month, date_trunc('month', q.to_d)::date as last_month,
            date_trunc('month', t.t at time zone 'Asia/Shanghai')::date as t_month
          from (select q.*, row_number() over () as k
            from (select distinct q.at, q.from_d, q.to_d, q.as_of
              from unnest(p_ats, p_froms, p_tos, p_as_ofs) as q(at, from_d, to_d, as_of)) q) q
          -- T: the end of `to` in Shanghai (DOMAIN.md's 23:59:59.999), or asOf when earlier
          cross join lateral (select least(q.as_of, end_of_shanghai_day(q.to_d)) as t) t
          -- OFFSET 0 (here and below): each level's columns computed once a row; flattened, every
          -- reference to t, t_month or a *_whole above was its whole expression again (ten times the work)
          offset 0
        ) q
        offset 0
      ) q
    ),
    -- Each scope with its shape's arithmetic.
    req as materialized (
      select q.i, q.root_id, s.*
      from unnest(p_root_ids, p_ats, p_froms, p_tos, p_as_ofs) with ordinality as q(root_id, at, from_d, to_d, as_of, i)
        left join shape s on s.at = q.at and s.from_d = q.from_d and s.to_d = q.to_d and s.as_of = q.as_of
    ),
    -- The days the records add (+1) to the rollups' months, or take away from them (−1): a shape's, for
    -- each of its scopes.
    edge(i, from_d, to_d, sign) as (
      select r.i, e.from_d, e.to_d, e.sign from req r join (
      select r.k, v.from_d, v.to_d, v.sign
      from shape r cross join lateral (select distinct m.month, m.whole, (m.month + interval '1 month')::date - 1 as month_end
          from (values (r.first_month, r.first_whole), (r.last_month, r.last_whole)) m(month, whole)) m
        cross join lateral (values
          (greatest(m.month, r.from_d), least(m.month_end, r.to_d), 1, not m.whole),
          (m.month, r.from_d - 1, -1, m.whole),
          (r.to_d + 1, m.month_end, -1, m.whole)
        ) v(from_d, to_d, sign, applies)
      where v.applies and v.from_d <= v.to_d) e on e.k = r.k
    ),
    -- Complaints an asOf of the requests sees open or not yet due: their flows are corrected. A paused
    -- complaint (open, due_at null: RULES.md §1) is never due while it lasts. Each bound below a
    -- constant upper one: the generic plan, which cannot know asOf, estimates a range of two bounds at
    -- a few rows and seeks the index, where one bound alone (a third of the table) had every complaint
    -- read (about a second on 10,000,000 for asOf now, which finds none). The open ones not yet due are
    -- sought by deadline, their openness tested outside an OFFSET 0: where the subquery said it, the
    -- plan read the open complaints' partial index (unit_id, due_at) whole, for a bound on its second
    -- column (300,000 open of 10,000,000: about a third of a 36-province ranking's time).
    volatile as (
      select c.* from complaint c where p_flows and c.closed_at > (select min(as_of) from req)
        and c.closed_at <= 'infinity'
      union all
      select c.* from (select c.* from complaint c where p_flows and c.due_at >= (select min(as_of) from req)
          and c.due_at <= 'infinity' offset 0) c
        where c.closed_at is null
      union all
      select c.* from complaint c where p_flows and c.closed_at is null and c.due_at is null
    ),
    flow_part as (
      -- the full months, on the reference tree, every closure counted …
      select r.i, sum(x.complaints) as complaints, coalesce(sum(x.complaints) filter (where x.assessed), 0) as assessed,
        sum(x.escalated) as escalated, sum(x.closed) as closed, sum(x.handling_seconds) as handling,
        sum(x.complaints) as due, sum(x.timely) as timely, sum(x.followups) as followups, sum(x.satisfied) as satisfied,
        sum(x.issues) as issues, sum(x.closed_3wd) as closed_3wd, sum(x.closed_8w) as closed_8w,
        sum(x.upheld) as upheld, sum(x.decided) as decided
      from req r cross join lateral (
        -- unfiltered, or the filter's values of its one dimension, summed
        select x.ancestor_id, x.assessed, x.month, x.complaints, x.escalated, x.closed, x.handling_seconds, x.timely,
          x.followups, x.satisfied, x.closed_events, x.due_events, x.due_closed_events, x.issues, x.closed_3wd,
          x.closed_8w, x.upheld, x.decided
        from complaint_rollup x where p_dimension is null and x.ancestor_id = r.root_id and x.month >= r.fm and x.month < r.fe
          and (x.assessed or not p_assessed_only)
        union all
        select x.ancestor_id, x.assessed, x.month, x.complaints, x.escalated, x.closed, x.handling_seconds, x.timely,
          x.followups, x.satisfied, x.closed_events, x.due_events, x.due_closed_events, x.issues, x.closed_3wd,
          x.closed_8w, x.upheld, x.decided
        from (select distinct v.value from unnest(p_values) v(value)) v
          cross join lateral (select x.* from complaint_rollup_slice x where x.ancestor_id = r.root_id
            and x.dimension = p_dimension and x.value = v.value and x.month >= r.fm and x.month < r.fe and (x.assessed or not p_assessed_only)
            offset 0) x) x
      where p_flows or p_received
      group by r.i
      union all
      -- … the records of the days outside them (the subtree at the date), and of the full months for
      -- the units the subtree at the date has beyond the reference tree (+1) or lacks (−1) …
      select s.i, sum(s.sign), coalesce(sum(s.sign) filter (where s.assessed), 0),
        coalesce(sum(s.sign) filter (where s.escalated), 0), coalesce(sum(s.sign) filter (where s.closed_at is not null), 0),
        coalesce(sum(s.sign * extract(epoch from s.closed_at - s.received_at)), 0), sum(s.sign),
        coalesce(sum(s.sign) filter (where s.closed_at <= s.due_at), 0), sum(s.sign * s.followups),
        sum(s.sign * s.satisfied_followups), sum(s.sign * greatest(s.issue_count, 1)),
        coalesce(sum(s.sign) filter (where s.closed_at <= s.third_working_day_end), 0),
        coalesce(sum(s.sign) filter (where s.closed_at <= end_of_shanghai_day(s.received_date + 56)), 0),
        coalesce(sum(s.sign) filter (where s.closed_at is not null and s.outcome in ('UPHELD', 'PARTIALLY_UPHELD')), 0),
        coalesce(sum(s.sign) filter (where s.closed_at is not null and s.outcome is not null), 0)
      from (
        -- OFFSET 0: the days outside first (none, for a period of whole months), and the subtree's units
        -- only for them; unfenced, fresh statistics had the plan read every scope's units first.
        select e.i, e.sign, c.* from (select e.i, e.sign, e.from_d, e.to_d, r.root_id, r.epoch_id
            from edge e join req r on r.i = e.i offset 0) e
          cross join lateral (
            select k.unit_id from unit_closure k where k.ancestor_id = e.root_id and not exists (
              select 1 from unit_closure_delta d where d.epoch_id = e.epoch_id and d.ancestor_id = e.root_id
                and d.unit_id = k.unit_id and d.sign = -1)
            union all
            select d.unit_id from unit_closure_delta d where d.epoch_id = e.epoch_id and d.ancestor_id = e.root_id
              and d.sign = 1) u
          -- OFFSET 0: read by the (unit, received instant) index, never the unit's whole history cached
          cross join lateral (select c.received_at, c.assessed, c.escalated, c.closed_at, c.due_at, c.followups,
              c.satisfied_followups, c.issue_count, c.third_working_day_end, c.received_date, c.outcome from complaint c
            where c.unit_id = u.unit_id and c.received_at >= start_of_shanghai_day(e.from_d)
              and c.received_at < start_of_shanghai_day(e.to_d + 1)
              and (c.assessed or not p_assessed_only)
              and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
                else c.category end) = any(p_values)) offset 0) c
        union all
        select r.i, d.sign, c.* from req r
          cross join lateral (select d.unit_id, d.sign from unit_closure_delta d
            where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id offset 0) d
          cross join lateral (select c.received_at, c.assessed, c.escalated, c.closed_at, c.due_at, c.followups,
              c.satisfied_followups, c.issue_count, c.third_working_day_end, c.received_date, c.outcome from complaint c
            where c.unit_id = d.unit_id and c.received_at >= start_of_shanghai_day(r.fm)
              and c.received_at < start_of_shanghai_day(r.fe)
              and (c.assessed or not p_assessed_only)
              and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
                else c.category end) = any(p_values)) offset 0) c
      ) s
      where p_flows or p_received
      group by s.i
      union all
      -- … then, for complaints asOf sees open or not yet due, what asOf knows instead.
      select r.i, 0, 0, 0, sum(a.closed - f.closed),
        sum((a.closed - f.closed) * coalesce(extract(epoch from c.closed_at - c.received_at), 0)),
        sum(a.due - 1), sum(a.timely - f.timely), 0, 0, 0, sum(a.closed_3wd - f.closed_3wd),
        sum(a.closed_8w - f.closed_8w), sum(a.upheld - f.upheld), sum(a.decided - f.decided)
      from req r join volatile c on c.received_date between r.from_d and r.to_d and (c.assessed or not p_assessed_only)
        and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
          else c.category end) = any(p_values))
        -- the complaint's unit is in the subtree at the date: the reference tree, corrected by the delta
        and ((exists (select 1 from unit_closure k where k.ancestor_id = r.root_id and k.unit_id = c.unit_id)
            and not exists (select 1 from unit_closure_delta d where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id
              and d.unit_id = c.unit_id))
          or exists (select 1 from unit_closure_delta d where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id
            and d.unit_id = c.unit_id and d.sign = 1))
        cross join lateral (select (c.closed_at is not null)::int as closed,
          coalesce(c.closed_at <= c.due_at, false)::int as timely,
          coalesce(c.closed_at <= c.third_working_day_end, false)::int as closed_3wd,
          coalesce(c.closed_at <= end_of_shanghai_day(c.received_date + 56), false)::int as closed_8w,
          coalesce(c.closed_at is not null and c.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int as upheld,
          (c.closed_at is not null and c.outcome is not null)::int as decided) f
        cross join lateral (select coalesce(c.closed_at <= r.as_of, false)::int as closed,
          coalesce(c.closed_at <= r.as_of or c.due_at < r.as_of, false)::int as due,
          coalesce(c.closed_at <= r.as_of and c.closed_at <= c.due_at, false)::int as timely,
          coalesce(c.closed_at <= r.as_of and c.closed_at <= c.third_working_day_end, false)::int as closed_3wd,
          coalesce(c.closed_at <= r.as_of and c.closed_at <= end_of_shanghai_day(c.received_date + 56), false)::int
            as closed_8w,
          coalesce(c.closed_at <= r.as_of and c.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int as upheld,
          coalesce(c.closed_at <= r.as_of and c.outcome is not null, false)::int as decided) a
      group by r.i
    ),
    m_flow as (
      select i, sum(complaints) as complaints, sum(assessed) as assessed, sum(escalated) as escalated,
        sum(closed) as closed, sum(handling) as handling, sum(due) as due, sum(timely) as timely,
        sum(followups) as followups, sum(satisfied) as satisfied, sum(issues) as issues,
        sum(closed_3wd) as closed_3wd, sum(closed_8w) as closed_8w, sum(upheld) as upheld, sum(decided) as decided
      from flow_part group by i
    ),
    -- The events in a T's month up to T that the rollups do not give (ws..we), from the records, read
    -- once per distinct window (joined to each scope, the generic plan read the same index range again
    -- for every scope: 36 provinces, 0.3 s on 10,000,000 complaints) and counted per unit, so that a
    -- scope sums its units' counts (a 36-province compare's two windows: about 14,000 complaints, each
    -- under its four ancestors, against about 4,700 units' counts).
    windows as materialized (select distinct r.ws, r.we from req r where p_stocks and r.ws <= r.we),
    window_units as materialized (
      select w.ws, w.we, c.unit_id,
        count(*) filter (where c.m and c.received_at between w.ws and w.we)
          - count(*) filter (where c.m and c.closed_at between w.ws and w.we) as open_backlog,
        count(*) filter (where c.m and c.due_at + interval '1 microsecond' between w.ws and w.we)
          - count(*) filter (where c.m and c.closed_at is not null
            and greatest(c.due_at + interval '1 microsecond', c.closed_at) between w.ws and w.we) as overdue_open
      -- lateral, so that each window's bounds are the index scans' (joined, every complaint was read)
      from windows w cross join lateral (
        select c.unit_id, c.received_at, c.closed_at, c.due_at,
          -- the filter's values, tested in the counts
          p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
            else c.category end) = any(p_values) as m
        from complaint c
        where (c.received_at between w.ws and w.we or c.closed_at between w.ws and w.we
            or c.due_at between w.ws - interval '1 microsecond' and w.we - interval '1 microsecond')
          and (c.assessed or not p_assessed_only)
        offset 0) c
      group by w.ws, w.we, c.unit_id
    ),
    -- A stock at T: the events of the rollups' months before m0 (ms, its first instant), and those
    -- from ws to we from the records, added or subtracted; for the units of the delta, those before ms.
    stock_part as (
      select r.i, sum(x.complaints - x.closed_events) as open_backlog, sum(x.due_events - x.due_closed_events) as overdue_open
      from req r cross join lateral (
        -- unfiltered, or the filter's values of its one dimension, summed
        select x.ancestor_id, x.assessed, x.month, x.complaints, x.escalated, x.closed, x.handling_seconds, x.timely,
          x.followups, x.satisfied, x.closed_events, x.due_events, x.due_closed_events, x.issues, x.closed_3wd,
          x.closed_8w, x.upheld, x.decided
        from complaint_rollup x where p_dimension is null and x.ancestor_id = r.root_id and x.month < r.m0
          and (x.assessed or not p_assessed_only)
        union all
        select x.ancestor_id, x.assessed, x.month, x.complaints, x.escalated, x.closed, x.handling_seconds, x.timely,
          x.followups, x.satisfied, x.closed_events, x.due_events, x.due_closed_events, x.issues, x.closed_3wd,
          x.closed_8w, x.upheld, x.decided
        from (select distinct v.value from unnest(p_values) v(value)) v
          cross join lateral (select x.* from complaint_rollup_slice x where x.ancestor_id = r.root_id
            and x.dimension = p_dimension and x.value = v.value and x.month < r.m0 and (x.assessed or not p_assessed_only)
            offset 0) x) x
      where p_stocks
      group by r.i
      union all
      select r.i, r.t_sign * sum(c.open_backlog), r.t_sign * sum(c.overdue_open)
      from req r join (
          -- each unit's counts of a window under every root it is under on the reference tree …
          select c.*, k.ancestor_id as root_id, null::int as added_in
          from window_units c join unit_closure k on k.unit_id = c.unit_id
          union all
          -- … and under the roots a hierarchy date adds its unit to
          select c.*, d.ancestor_id, d.epoch_id
          from window_units c join unit_closure_delta d on d.unit_id = c.unit_id and d.sign = 1
        ) c on c.root_id = r.root_id and c.ws = r.ws and c.we = r.we
          -- unless the request's date takes the unit out of the root's subtree
          and ((c.added_in is null and not exists (select 1 from unit_closure_delta d where d.epoch_id = r.epoch_id
              and d.ancestor_id = r.root_id and d.unit_id = c.unit_id))
            or c.added_in = r.epoch_id)
      where p_stocks
      group by r.i, r.t_sign
      union all
      select r.i, coalesce(sum(d.sign) filter (where c.closed_at is null or c.closed_at >= r.ms), 0),
        coalesce(sum(d.sign) filter (where c.due_at + interval '1 microsecond' < r.ms
          and (c.closed_at is null or c.closed_at >= r.ms)), 0)
      from req r cross join lateral (select d.unit_id, d.sign from unit_closure_delta d
          where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id offset 0) d
        join complaint c on c.unit_id = d.unit_id and c.received_at < r.ms and (c.assessed or not p_assessed_only)
        and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
          else c.category end) = any(p_values))
      where p_stocks
      group by r.i
    ),
    m_stock as (select i, sum(open_backlog) as open_backlog, sum(overdue_open) as overdue_open from stock_part group by i),
    -- A month partly inside the period counts for the days of it inside, over the days of the month:
    -- each scope's premium summed apart for its first month, its last and those between, then each
    -- sum times its month's share (req's first_share, last_share; exact in numeric, as the share of
    -- each row summed was). Weighed row by row, the date arithmetic and numeric products of every row
    -- took more than half of a 36-province ranking's time.
    m_premium as (
      select r.i,
        coalesce(x.mid_yuan, 0) + coalesce(x.first_yuan, 0) * r.first_share + coalesce(x.last_yuan, 0) * r.last_share
          as premium_yuan,
        coalesce(x.mid_policies, 0) + coalesce(x.first_policies, 0) * r.first_share
          + coalesce(x.last_policies, 0) * r.last_share as policies
      from req r join (
        select x.i, sum(x.premium_yuan) filter (where x.part = 0) as mid_yuan,
          sum(x.premium_yuan) filter (where x.part = 1) as first_yuan,
          sum(x.premium_yuan) filter (where x.part = 2) as last_yuan,
          sum(x.policies) filter (where x.part = 0) as mid_policies,
          sum(x.policies) filter (where x.part = 1) as first_policies,
          sum(x.policies) filter (where x.part = 2) as last_policies
        from (
          -- part: 1 the first month, 2 the last (when another), 0 those between
          select r.i, case x.month when r.first_month then 1 when r.last_month then 2 else 0 end as part,
            x.premium_yuan, x.policies
          from req r join premium_rollup x on x.ancestor_id = r.root_id and x.month between r.first_month and r.last_month
            and (p_dimension is distinct from 'line' or x.line = any(p_values))
          where p_premiums
          union all
          select r.i, case p.month when r.first_month then 1 when r.last_month then 2 else 0 end,
            d.sign * p.premium_yuan, d.sign * p.policies
          from req r
            cross join lateral (select d.unit_id, d.sign from unit_closure_delta d
              where d.epoch_id = r.epoch_id and d.ancestor_id = r.root_id offset 0) d
            join premium p on p.unit_id = d.unit_id and p.month between r.first_month and r.last_month
              and (p_dimension is distinct from 'line' or p.line = any(p_values))
          where p_premiums
        ) x
        group by x.i
      ) x on x.i = r.i
    )
    select req.i::int, coalesce(f.complaints, 0)::float8, coalesce(f.assessed, 0)::float8, coalesce(f.escalated, 0)::float8,
      coalesce(f.closed, 0)::float8, coalesce(f.handling, 0)::float8, coalesce(f.due, 0)::float8,
      coalesce(f.timely, 0)::float8, coalesce(f.followups, 0)::float8, coalesce(f.satisfied, 0)::float8,
      coalesce(s.open_backlog, 0)::float8, coalesce(s.overdue_open, 0)::float8,
      coalesce(p.premium_yuan, 0)::float8, coalesce(p.policies, 0)::float8, coalesce(f.issues, 0)::float8,
      coalesce(f.closed_3wd, 0)::float8, coalesce(f.closed_8w, 0)::float8, coalesce(f.upheld, 0)::float8,
      coalesce(f.decided, 0)::float8
    from req left join m_flow f on f.i = req.i left join m_stock s on s.i = req.i left join m_premium p on p.i = req.i
    order by req.i;
  end
$fn$;
