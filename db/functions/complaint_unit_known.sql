-- A complaint's unit must exist. Checked once per statement over its rows (statement triggers with
-- transition tables, migration 20261215100000) where a foreign key checked row by row: the key cost an
-- import of 1,000,000 complaints about 10 s of the server's CPU (one index probe and one row lock per
-- complaint, through SPI), for units the import has itself joined by code. As the key did, the units
-- named are locked (FOR KEY SHARE, once each) so that none is deleted or renumbered before this
-- transaction ends, and a refusal is a foreign_key_violation naming the key's constraint; the units
-- named are kept by unit_in_use.
create or replace function "complaint_unit_known"() returns trigger language plpgsql as $f$
declare
  bad record;
begin
  perform from unit u where u.id in (select n.unit_id from new_rows n) for key share of u;
  select n.ref, n.unit_id into bad from new_rows n where not exists (select 1 from unit u where u.id = n.unit_id) limit 1;
  if found then
    raise exception 'complaint %: no unit %', bad.ref, bad.unit_id
      using errcode = 'foreign_key_violation', constraint = 'complaint_unit_id_foreign';
  end if;
  return null;
end
$f$;
