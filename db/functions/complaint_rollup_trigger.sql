-- Keeps complaint_rollup and its slices (complaint_rollup_slice) in step with the complaint table, in
-- the writer's transaction, on every path (import, API, demo, plain SQL): statement-level triggers with
-- transition tables (migration 20261202010642), one statement of complaint_rollup_sql (both tables) per
-- statement however many rows. An update moves only the rows whose measured columns changed (those
-- complaint_rollup_sql's sums read, and the slices' dimensions: a column a new stored sum reads belongs
-- in the list); the follow-up counts are moved by followup_counts_trigger itself, so a change of counts
-- alone is not moved twice.
-- A session that deferred its rollups (complaint_rollup_defer: an import merging its file in chunks)
-- gathers the same weighted rows in its own temporary table instead, and complaint_rollup_flush adds
-- them all in one aggregation before it commits: the same rows, summed once rather than per statement.
create or replace function "complaint_rollup_trigger"() returns trigger language plpgsql set jit = off set work_mem = '64MB' as $$
declare source text;
begin
  if TG_OP = 'UPDATE' then
    source := '(select o.*, -1 as n, -o.followups as f, -o.satisfied_followups as s
        from old_rows o join new_rows n on n.id = o.id
        where (o.unit_id, o.received_at, o.assessed, o.escalated, o.closed_at, o.due_at, o.outcome, o.issue_count,
            o.third_working_day_end, o.channel, o.line, o.category)
          is distinct from (n.unit_id, n.received_at, n.assessed, n.escalated, n.closed_at, n.due_at, n.outcome, n.issue_count,
            n.third_working_day_end, n.channel, n.line, n.category)
      union all select n.*, 1, n.followups, n.satisfied_followups
        from new_rows n join old_rows o on o.id = n.id
        where (o.unit_id, o.received_at, o.assessed, o.escalated, o.closed_at, o.due_at, o.outcome, o.issue_count,
            o.third_working_day_end, o.channel, o.line, o.category)
          is distinct from (n.unit_id, n.received_at, n.assessed, n.escalated, n.closed_at, n.due_at, n.outcome, n.issue_count,
            n.third_working_day_end, n.channel, n.line, n.category))';
  elsif TG_OP = 'INSERT' then
    source := complaint_rows_sql('new_rows', 1);
  else
    source := complaint_rows_sql('old_rows', -1);
  end if;
  if to_regclass('pg_temp.complaint_rollup_pending') is not null then
    -- The columns complaint_rollup_defer chose, by name.
    execute format('insert into pg_temp.complaint_rollup_pending select %s from %s x',
      (select string_agg(format('x.%I', attname), ', ' order by attnum) from pg_attribute
        where attrelid = 'pg_temp.complaint_rollup_pending'::regclass and attnum > 0 and not attisdropped), source);
  else
    execute complaint_rollup_sql(source);
  end if;
  return null;
end
$$;
