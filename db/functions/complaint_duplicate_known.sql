-- A repeat (duplicate_of) must name a complaint that exists by the time the transaction commits: an
-- import may name a complaint of a later row of its file. The deferred foreign key this replaces
-- (migration 20261215100000) queued a check for every complaint written, null or not, and read each
-- back at commit: about 6 s of the server's CPU for an import of 1,000,000 complaints, few of them
-- repeats. These are deferred constraint triggers whose WHEN queues only the rows that name one. As the
-- key: a row since changed or deleted is checked by its own later event, the complaint named is locked
-- (FOR KEY SHARE) until the transaction ends, and a refusal is a foreign_key_violation naming the key's
-- constraint. complaint_duplicate_target checks the other side.
create or replace function "complaint_duplicate_known"() returns trigger language plpgsql as $f$
begin
  if not exists (select 1 from complaint c where c.id = new.id and c.duplicate_of = new.duplicate_of) then
    return null;
  end if;
  perform from complaint c where c.ref = new.duplicate_of for key share;
  if not found then
    raise exception 'complaint %: no complaint has ref % (the complaint it repeats)', new.ref, new.duplicate_of
      using errcode = 'foreign_key_violation', constraint = 'complaint_duplicate_of_foreign';
  end if;
  return null;
end
$f$;
