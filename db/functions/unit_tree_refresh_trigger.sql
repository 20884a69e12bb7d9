-- Runs unit_tree_refresh after a statement on unit or unit_membership (migration 20261202010642).
create or replace function "unit_tree_refresh_trigger"() returns trigger language plpgsql as $$
begin perform unit_tree_refresh(); return null; end
$$;
