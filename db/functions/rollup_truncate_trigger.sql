-- A TRUNCATE of complaint or premium empties its rollups (triggers of migration 20261202010642).
create or replace function "rollup_truncate_trigger"() returns trigger language plpgsql as $$
begin
  if TG_TABLE_NAME = 'complaint' then delete from complaint_rollup; delete from complaint_rollup_slice; else delete from premium_rollup; end if;
  return null;
end
$$;
