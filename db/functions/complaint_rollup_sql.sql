-- The statements that add a set of weighted complaint rows to complaint_rollup and to its slices,
-- complaint_rollup_slice (the same sums once per channel, per line and per category: a filter on one
-- dimension reads them): `source` is a table or a parenthesised query with the complaint's columns and
-- n, the complaint's weight (+1, -1 or 0), and f, s, its follow-ups and satisfied ones, weighted. One
-- template, formatted for each table (a slice is keyed by dimension and value besides), so the two
-- cannot count differently; the caller executes both. Rows are aggregated per unit first, then per
-- reference ancestor (unit_closure); groups whose sums are all zero are dropped; rows go in key order,
-- so that concurrent writers lock them in one order. Each complaint counts in the four months its
-- events fall in: its receipt (the flows, every closure counted), its closure, its deadline passed
-- (dated due_at + 1 microsecond, so "due_at < T" is "dated on or before T") and its deadline passed
-- once closed. The sums of RULES.md §4 count in the month of receipt, every closure counted: issues (a
-- complaint with no issue row is one issue), closed within 3 working days (by third_working_day_end) and
-- within 8 weeks (by the end of day d0 + 56), upheld, and decided (closed with an outcome). A column of complaint_rollup is a base measure's stored sum: the catalog
-- (server/modules/metrics/measure-catalog.repository.ts) names the columns each measure reads, and a
-- test checks that every column is read by one, and that the slices store the same columns.
create or replace function "complaint_rollup_sql"(source text) returns text language sql immutable as $f$
select format(t.q, source, 'complaint_rollup', '(null::text, null::text)', '', '', '', '')
  || ';' || format(t.q, source, 'complaint_rollup_slice',
    $v$('channel', x.channel), ('line', x.line), ('category', x.category)$v$, 'dimension, value, ', 'u.dimension, u.value, ',
    ', 4, 5', ', dimension, value')
from (select $q$
  insert into %2$s as t (ancestor_id, assessed, month, %4$s complaints, escalated, closed,
    handling_seconds, timely, followups, satisfied, closed_events, due_events, due_closed_events, issues,
    closed_3wd, closed_8w, upheld, decided)
  select k.ancestor_id, u.assessed, u.month, %5$s sum(u.complaints), sum(u.escalated), sum(u.closed),
    sum(u.handling_seconds), sum(u.timely), sum(u.followups), sum(u.satisfied), sum(u.closed_events),
    sum(u.due_events), sum(u.due_closed_events), sum(u.issues), sum(u.closed_3wd), sum(u.closed_8w),
    sum(u.upheld), sum(u.decided)
  from (
    select e.unit_id, e.assessed, v.month, e.dimension, e.value,
      sum(v.complaints)::int as complaints, sum(v.escalated)::int as escalated, sum(v.closed)::int as closed,
      sum(v.handling_seconds) as handling_seconds, sum(v.timely)::int as timely,
      sum(v.followups)::int as followups, sum(v.satisfied)::int as satisfied,
      sum(v.closed_events)::int as closed_events, sum(v.due_events)::int as due_events,
      sum(v.due_closed_events)::int as due_closed_events, sum(v.issues)::int as issues,
      sum(v.closed_3wd)::int as closed_3wd, sum(v.closed_8w)::int as closed_8w, sum(v.upheld)::int as upheld,
      sum(v.decided)::int as decided
    from (
      -- per unit, slice and the four months a complaint's events fall in, so that each is computed once
      select x.unit_id, x.assessed, d.dimension, d.value, date_trunc('month', x.received_date)::date as received_month,
        date_trunc('month', x.closed_at at time zone 'Asia/Shanghai')::date as closed_month,
        date_trunc('month', (x.due_at + interval '1 microsecond') at time zone 'Asia/Shanghai')::date as due_month,
        case when x.closed_at is not null then date_trunc('month',
          greatest(x.due_at + interval '1 microsecond', x.closed_at) at time zone 'Asia/Shanghai')::date end as due_closed_month,
        sum(x.n) as n, sum(x.n * x.escalated::int) as escalated, sum(x.n * (x.closed_at is not null)::int) as closed,
        sum(x.n * coalesce(extract(epoch from x.closed_at - x.received_at), 0)) as handling_seconds,
        sum(x.n * coalesce(x.closed_at <= x.due_at, false)::int) as timely, sum(x.f) as followups, sum(x.s) as satisfied,
        sum(x.n * greatest(x.issue_count, 1)) as issues,
        sum(x.n * coalesce(x.closed_at <= x.third_working_day_end, false)::int) as closed_3wd,
        sum(x.n * coalesce(x.closed_at <= end_of_shanghai_day(x.received_date + 56), false)::int) as closed_8w,
        sum(x.n * coalesce(x.closed_at is not null and x.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int) as upheld,
        sum(x.n * (x.closed_at is not null and x.outcome is not null)::int) as decided
      from %1$s x cross join lateral (values %3$s) d(dimension, value)
      group by 1, 2, 3, 4, 5, 6, 7, 8
    ) e cross join lateral (values
      (e.received_month, e.n, e.escalated, e.closed, e.handling_seconds, e.timely, e.followups, e.satisfied, 0::bigint, 0::bigint, 0::bigint,
        e.issues, e.closed_3wd, e.closed_8w, e.upheld, e.decided),
      (e.closed_month, 0, 0, 0, 0, 0, 0, 0, e.n, 0, 0, 0, 0, 0, 0, 0),
      (e.due_month, 0, 0, 0, 0, 0, 0, 0, 0, e.n, 0, 0, 0, 0, 0, 0),
      (e.due_closed_month, 0, 0, 0, 0, 0, 0, 0, 0, 0, e.n, 0, 0, 0, 0, 0)
    ) v(month, complaints, escalated, closed, handling_seconds, timely, followups, satisfied,
        closed_events, due_events, due_closed_events, issues, closed_3wd, closed_8w, upheld, decided)
    where v.month is not null
    group by 1, 2, 3, 4, 5
  ) u join unit_closure k on k.unit_id = u.unit_id
  group by 1, 2, 3 %6$s
  having sum(u.complaints) <> 0 or sum(u.escalated) <> 0 or sum(u.closed) <> 0 or sum(u.handling_seconds) <> 0
    or sum(u.timely) <> 0 or sum(u.followups) <> 0 or sum(u.satisfied) <> 0 or sum(u.closed_events) <> 0
    or sum(u.due_events) <> 0 or sum(u.due_closed_events) <> 0 or sum(u.issues) <> 0 or sum(u.closed_3wd) <> 0
    or sum(u.closed_8w) <> 0 or sum(u.upheld) <> 0 or sum(u.decided) <> 0
  order by 1, 2, 3 %6$s
  on conflict (ancestor_id, assessed, month %7$s) do update set
    complaints = t.complaints + excluded.complaints, escalated = t.escalated + excluded.escalated,
    closed = t.closed + excluded.closed, handling_seconds = t.handling_seconds + excluded.handling_seconds,
    timely = t.timely + excluded.timely, followups = t.followups + excluded.followups,
    satisfied = t.satisfied + excluded.satisfied, closed_events = t.closed_events + excluded.closed_events,
    due_events = t.due_events + excluded.due_events, due_closed_events = t.due_closed_events + excluded.due_closed_events,
    issues = t.issues + excluded.issues, closed_3wd = t.closed_3wd + excluded.closed_3wd,
    closed_8w = t.closed_8w + excluded.closed_8w, upheld = t.upheld + excluded.upheld, decided = t.decided + excluded.decided
$q$) t(q)
$f$;
