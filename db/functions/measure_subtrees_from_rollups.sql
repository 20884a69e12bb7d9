-- The base measures of MANY subtrees over SEVERAL periods of one hierarchy date and asOf, from the
-- rollups: the same figures as measure_from_rollups (test/metrics/rollups-subtrees.test.ts checks them
-- equal), set by set rather than scope by scope. server/modules/metrics/rollup.repository.ts calls it
-- for each (hierarchy date, asOf) a batch asks for many roots of, with every period they are asked
-- for, such as a county ranking's 2,520 counties this year and last: each period's arithmetic (its
-- whole months, T, T's month, the days the records add) is worked out once, and each part of the
-- figure is one grouped aggregate over the rollups, their slices or the records, keyed by root, where
-- measure_from_rollups seeks each scope's rows on its own (a county ranking by channel: 5,040 lateral
-- scans). Same filters, same parts and same expressions as measure_from_rollups, which says what each
-- part is; the result is one row per period (its place in p_froms, from 1) and distinct root (root_id
-- instead of i) that any part has rows for, its columns the catalog's: a root left out measures zero
-- throughout (the caller fills it in). Every root is measured for every period.

-- Dropped first: `create or replace` cannot change the result columns, which a new measure adds to.
drop function if exists "measure_subtrees_from_rollups";
create function "measure_subtrees_from_rollups"(p_root_ids int[], p_at date, p_froms date[], p_tos date[],
    p_as_of timestamptz, p_assessed_only boolean, p_dimension text, p_values text[], p_flows boolean,
    p_received boolean, p_stocks boolean, p_premiums boolean)
  returns table (period int, root_id int, complaints float8, assessed float8, escalated float8, closed float8,
    handling_seconds float8, due float8, timely float8, followups float8, satisfied float8, open_backlog float8,
    overdue_open float8, premium_yuan float8, policies float8, issues float8, closed_3wd float8, closed_8w float8,
    upheld float8, decided float8)
  -- No parallel workers: their start cost more than this statement's whole work (a Gather on an empty
  -- part took 16 ms).
  language plpgsql stable set plan_cache_mode = force_generic_plan set jit = off
    set max_parallel_workers_per_gather = 0 as $fn$
  #variable_conflict use_column
  declare
    v_epoch int := (select e.id from unit_tree_epoch e where p_at between e.valid_from and e.valid_to);
    -- no root's subtree at the date differs from the reference tree: none at all on the reference tree's
    -- own dates (one probe), where the roots' own check is a seek per root (a county ranking's 2,521:
    -- 1.4 ms of the call's 15)
    v_reference boolean := not exists (select 1 from unit_closure_delta d where d.epoch_id = v_epoch)
      or not exists (select 1 from unit_closure_delta d where d.epoch_id = v_epoch and d.ancestor_id = any(p_root_ids));
    -- the filter's values, each once
    v_values text[] := array(select distinct v.value from unnest(p_values) v(value));
    -- the periods of whole months measured two at a time (complaints received and premiums alone)
    v_paired int[] := '{}';
    v_a int;
    v_b int;
    v_a_first date;
    v_a_last date;
    v_b_first date;
    v_b_last date;
    -- one period's, measured on its own
    v_i int;
    v_from date;
    v_to date;
    v_t timestamptz;
    v_first_month date;
    v_last_month date;
    v_t_month date;
    v_first_whole boolean;
    v_last_whole boolean;
    v_t_month_whole boolean;
    v_fm date;
    v_fe date;
    v_m0 date;
    v_ws timestamptz;
    v_we timestamptz;
    v_t_sign int;
    v_ms timestamptz;
    v_first_share numeric;
    v_last_share numeric;
  begin
    -- Complaints received and premiums alone, of periods of whole months on the reference tree: nothing
    -- but the rollups' months, which asOf does not change (as the short way below), read two periods at a
    -- time, each summed in a filter of its months: the rollups' rows of the roots are sought once for
    -- both (a county ranking by channel, this year and last: 2,520 index seeks rather than 5,040, whose
    -- cost was most of the call's, 2 × 15 -> 12-15 ms), and only the sums asked for are made (summing
    -- the flows' fourteen too cost a third more). Rows of the months between two periods far apart are
    -- read for nothing: a ranking's two periods are a year apart at most.
    if not p_flows and not p_stocks and v_reference then
      v_paired := array(select i from generate_subscripts(p_froms, 1) i
        where p_froms[i] = date_trunc('month', p_froms[i])::date
          and p_tos[i] = (date_trunc('month', p_tos[i]) + interval '1 month')::date - 1);
      for k in 1 .. (cardinality(v_paired) + 1) / 2 loop
        v_a := v_paired[2 * k - 1];
        v_b := v_paired[2 * k];
        v_a_first := p_froms[v_a];
        v_a_last := date_trunc('month', p_tos[v_a])::date;
        v_b_first := p_froms[v_b];
        v_b_last := date_trunc('month', p_tos[v_b])::date;
        return query
        with m_received as (
          select x.ancestor_id as root_id,
            sum(x.complaints) filter (where x.month between v_a_first and v_a_last) as complaints_a,
            sum(x.complaints) filter (where x.assessed and x.month between v_a_first and v_a_last) as assessed_a,
            sum(x.complaints) filter (where x.month between v_b_first and v_b_last) as complaints_b,
            sum(x.complaints) filter (where x.assessed and x.month between v_b_first and v_b_last) as assessed_b
          from complaint_rollup x
          where p_received and p_dimension is null and x.ancestor_id = any(p_root_ids)
            and x.month between least(v_a_first, v_b_first) and greatest(v_a_last, v_b_last)
            and (x.assessed or not p_assessed_only)
          group by x.ancestor_id
          union all
          -- one value of the filter's dimension: its slice's rows come by root, as the rollups' do, and
          -- are summed as they come (joined to each value, below, they are sorted first)
          select x.ancestor_id,
            sum(x.complaints) filter (where x.month between v_a_first and v_a_last),
            sum(x.complaints) filter (where x.assessed and x.month between v_a_first and v_a_last),
            sum(x.complaints) filter (where x.month between v_b_first and v_b_last),
            sum(x.complaints) filter (where x.assessed and x.month between v_b_first and v_b_last)
          from complaint_rollup_slice x
          where p_received and cardinality(v_values) = 1 and x.ancestor_id = any(p_root_ids)
            and x.dimension = p_dimension and x.value = v_values[1]
            and x.month between least(v_a_first, v_b_first) and greatest(v_a_last, v_b_last)
            and (x.assessed or not p_assessed_only)
          group by x.ancestor_id
          union all
          -- several: each value joined to the slice's key, as below
          select x.ancestor_id,
            sum(x.complaints) filter (where x.month between v_a_first and v_a_last),
            sum(x.complaints) filter (where x.assessed and x.month between v_a_first and v_a_last),
            sum(x.complaints) filter (where x.month between v_b_first and v_b_last),
            sum(x.complaints) filter (where x.assessed and x.month between v_b_first and v_b_last)
          from unnest(v_values) v(value) cross join lateral (select x.* from complaint_rollup_slice x
            where p_dimension is not null and x.ancestor_id = any(p_root_ids) and x.dimension = p_dimension
              and x.value = v.value and x.month between least(v_a_first, v_b_first) and greatest(v_a_last, v_b_last)
              and (x.assessed or not p_assessed_only)
            offset 0) x
          where p_received and cardinality(v_values) > 1
          group by x.ancestor_id
        ),
        m_premium as (
          select x.ancestor_id as root_id,
            sum(x.premium_yuan) filter (where x.month between v_a_first and v_a_last) as premium_a,
            sum(x.policies) filter (where x.month between v_a_first and v_a_last) as policies_a,
            sum(x.premium_yuan) filter (where x.month between v_b_first and v_b_last) as premium_b,
            sum(x.policies) filter (where x.month between v_b_first and v_b_last) as policies_b
          from premium_rollup x
          where p_premiums and x.ancestor_id = any(p_root_ids)
            and x.month between least(v_a_first, v_b_first) and greatest(v_a_last, v_b_last)
            and (p_dimension is distinct from 'line' or x.line = any(p_values))
          group by x.ancestor_id
        )
        -- each root's row, once for each of the two periods (a root with no rows is left out, as below)
        select q.period, coalesce(f.root_id, p.root_id), coalesce(q.complaints, 0)::float8,
          coalesce(q.assessed, 0)::float8, 0::float8, 0::float8, 0::float8, 0::float8, 0::float8, 0::float8,
          0::float8, 0::float8, 0::float8, coalesce(q.premium_yuan, 0)::float8, coalesce(q.policies, 0)::float8,
          0::float8, 0::float8, 0::float8, 0::float8, 0::float8
        from m_received f full join m_premium p on p.root_id = f.root_id
          cross join lateral (values
            (v_a, f.complaints_a, f.assessed_a, p.premium_a, p.policies_a),
            (v_b, f.complaints_b, f.assessed_b, p.premium_b, p.policies_b)
          ) q(period, complaints, assessed, premium_yuan, policies)
        where q.period is not null;
      end loop;
    end if;
    -- Every other period on its own.
    for v_i in 1 .. cardinality(p_froms) loop
      continue when v_i = any(v_paired);
      v_from := p_froms[v_i];
      v_to := p_tos[v_i];
      -- T: the end of `to` in Shanghai (DOMAIN.md's 23:59:59.999), or asOf when earlier
      v_t := least(p_as_of, end_of_shanghai_day(v_to));
      v_first_month := date_trunc('month', v_from)::date;
      v_last_month := date_trunc('month', v_to)::date;
      v_t_month := date_trunc('month', v_t at time zone 'Asia/Shanghai')::date;
      v_first_whole := 2 * (least((v_first_month + interval '1 month')::date - 1, v_to)
        - greatest(v_first_month, v_from) + 1) > (v_first_month + interval '1 month')::date - v_first_month;
      v_last_whole := 2 * (least((v_last_month + interval '1 month')::date - 1, v_to)
        - greatest(v_last_month, v_from) + 1) > (v_last_month + interval '1 month')::date - v_last_month;
      v_t_month_whole := 2 * (v_t - (v_t_month::timestamp at time zone 'Asia/Shanghai'))
        > ((v_t_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
          - (v_t_month::timestamp at time zone 'Asia/Shanghai');
      -- the rollups' months [fm, fe), T's month's m0, ws..we, t_sign and ms: as in measure_from_rollups
      v_fm := case when v_first_whole then v_first_month else (v_first_month + interval '1 month')::date end;
      v_fe := case when v_last_whole then (v_last_month + interval '1 month')::date else v_last_month end;
      v_m0 := case when v_t_month_whole then (v_t_month + interval '1 month')::date else v_t_month end;
      v_ws := case when v_t_month_whole then v_t + interval '1 microsecond'
        else (v_t_month::timestamp at time zone 'Asia/Shanghai') end;
      v_we := case when v_t_month_whole then ((v_t_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
        - interval '1 microsecond' else v_t end;
      v_t_sign := case when v_t_month_whole then -1 else 1 end;
      v_ms := case when v_t_month_whole then (v_t_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai'
        else v_t_month::timestamp at time zone 'Asia/Shanghai' end;
      -- the share of the first and last month a premium counts for, as in measure_from_rollups
      v_first_share := (least((v_first_month + interval '1 month')::date - 1, v_to) - greatest(v_first_month, v_from) + 1)::numeric
        / ((v_first_month + interval '1 month')::date - v_first_month);
      v_last_share := (least((v_last_month + interval '1 month')::date - 1, v_to) - greatest(v_last_month, v_from) + 1)::numeric
        / ((v_last_month + interval '1 month')::date - v_last_month);
      -- The short way, as measure_from_rollups's, when none of the records' parts below can add anything:
      -- no stocks asked for, the period whole months, no root's subtree at the date differing from the
      -- reference tree, and no complaint of the period that asOf sees open or not yet due
      -- (open_or_not_yet_due_between, as there). The rollups' months then are the
      -- figures (the premium's shares both 1), read in one grouped aggregate: the rest of the plan, even
      -- with nothing to do, cost a county ranking's period 22 ms of PostgreSQL's CPU where this costs 13.
      -- (Complaints received and premiums alone of such a period took the way above.)
      if not p_stocks and v_from = v_first_month and v_to = (v_last_month + interval '1 month')::date - 1
        and v_reference
        and not (p_flows and open_or_not_yet_due_between(v_from, v_to, p_as_of))
      then
        return query
        -- Each source aggregated on its own (one of them has rows): the rollups' rows come in the order
        -- of their key, by root, so they are summed as they come; as one union of rows, the plan sorted
        -- them first (an unfiltered county ranking: 60,000 rows, half the call's time).
        with m_flow as (
          select x.ancestor_id as root_id, sum(x.complaints) as complaints,
            coalesce(sum(x.complaints) filter (where x.assessed), 0) as assessed,
            sum(x.escalated) as escalated, sum(x.closed) as closed, sum(x.handling_seconds) as handling,
            sum(x.timely) as timely, sum(x.followups) as followups, sum(x.satisfied) as satisfied,
            sum(x.issues) as issues, sum(x.closed_3wd) as closed_3wd, sum(x.closed_8w) as closed_8w,
            sum(x.upheld) as upheld, sum(x.decided) as decided
          from complaint_rollup x
          where (p_flows or p_received) and p_dimension is null and x.ancestor_id = any(p_root_ids)
            and x.month between v_first_month and v_last_month and (x.assessed or not p_assessed_only)
          group by x.ancestor_id
          union all
          -- each value joined to the slice's key, as below
          select x.ancestor_id, sum(x.complaints), coalesce(sum(x.complaints) filter (where x.assessed), 0),
            sum(x.escalated), sum(x.closed), sum(x.handling_seconds), sum(x.timely), sum(x.followups),
            sum(x.satisfied), sum(x.issues), sum(x.closed_3wd), sum(x.closed_8w), sum(x.upheld), sum(x.decided)
          from (select distinct v.value from unnest(p_values) v(value)) v
            cross join lateral (select x.* from complaint_rollup_slice x
              where p_dimension is not null and x.ancestor_id = any(p_root_ids) and x.dimension = p_dimension
                and x.value = v.value and x.month between v_first_month and v_last_month
                and (x.assessed or not p_assessed_only)
              offset 0) x
          where p_flows or p_received
          group by x.ancestor_id
        ),
        m_premium as (
          select x.ancestor_id as root_id, sum(x.premium_yuan) as premium_yuan, sum(x.policies) as policies
          from premium_rollup x
          where p_premiums and x.ancestor_id = any(p_root_ids) and x.month between v_first_month and v_last_month
            and (p_dimension is distinct from 'line' or x.line = any(p_values))
          group by x.ancestor_id
        )
        -- a root with no rows is left out, as below
        select v_i, coalesce(f.root_id, p.root_id), coalesce(f.complaints, 0)::float8, coalesce(f.assessed, 0)::float8,
          coalesce(f.escalated, 0)::float8, coalesce(f.closed, 0)::float8, coalesce(f.handling, 0)::float8,
          coalesce(f.complaints, 0)::float8, coalesce(f.timely, 0)::float8, coalesce(f.followups, 0)::float8,
          coalesce(f.satisfied, 0)::float8, 0::float8, 0::float8,
          coalesce(p.premium_yuan, 0)::float8, coalesce(p.policies, 0)::float8, coalesce(f.issues, 0)::float8,
          coalesce(f.closed_3wd, 0)::float8, coalesce(f.closed_8w, 0)::float8, coalesce(f.upheld, 0)::float8,
          coalesce(f.decided, 0)::float8
        from m_flow f full join m_premium p on p.root_id = f.root_id;
        continue;
      end if;
      return query
      with roots as (select distinct r.root_id from unnest(p_root_ids) r(root_id)),
      -- The units by which the roots' subtrees at the date differ from the reference tree (read once).
      delta as materialized (
        select d.ancestor_id, d.unit_id, d.sign from unit_closure_delta d
        where d.epoch_id = v_epoch and d.ancestor_id = any(p_root_ids)
      ),
      -- The units of each root's subtree at the date: the reference tree, corrected by the delta. Built
      -- only for the parts that read records of the subtree (edge days, asOf corrections, T's month).
      subtree as materialized (
        select k.ancestor_id as root_id, k.unit_id from unit_closure k where k.ancestor_id = any(p_root_ids)
          and not exists (select 1 from delta d where d.ancestor_id = k.ancestor_id and d.unit_id = k.unit_id)
        union all
        select d.ancestor_id, d.unit_id from delta d where d.sign = 1
      ),
      values_asked as (select distinct v.value from unnest(p_values) v(value)),
      -- The days the records add (+1) to the rollups' months, or take away from them (−1).
      edge(from_d, to_d, sign) as (
        select v.from_d, v.to_d, v.sign
        from (select distinct m.month, m.whole, (m.month + interval '1 month')::date - 1 as month_end
            from (values (v_first_month, v_first_whole), (v_last_month, v_last_whole)) m(month, whole)) m
          cross join lateral (values
            (greatest(m.month, v_from), least(m.month_end, v_to), 1, not m.whole),
            (m.month, v_from - 1, -1, m.whole),
            (v_to + 1, m.month_end, -1, m.whole)
          ) v(from_d, to_d, sign, applies)
        where v.applies and v.from_d <= v.to_d
      ),
      -- Complaints of the period asOf sees open or not yet due (paused ones never due): flows corrected.
      -- (Each bound below a constant upper one, and the open ones sought by deadline, as there: the
      -- generic plan then seeks the index.) Kept, as it is read twice, with only the columns the correction
      -- reads: whole complaints, about 1.5 kB each, went to disk (a county ranking of the timely rate for
      -- a year with 160,000 complaints open at asOf: 4.4 -> 3.0 s a call on the 10M set).
      volatile as (
        select c.unit_id, c.received_date, c.received_at, c.closed_at, c.due_at, c.third_working_day_end,
          c.outcome, c.assessed, c.channel, c.line, c.category
        from (
          select c.* from complaint c where p_flows and c.closed_at > p_as_of and c.closed_at <= 'infinity'
            and c.received_date between v_from and v_to
          union all
          select c.* from (select c.* from complaint c where p_flows and c.due_at >= p_as_of
              and c.due_at <= 'infinity' and c.received_date between v_from and v_to offset 0) c
            where c.closed_at is null
          union all
          select c.* from complaint c where p_flows and c.closed_at is null and c.due_at is null
            and c.received_date between v_from and v_to
        ) c
      ),
      flow_part as (
        -- the full months, on the reference tree, every closure counted (each source summed on its own,
        -- as in the short way) …
        select x.ancestor_id as root_id, sum(x.complaints) as complaints,
          coalesce(sum(x.complaints) filter (where x.assessed), 0) as assessed,
          sum(x.escalated) as escalated, sum(x.closed) as closed, sum(x.handling_seconds) as handling,
          sum(x.complaints) as due, sum(x.timely) as timely, sum(x.followups) as followups, sum(x.satisfied) as satisfied,
          sum(x.issues) as issues, sum(x.closed_3wd) as closed_3wd, sum(x.closed_8w) as closed_8w,
          sum(x.upheld) as upheld, sum(x.decided) as decided
        from complaint_rollup x
        where (p_flows or p_received) and p_dimension is null and x.ancestor_id = any(p_root_ids)
          and x.month >= v_fm and x.month < v_fe and (x.assessed or not p_assessed_only)
        group by x.ancestor_id
        union all
        -- the filter's values of its one dimension, summed (a value named twice counts once), each
        -- joined to the slice's key (as `value = any(…)`, the plan read every value's rows and filtered)
        select x.ancestor_id, sum(x.complaints), coalesce(sum(x.complaints) filter (where x.assessed), 0),
          sum(x.escalated), sum(x.closed), sum(x.handling_seconds), sum(x.complaints), sum(x.timely),
          sum(x.followups), sum(x.satisfied), sum(x.issues), sum(x.closed_3wd), sum(x.closed_8w), sum(x.upheld),
          sum(x.decided)
        from values_asked v cross join lateral (select x.* from complaint_rollup_slice x
          where p_dimension is not null and x.ancestor_id = any(p_root_ids) and x.dimension = p_dimension
            and x.value = v.value and x.month >= v_fm and x.month < v_fe and (x.assessed or not p_assessed_only)
          offset 0) x
        where p_flows or p_received
        group by x.ancestor_id
        union all
        -- … the records of the days outside them (the subtree at the date), and of the full months for
        -- the units the subtree at the date has beyond the reference tree (+1) or lacks (−1) …
        select s.root_id, sum(s.sign), coalesce(sum(s.sign) filter (where s.assessed), 0),
          coalesce(sum(s.sign) filter (where s.escalated), 0), coalesce(sum(s.sign) filter (where s.closed_at is not null), 0),
          coalesce(sum(s.sign * extract(epoch from s.closed_at - s.received_at)), 0), sum(s.sign),
          coalesce(sum(s.sign) filter (where s.closed_at <= s.due_at), 0), sum(s.sign * s.followups),
          sum(s.sign * s.satisfied_followups), sum(s.sign * greatest(s.issue_count, 1)),
          coalesce(sum(s.sign) filter (where s.closed_at <= s.third_working_day_end), 0),
          coalesce(sum(s.sign) filter (where s.closed_at <= end_of_shanghai_day(s.received_date + 56)), 0),
          coalesce(sum(s.sign) filter (where s.closed_at is not null and s.outcome in ('UPHELD', 'PARTIALLY_UPHELD')), 0),
          coalesce(sum(s.sign) filter (where s.closed_at is not null and s.outcome is not null), 0)
        from (
          -- per edge (none for a period of whole months), so that no complaint is read without one
          select c.root_id, e.sign, c.received_at, c.assessed, c.escalated, c.closed_at, c.due_at, c.followups,
              c.satisfied_followups, c.issue_count, c.third_working_day_end, c.received_date, c.outcome from edge e
            cross join lateral (select u.root_id, c.received_at, c.assessed, c.escalated, c.closed_at, c.due_at,
                c.followups, c.satisfied_followups, c.issue_count, c.third_working_day_end, c.received_date, c.outcome
              from subtree u join complaint c on c.unit_id = u.unit_id and c.received_at >= start_of_shanghai_day(e.from_d)
                and c.received_at < start_of_shanghai_day(e.to_d + 1)
                and (c.assessed or not p_assessed_only)
                and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
                  else c.category end) = any(p_values))) c
          union all
          select d.ancestor_id, d.sign, c.received_at, c.assessed, c.escalated, c.closed_at, c.due_at, c.followups,
              c.satisfied_followups, c.issue_count, c.third_working_day_end, c.received_date, c.outcome
            from delta d join complaint c on c.unit_id = d.unit_id and c.received_at >= start_of_shanghai_day(v_fm)
              and c.received_at < start_of_shanghai_day(v_fe) and (c.assessed or not p_assessed_only)
              and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
                else c.category end) = any(p_values))
        ) s
        where p_flows or p_received
        group by s.root_id
        union all
        -- … then, for complaints asOf sees open or not yet due, what asOf knows instead.
        select u.root_id, 0, 0, 0, sum(a.closed - f.closed),
          sum((a.closed - f.closed) * coalesce(extract(epoch from c.closed_at - c.received_at), 0)),
          sum(a.due - 1), sum(a.timely - f.timely), 0, 0, 0, sum(a.closed_3wd - f.closed_3wd),
          sum(a.closed_8w - f.closed_8w), sum(a.upheld - f.upheld), sum(a.decided - f.decided)
        from volatile c join subtree u on u.unit_id = c.unit_id
          cross join lateral (select (c.closed_at is not null)::int as closed,
            coalesce(c.closed_at <= c.due_at, false)::int as timely,
            coalesce(c.closed_at <= c.third_working_day_end, false)::int as closed_3wd,
            coalesce(c.closed_at <= end_of_shanghai_day(c.received_date + 56), false)::int as closed_8w,
            coalesce(c.closed_at is not null and c.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int as upheld,
            (c.closed_at is not null and c.outcome is not null)::int as decided) f
          cross join lateral (select coalesce(c.closed_at <= p_as_of, false)::int as closed,
            coalesce(c.closed_at <= p_as_of or c.due_at < p_as_of, false)::int as due,
            coalesce(c.closed_at <= p_as_of and c.closed_at <= c.due_at, false)::int as timely,
            coalesce(c.closed_at <= p_as_of and c.closed_at <= c.third_working_day_end, false)::int as closed_3wd,
            coalesce(c.closed_at <= p_as_of and c.closed_at <= end_of_shanghai_day(c.received_date + 56), false)::int
              as closed_8w,
            coalesce(c.closed_at <= p_as_of and c.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int as upheld,
            coalesce(c.closed_at <= p_as_of and c.outcome is not null, false)::int as decided) a
        -- (tested first, once: without such complaints, as for a past period read now, no subtree is built)
        where exists (select 1 from volatile) and (c.assessed or not p_assessed_only)
          and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
            else c.category end) = any(p_values))
        group by u.root_id
      ),
      m_flow as (
        select root_id, sum(complaints) as complaints, sum(assessed) as assessed, sum(escalated) as escalated,
          sum(closed) as closed, sum(handling) as handling, sum(due) as due, sum(timely) as timely,
          sum(followups) as followups, sum(satisfied) as satisfied, sum(issues) as issues,
          sum(closed_3wd) as closed_3wd, sum(closed_8w) as closed_8w, sum(upheld) as upheld, sum(decided) as decided
        from flow_part group by root_id
      ),
      -- The complaints with an event in T's month up to T that the rollups do not give (ws..we), read
      -- once: joined unit by unit, the generic plan read the same index range again for every unit.
      window_complaints as materialized (
        select c.unit_id, c.received_at, c.closed_at, c.due_at, f.m
        from complaint c
          cross join lateral (select p_dimension is null or (case p_dimension when 'channel' then c.channel
            when 'line' then c.line else c.category end) = any(p_values) as m) f
        where p_stocks and v_ws <= v_we and (c.received_at between v_ws and v_we or c.closed_at between v_ws and v_we
            or c.due_at between v_ws - interval '1 microsecond' and v_we - interval '1 microsecond')
          and (c.assessed or not p_assessed_only)
      ),
      -- A stock at T: the events of the rollups' months before m0 (ms, its first instant), and those
      -- from ws to we from the records, added or subtracted; for the units of the delta, those before ms.
      stock_part as (
        select x.ancestor_id as root_id, sum(x.complaints - x.closed_events) as open_backlog,
          sum(x.due_events - x.due_closed_events) as overdue_open
        from (
          select x.ancestor_id, x.complaints, x.closed_events, x.due_events, x.due_closed_events
          from complaint_rollup x where p_dimension is null and x.ancestor_id = any(p_root_ids) and x.month < v_m0
            and (x.assessed or not p_assessed_only)
          union all
          select x.ancestor_id, x.complaints, x.closed_events, x.due_events, x.due_closed_events
          from values_asked v cross join lateral (select x.* from complaint_rollup_slice x
            where p_dimension is not null and x.ancestor_id = any(p_root_ids) and x.dimension = p_dimension
              and x.value = v.value and x.month < v_m0 and (x.assessed or not p_assessed_only) offset 0) x
        ) x
        where p_stocks
        group by x.ancestor_id
        union all
        select u.root_id,
          v_t_sign * (count(*) filter (where c.m and c.received_at between v_ws and v_we)
            - count(*) filter (where c.m and c.closed_at between v_ws and v_we)),
          v_t_sign * (count(*) filter (where c.m and c.due_at + interval '1 microsecond' between v_ws and v_we)
            - count(*) filter (where c.m and c.closed_at is not null
              and greatest(c.due_at + interval '1 microsecond', c.closed_at) between v_ws and v_we))
        from window_complaints c join subtree u on u.unit_id = c.unit_id
        group by u.root_id
        union all
        select d.ancestor_id, coalesce(sum(d.sign) filter (where c.closed_at is null or c.closed_at >= v_ms), 0),
          coalesce(sum(d.sign) filter (where c.due_at + interval '1 microsecond' < v_ms
            and (c.closed_at is null or c.closed_at >= v_ms)), 0)
        from delta d
          join complaint c on c.unit_id = d.unit_id and c.received_at < v_ms and (c.assessed or not p_assessed_only)
          and (p_dimension is null or (case p_dimension when 'channel' then c.channel when 'line' then c.line
            else c.category end) = any(p_values))
        where p_stocks
        group by d.ancestor_id
      ),
      m_stock as (
        select root_id, sum(open_backlog) as open_backlog, sum(overdue_open) as overdue_open from stock_part group by root_id
      ),
      -- A month partly inside the period counts for the days of it inside, over the days of the month: the
      -- first month, the last and those between summed apart, then times their shares (as measure_from_rollups).
      m_premium as (
        select x.root_id,
          coalesce(x.mid_yuan, 0) + coalesce(x.first_yuan, 0) * v_first_share + coalesce(x.last_yuan, 0) * v_last_share
            as premium_yuan,
          coalesce(x.mid_policies, 0) + coalesce(x.first_policies, 0) * v_first_share
            + coalesce(x.last_policies, 0) * v_last_share as policies
        from (
          select x.root_id, sum(x.premium_yuan) filter (where x.part = 0) as mid_yuan,
            sum(x.premium_yuan) filter (where x.part = 1) as first_yuan,
            sum(x.premium_yuan) filter (where x.part = 2) as last_yuan,
            sum(x.policies) filter (where x.part = 0) as mid_policies,
            sum(x.policies) filter (where x.part = 1) as first_policies,
            sum(x.policies) filter (where x.part = 2) as last_policies
          from (
            select x.ancestor_id as root_id, case x.month when v_first_month then 1 when v_last_month then 2 else 0 end as part,
              x.premium_yuan, x.policies from premium_rollup x
            where p_premiums and x.ancestor_id = any(p_root_ids) and x.month between v_first_month and v_last_month
              and (p_dimension is distinct from 'line' or x.line = any(p_values))
            union all
            select d.ancestor_id, case p.month when v_first_month then 1 when v_last_month then 2 else 0 end,
              d.sign * p.premium_yuan, d.sign * p.policies from delta d
              join premium p on p.unit_id = d.unit_id and p.month between v_first_month and v_last_month
                and (p_dimension is distinct from 'line' or p.line = any(p_values))
            where p_premiums
          ) x
          group by x.root_id
        ) x
      )
      select v_i, r.root_id, coalesce(f.complaints, 0)::float8, coalesce(f.assessed, 0)::float8,
        coalesce(f.escalated, 0)::float8, coalesce(f.closed, 0)::float8, coalesce(f.handling, 0)::float8,
        coalesce(f.due, 0)::float8, coalesce(f.timely, 0)::float8, coalesce(f.followups, 0)::float8,
        coalesce(f.satisfied, 0)::float8, coalesce(s.open_backlog, 0)::float8, coalesce(s.overdue_open, 0)::float8,
        coalesce(p.premium_yuan, 0)::float8, coalesce(p.policies, 0)::float8, coalesce(f.issues, 0)::float8,
        coalesce(f.closed_3wd, 0)::float8, coalesce(f.closed_8w, 0)::float8, coalesce(f.upheld, 0)::float8,
        coalesce(f.decided, 0)::float8
      from roots r left join m_flow f on f.root_id = r.root_id left join m_stock s on s.root_id = r.root_id
        left join m_premium p on p.root_id = r.root_id
      -- a root none of the parts has a row for measures zero throughout: left out (a county ranking by
      -- channel: most counties, whose rows of zeros were most of what the server read)
      where f.root_id is not null or s.root_id is not null or p.root_id is not null;
    end loop;
  end
$fn$;
