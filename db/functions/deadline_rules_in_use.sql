-- A deadline rule set version or a calendar version a complaint's deadline was computed under stays:
-- it cannot be deleted, truncated or renumbered (as a foreign key would refuse; complaint_rules_known
-- checks the complaints' side). Row triggers on update and delete, statement triggers on truncate, on
-- deadline_rule_set and calendar_version (migration 20261214110000).
create or replace function "deadline_rules_in_use"() returns trigger language plpgsql as $f$
begin
  if tg_op = 'TRUNCATE' then
    if exists (select 1 from complaint c where case tg_table_name when 'deadline_rule_set' then c.rule_set_code is not null
        else c.calendar_version is not null end) then
      raise exception 'complaints name rows of %: it cannot be truncated', tg_table_name
        using errcode = 'foreign_key_violation';
    end if;
    return null;
  end if;
  if tg_table_name = 'deadline_rule_set' then
    if (tg_op = 'DELETE' or (new.code, new.version) is distinct from (old.code, old.version))
        and exists (select 1 from complaint c where c.rule_set_code = old.code and c.rule_set_version = old.version) then
      raise exception 'deadline rule set % version % is named by complaints'' deadlines (% refused)', old.code, old.version, tg_op
        using errcode = 'foreign_key_violation';
    end if;
  elsif (tg_op = 'DELETE' or new.version is distinct from old.version)
      and exists (select 1 from complaint c where c.calendar_version = old.version) then
    raise exception 'working-day calendar version % is named by complaints'' deadlines (% refused)', old.version, tg_op
      using errcode = 'foreign_key_violation';
  end if;
  return case tg_op when 'DELETE' then old else new end;
end
$f$;
