-- Adds the rows complaint_rollup_defer gathered to the rollups and their slices, in one aggregation,
-- and ends the deferral (the table is dropped, so later statements are added as they run). A writer
-- that deferred must call it before it commits: the gathered rows are dropped with the transaction.
create or replace function "complaint_rollup_flush"() returns void language plpgsql set jit = off as $$
begin
  if to_regclass('pg_temp.complaint_rollup_pending') is null then
    return;
  end if;
  analyze pg_temp.complaint_rollup_pending;
  execute complaint_rollup_sql('pg_temp.complaint_rollup_pending');
  drop table pg_temp.complaint_rollup_pending;
end
$$;
