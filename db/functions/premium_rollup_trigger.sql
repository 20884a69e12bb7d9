-- Keeps premium_rollup in step with the premium table (statement-level triggers of migration
-- 20261202010642).
create or replace function "premium_rollup_trigger"() returns trigger language plpgsql set jit = off as $$
begin
  if TG_OP in ('UPDATE', 'DELETE') then execute premium_rollup_sql('old_rows', -1); end if;
  if TG_OP in ('UPDATE', 'INSERT') then execute premium_rollup_sql('new_rows', 1); end if;
  return null;
end
$$;
