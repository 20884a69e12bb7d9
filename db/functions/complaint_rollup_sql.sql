-- The statement that adds a set of weighted complaint rows to complaint_rollup and to its slices,
-- complaint_rollup_slice (the same sums once per channel, per line and per category: a filter on one
-- dimension reads them): `source` is a table or a parenthesised query with the complaint's columns and
-- n, the complaint's weight (+1, -1 or 0), and f, s, its follow-ups and satisfied ones, weighted. Each
-- complaint counts in the four months its events fall in: its receipt (the flows, every closure
-- counted), its closure, its deadline passed (dated due_at + 1 microsecond, so "due_at < T" is "dated on
-- or before T") and its deadline passed once closed. The sums of RULES.md §4 count in the month of
-- receipt, every closure counted: issues (a complaint with no issue row is one issue), closed within 3
-- working days (by third_working_day_end) and within 8 weeks (by the end of day d0 + 56), upheld, and
-- decided (closed with an outcome).
-- One statement: a source row's months and sums are computed once, and one aggregation sums them per
-- unit, flag and month for the rollup and, by grouping sets in the same pass, per channel, per line and
-- per category value for the slices (`e`; a statement per table, each row expanded per dimension first:
-- 30 s of the server's CPU for a million rows, against 17–20 s).
-- Then one template, formatted for each table (a slice is keyed by dimension and value besides), adds
-- `e`'s rows per reference ancestor (unit_closure), so the two cannot count differently; the rollup's
-- insert is a data-modifying CTE of the slices' (it runs to its end whether read or not). Groups whose
-- sums are all zero are dropped; rows go in each table's key order, so that concurrent writers lock
-- them in one order (and the index is filled in order). A column of complaint_rollup is a base
-- measure's stored sum: the catalog (server/modules/metrics/measure-catalog.repository.ts) names the
-- columns each measure reads, and a test checks that every column is read by one, and that the slices
-- store the same columns.
create or replace function "complaint_rollup_sql"(source text) returns text language sql immutable as $f$
select format($stmt$
  with e as materialized (
    -- per unit, assessed flag and month, and per the same and a channel, a line or a category value
    select r.unit_id, r.assessed, v.month,
      case when grouping(r.channel) = 0 then 'channel' when grouping(r.line) = 0 then 'line'
        when grouping(r.category) = 0 then 'category' end as dimension,
      case when grouping(r.channel) = 0 then r.channel when grouping(r.line) = 0 then r.line
        when grouping(r.category) = 0 then r.category end as value,
      sum(v.complaints)::int as complaints, sum(v.escalated)::int as escalated, sum(v.closed)::int as closed,
      sum(v.handling_seconds) as handling_seconds, sum(v.timely)::int as timely,
      sum(v.followups)::int as followups, sum(v.satisfied)::int as satisfied,
      sum(v.closed_events)::int as closed_events, sum(v.due_events)::int as due_events,
      sum(v.due_closed_events)::int as due_closed_events, sum(v.issues)::int as issues,
      sum(v.closed_3wd)::int as closed_3wd, sum(v.closed_8w)::int as closed_8w, sum(v.upheld)::int as upheld,
      sum(v.decided)::int as decided
    from (
      -- a source row's event months and sums, each computed once
      select x.unit_id, x.assessed, x.channel, x.line, x.category, x.n,
        date_trunc('month', x.received_date)::date as received_month,
        date_trunc('month', x.closed_at at time zone 'Asia/Shanghai')::date as closed_month,
        date_trunc('month', (x.due_at + interval '1 microsecond') at time zone 'Asia/Shanghai')::date as due_month,
        case when x.closed_at is not null then date_trunc('month',
          greatest(x.due_at + interval '1 microsecond', x.closed_at) at time zone 'Asia/Shanghai')::date end as due_closed_month,
        x.n * x.escalated::int as escalated, x.n * (x.closed_at is not null)::int as closed,
        x.n * coalesce(extract(epoch from x.closed_at - x.received_at), 0) as handling_seconds,
        x.n * coalesce(x.closed_at <= x.due_at, false)::int as timely, x.f as followups, x.s as satisfied,
        x.n * greatest(x.issue_count, 1) as issues,
        x.n * coalesce(x.closed_at <= x.third_working_day_end, false)::int as closed_3wd,
        x.n * coalesce(x.closed_at <= end_of_shanghai_day(x.received_date + 56), false)::int as closed_8w,
        x.n * coalesce(x.closed_at is not null and x.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int as upheld,
        x.n * (x.closed_at is not null and x.outcome is not null)::int as decided
      from %1$s x
    ) r cross join lateral (values
      (r.received_month, r.n, r.escalated, r.closed, r.handling_seconds, r.timely, r.followups, r.satisfied, 0, 0, 0,
        r.issues, r.closed_3wd, r.closed_8w, r.upheld, r.decided),
      (r.closed_month, 0, 0, 0, 0, 0, 0, 0, r.n, 0, 0, 0, 0, 0, 0, 0),
      (r.due_month, 0, 0, 0, 0, 0, 0, 0, 0, r.n, 0, 0, 0, 0, 0, 0),
      (r.due_closed_month, 0, 0, 0, 0, 0, 0, 0, 0, 0, r.n, 0, 0, 0, 0, 0)
    ) v(month, complaints, escalated, closed, handling_seconds, timely, followups, satisfied,
        closed_events, due_events, due_closed_events, issues, closed_3wd, closed_8w, upheld, decided)
    where v.month is not null
    group by grouping sets ((r.unit_id, r.assessed, v.month), (r.unit_id, r.assessed, v.month, r.channel),
      (r.unit_id, r.assessed, v.month, r.line), (r.unit_id, r.assessed, v.month, r.category))
  ), unsliced as (%2$s)
  %3$s$stmt$, source,
  format(t.q, 'complaint_rollup', 'is null', '', '', '1, 2, 3', ''),
  format(t.q, 'complaint_rollup_slice', 'is not null', 'dimension, value, ', 'e.dimension, e.value, ', '1, 4, 5, 3, 2',
    ', dimension, value'))
from (select $q$
  insert into %1$s as t (ancestor_id, assessed, month, %3$s complaints, escalated, closed,
    handling_seconds, timely, followups, satisfied, closed_events, due_events, due_closed_events, issues,
    closed_3wd, closed_8w, upheld, decided)
  select k.ancestor_id, e.assessed, e.month, %4$s sum(e.complaints), sum(e.escalated), sum(e.closed),
    sum(e.handling_seconds), sum(e.timely), sum(e.followups), sum(e.satisfied), sum(e.closed_events),
    sum(e.due_events), sum(e.due_closed_events), sum(e.issues), sum(e.closed_3wd), sum(e.closed_8w),
    sum(e.upheld), sum(e.decided)
  from e join unit_closure k on k.unit_id = e.unit_id
  where e.dimension %2$s
  group by %5$s
  having sum(e.complaints) <> 0 or sum(e.escalated) <> 0 or sum(e.closed) <> 0 or sum(e.handling_seconds) <> 0
    or sum(e.timely) <> 0 or sum(e.followups) <> 0 or sum(e.satisfied) <> 0 or sum(e.closed_events) <> 0
    or sum(e.due_events) <> 0 or sum(e.due_closed_events) <> 0 or sum(e.issues) <> 0 or sum(e.closed_3wd) <> 0
    or sum(e.closed_8w) <> 0 or sum(e.upheld) <> 0 or sum(e.decided) <> 0
  order by %5$s
  on conflict (ancestor_id, assessed, month %6$s) do update set
    complaints = t.complaints + excluded.complaints, escalated = t.escalated + excluded.escalated,
    closed = t.closed + excluded.closed, handling_seconds = t.handling_seconds + excluded.handling_seconds,
    timely = t.timely + excluded.timely, followups = t.followups + excluded.followups,
    satisfied = t.satisfied + excluded.satisfied, closed_events = t.closed_events + excluded.closed_events,
    due_events = t.due_events + excluded.due_events, due_closed_events = t.due_closed_events + excluded.due_closed_events,
    issues = t.issues + excluded.issues, closed_3wd = t.closed_3wd + excluded.closed_3wd,
    closed_8w = t.closed_8w + excluded.closed_8w, upheld = t.upheld + excluded.upheld, decided = t.decided + excluded.decided
$q$) t(q)
$f$;
