-- A real change of a complaint or premium row (a value differs: the trigger's WHEN clause, migration
-- 20261206100000) is stamped with the changing transaction and instant, so a submitted report can tell
-- which writes its snapshot saw. An UPDATE that changes nothing, or only the follow-up counts a trigger
-- keeps, is not stamped.
create or replace function "record_change_stamp"() returns trigger language plpgsql as $f$
begin
  new.changed_at := now();
  new.changed_xid := pg_current_xact_id();
  return new;
end
$f$;
