-- Every rollup from scratch: for data written with the triggers off (the benchmark's bulk load), and the
-- oracle of the tests that check the triggers kept them exact.
create or replace function "rollup_rebuild"() returns void language plpgsql as $$
begin
  perform unit_tree_refresh();
  set local work_mem = '256MB';
  delete from complaint_rollup;
  delete from complaint_rollup_slice;
  delete from premium_rollup;
  execute complaint_rollup_sql(complaint_rows_sql('complaint', 1));
  execute premium_rollup_sql('premium', 1);
end
$$;
