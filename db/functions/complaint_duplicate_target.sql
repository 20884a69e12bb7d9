-- A complaint another one repeats keeps its ref: deleting it, or changing its ref, is refused at commit
-- unless a complaint with that ref exists again by then (as the deferred foreign key
-- complaint_duplicate_of_foreign refused; complaint_duplicate_known checks the repeats' side).
-- Deferred constraint triggers on delete and on a change of ref (migration 20261215100000).
create or replace function "complaint_duplicate_target"() returns trigger language plpgsql as $f$
declare
  repeat text;
begin
  select c.ref into repeat from complaint c where c.duplicate_of = old.ref limit 1;
  if found and not exists (select 1 from complaint c where c.ref = old.ref) then
    raise exception 'complaint % is repeated by complaint % (% refused)', old.ref, repeat, tg_op
      using errcode = 'foreign_key_violation', constraint = 'complaint_duplicate_of_foreign';
  end if;
  return null;
end
$f$;
