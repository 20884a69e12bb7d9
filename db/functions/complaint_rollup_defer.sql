-- Defers this session's complaint rollups to the end of its transaction: until complaint_rollup_flush,
-- complaint_rollup_trigger gathers each statement's weighted rows (n, f and s as complaint_rows_sql
-- gives them) in a temporary table instead of adding them to the rollups.
-- For a writer of many statements (an import merging its file in chunks, while it is still being read):
-- per statement, the rollups' keys would be upserted again and again. Nothing else changes: other
-- sessions never see the table, and the flush adds exactly what the statements would have added.
-- The table holds the columns complaint_rollup_sql reads (a stored sum reading a new column adds it
-- here, or the flush fails naming it), narrow so that a million rows stay in the session's buffers.
create or replace function "complaint_rollup_defer"() returns void language plpgsql as $$
begin
  create temp table if not exists complaint_rollup_pending on commit drop as
    select c.unit_id, c.assessed, c.received_at, c.received_date, c.closed_at, c.due_at, c.escalated, c.outcome,
      c.issue_count, c.third_working_day_end, c.channel, c.line, c.category, 0 as n, 0 as f, 0 as s
    from complaint c with no data;
end
$$;
