-- A unit a complaint names stays: it cannot be deleted, truncated or renumbered (as the foreign key
-- complaint_unit_id_foreign refused; complaint_unit_known checks the complaints' side). Row triggers
-- on delete and on a change of id, a statement trigger on truncate, on unit (migration 20261215100000).
create or replace function "unit_in_use"() returns trigger language plpgsql as $f$
begin
  if tg_op = 'TRUNCATE' then
    if exists (select 1 from complaint) then
      raise exception 'complaints name units: unit cannot be truncated'
        using errcode = 'foreign_key_violation', constraint = 'complaint_unit_id_foreign';
    end if;
    return null;
  end if;
  if (tg_op = 'DELETE' or new.id is distinct from old.id) and exists (select 1 from complaint c where c.unit_id = old.id) then
    raise exception 'unit % (%) is named by complaints (% refused)', old.code, old.id, tg_op
      using errcode = 'foreign_key_violation', constraint = 'complaint_unit_id_foreign';
  end if;
  return case tg_op when 'DELETE' then old else new end;
end
$f$;
